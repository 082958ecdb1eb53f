#pragma once

#include "core/care_plans/care_plan_repository.hpp"

namespace alongside::storage {

class SqlCarePlanRepository final : public CarePlanRepository {
 public:
  std::string FamilyName(db::Transaction& tx, const std::string& family_id) override;
  int LatestNumber(db::Transaction& tx, const std::string& family_id) override;
  void Insert(db::Transaction& tx, const CarePlanVersion& version) override;
  std::optional<CarePlanVersion> Find(db::Transaction& tx, const std::string& family_id, int number) override;
};

}  // namespace alongside::storage
