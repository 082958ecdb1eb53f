#pragma once
/// Reading and saving a family's care plan. Reading needs the family's read permission,
/// so the parent linked to the family can read their plan; saving needs update permission
/// and an open family that agrees to support, which a parent's account never has. Every
/// read and save is audited.

#include <optional>
#include <string>

#include "core/care_plans/care_plan_repository.hpp"
#include "core/common/clock.hpp"
#include "core/families/family_access.hpp"
#include "core/families/family_reminders.hpp"

namespace alongside {

/// One version of the plan and where it stands among the others.
struct CarePlanView {
  std::string family_name;
  std::optional<CarePlanVersion> version;  ///< nothing when the family has no plan yet
  int latest_number = 0;                   ///< how many versions there are
  bool may_edit = false;
};

class CarePlanService {
 public:
  CarePlanService(db::Database& database, CarePlanRepository& plans, FamilyAccess& access, const Clock& clock)
      : database_(database), plans_(plans), access_(access), clock_(clock) {}

  CarePlanView Current(const Actor& actor, const std::string& family_id);
  /// NotFound for a number the family does not have.
  CarePlanView Version(const Actor& actor, const std::string& family_id, int number);
  /// Refuses like Save would, for showing the form.
  CarePlanView ForEditing(const Actor& actor, const std::string& family_id);
  /// Saves a new version. Throws Invalid with a message per field (ValidateCarePlanForm);
  /// Conflict when someone else saved a version at the same moment.
  CarePlanVersion Save(const Actor& actor, const std::string& family_id, const CarePlanForm& form);
  /// The plan's review date drives the review reminder: once set, a save moves it at once.
  void SetReminders(FamilyReminders& reminders) { reminders_ = &reminders; }

 private:
  CarePlanView Read(const Actor& actor, const std::string& family_id, std::optional<int> number);

  db::Database& database_;
  CarePlanRepository& plans_;
  FamilyAccess& access_;
  const Clock& clock_;
  FamilyReminders* reminders_ = nullptr;
};

}  // namespace alongside
