#pragma once
/// What a volunteer's record of service and their hours pages read besides the volunteer
/// record itself (storage/programme/sql_service_record_repository).

#include <string>
#include <vector>

#include "core/families/calendar_date.hpp"
#include "db/database.hpp"

namespace alongside {

struct CompletedTraining {
  std::string module_name;
  std::string topic;
  Date completed_on;
  bool accredited = false;
  std::string awarding_body;
};

class ServiceRecordRepository {
 public:
  virtual ~ServiceRecordRepository() = default;
  /// Oldest first.
  virtual std::vector<CompletedTraining> Training(db::Transaction& tx, const std::string& volunteer_id) = 0;
  virtual std::string ProgrammeName(db::Transaction& tx, const std::string& organisation_id) = 0;
  /// Names of the programme's coordinators (enabled accounts), by name.
  virtual std::vector<std::string> Coordinators(db::Transaction& tx, const std::string& organisation_id) = 0;
};

}  // namespace alongside
