#pragma once

#include "core/services/service_repository.hpp"

namespace alongside::storage {

class SqlServiceRepository final : public ServiceRepository {
 public:
  void Insert(db::Transaction& tx, const Service& service) override;
  bool Update(db::Transaction& tx, const Service& service, int expected_version) override;
  std::optional<Service> Find(db::Transaction& tx, const std::string& id) override;
  Page<Service> Search(db::Transaction& tx, const ServiceQuery& query, const PageRequest& page) override;
};

}  // namespace alongside::storage
