#pragma once

#include "core/programme/service_record.hpp"

namespace alongside::storage {

/// Training completed, the programme's name and coordinators, for the record of service.
class SqlServiceRecordRepository final : public ServiceRecordRepository {
 public:
  std::vector<CompletedTraining> Training(db::Transaction& tx, const std::string& volunteer_id) override;
  std::string ProgrammeName(db::Transaction& tx, const std::string& organisation_id) override;
  std::vector<std::string> Coordinators(db::Transaction& tx, const std::string& organisation_id) override;
};

}  // namespace alongside::storage
