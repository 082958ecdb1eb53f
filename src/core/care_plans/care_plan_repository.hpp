#pragma once
/// Storage of care plan versions and their action rows. Versions are never changed.

#include <optional>
#include <string>

#include "core/care_plans/care_plan.hpp"
#include "db/database.hpp"

namespace alongside {

class CarePlanRepository {
 public:
  virtual ~CarePlanRepository() = default;
  /// The family's name for headings (its first caregiver), "" when unknown.
  virtual std::string FamilyName(db::Transaction& tx, const std::string& family_id) = 0;
  /// The family's highest version number, 0 when it has no plan yet.
  virtual int LatestNumber(db::Transaction& tx, const std::string& family_id) = 0;
  /// Stores the version and its actions; throws db::UniqueViolation when the number is taken.
  virtual void Insert(db::Transaction& tx, const CarePlanVersion& version) = 0;
  /// With its actions and the saver's name.
  virtual std::optional<CarePlanVersion> Find(db::Transaction& tx, const std::string& family_id, int number) = 0;
};

}  // namespace alongside
