#pragma once
/// What a coordinator types about a volunteer, as text from a form or the API, and its
/// checking into typed values with one message per field (the NHS pattern).

#include <optional>
#include <string>
#include <vector>

#include "core/common/errors.hpp"
#include "core/programme/volunteer.hpp"

namespace alongside {

/// A new enquiry, or the details and checks of an existing volunteer.
struct VolunteerForm {
  std::string name;
  std::string email;
  std::string phone;
  std::string postcode;
  std::string programme_role_id;
  std::string languages;  ///< "English, Polish"
  std::vector<std::string> lived_experience;
  std::string max_families;
  std::string enquired_on;  ///< YYYY-MM-DD; today when empty on a new enquiry
  std::string interviewed_on;
  std::string references_received;
  std::string dbs_checked_on;
  std::string dbs_renewal_due;  ///< three years after the check when empty
  std::string notes;
};

struct VolunteerDetails {
  std::string name;
  std::string email;
  std::string phone;
  std::string postcode;
  std::string programme_role_id;
  std::vector<std::string> languages;
  std::vector<std::string> lived_experience;
  int max_families = 2;
  std::optional<Date> enquired_on;
  std::optional<Date> interviewed_on;
  int references_received = 0;
  std::optional<Date> dbs_checked_on;
  std::optional<Date> dbs_renewal_due;
  std::string notes;
};

/// Throws Invalid with a message at each field. Dates may not be in the future (but a DBS
/// renewal is); `today` is the UK date.
VolunteerDetails ValidateVolunteerForm(const VolunteerForm& form, const Date& today);

/// A move along the journey.
struct StageForm {
  std::string stage;
  std::string changed_on;  ///< today when empty
  std::string note;
  std::string left_reason;  ///< needed when the stage is "left"
};

struct StageMove {
  VolunteerStage stage = VolunteerStage::kEnquiry;
  Date changed_on;
  std::string note;
  std::string left_reason;
};

StageMove ValidateStageForm(const StageForm& form, const Date& today);

/// A step on the pathway to employment.
struct PositionForm {
  std::string position;
  std::string started_on;
  std::string note;
};

struct PositionChange {
  PathwayPosition position = PathwayPosition::kVolunteer;
  Date started_on;
  std::string note;
};

PositionChange ValidatePositionForm(const PositionForm& form, const Date& today);

/// A role the programme names for itself.
struct RoleForm {
  std::string name;
  std::string description;
  std::string supervision_early_days;
  std::string early_weeks;
  std::string supervision_later_days;
};

struct RoleChange {
  std::string name;
  std::string description;
  int supervision_early_days = 7;
  int early_weeks = 12;
  int supervision_later_days = 14;
};

RoleChange ValidateRoleForm(const RoleForm& form);

/// Checks shared by the coordinator's details form and the volunteer's own availability
/// form: languages as typed (Invalid{languages}), lived experience codes
/// (Invalid{lived_experience}), families at once from 0 to kMaxFamiliesAtOnce
/// (Invalid{max_families}; `fallback` when empty, or a message when it is nullopt).
inline constexpr int kMaxFamiliesAtOnce = 6;
std::vector<std::string> CheckLanguages(Validation& v, const std::string& text);
std::vector<std::string> CheckLivedExperience(Validation& v, const std::vector<std::string>& codes);
int CheckMaxFamilies(Validation& v, const std::string& text, std::optional<int> fallback);

/// "English, polish ,, Urdu" -> {"English", "polish", "Urdu"}: trimmed, empty ones dropped,
/// duplicates (ignoring case) dropped.
std::vector<std::string> SplitLanguages(const std::string& text);

}  // namespace alongside
