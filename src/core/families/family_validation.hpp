#pragma once
/// Checks what someone typed into the family forms and turns it into the family's types.
/// Every bad field is reported at once, each with a message to show next to it (the
/// GOV.UK pattern), so the person fixes everything in one go and loses nothing they typed.
/// Text is trimmed and limited in length; dates are read as people type them
/// (calendar_date.hpp) and checked against today's date in the UK.
///
/// Field names in the messages are the form's field names ("caregiver_name", "due_date").

#include <string>
#include <vector>

#include "core/common/errors.hpp"
#include "core/families/calendar_date.hpp"
#include "core/families/family.hpp"

namespace alongside {

/// The first caregiver, as typed.
struct CaregiverForm {
  std::string name;
  std::string preferred_name;
  std::string pronouns;
  std::string date_of_birth;
  std::string phone;
  std::string email;
  std::string preferred_language;
  bool interpreter_needed = false;
  std::string relationship_to_baby;
};

/// The baby (or babies of one pregnancy), as typed.
struct BabyForm {
  std::string due_date;
  std::string birth_date;
  std::string name;
  bool born_early = false;
  std::string gestation_weeks_at_birth;
  bool neonatal_care = false;
  std::string number_of_babies;  ///< "2" for twins; empty means one
};

struct NewFamilyForm {
  std::string address_line_1;
  std::string address_line_2;
  std::string town;
  std::string postcode;
  std::vector<std::string> focus_areas;  ///< FocusAreaCode values, as ticked
  std::string strengths;
  CaregiverForm caregiver;
  BabyForm baby;
};

/// What the record's edit form changes: where the family lives and what support focuses on.
struct FamilyDetailsForm {
  std::string address_line_1;
  std::string address_line_2;
  std::string town;
  std::string postcode;
  std::vector<std::string> focus_areas;  ///< FocusAreaCode values, as ticked
  std::string strengths;
};

/// A new family ready to store: ids, programme, area and times are the service's to set.
struct NewFamily {
  Family family;
  Caregiver caregiver;
  std::vector<Baby> babies;  ///< one per baby; twins and more share multiple_birth_group "birth-1"
};

/// Adds a message to `v` for every bad field; the result holds the cleaned values that were
/// good. Callers call v.ThrowIfAny() (or render the messages) before using it.
NewFamily ValidateNewFamily(const NewFamilyForm& form, const Date& today, Validation& v);
/// The address, focus areas and strengths, as in ValidateNewFamily; the rest of the Family is left default.
Family ValidateFamilyDetails(const FamilyDetailsForm& form, Validation& v);
Caregiver ValidateCaregiver(const CaregiverForm& form, const Date& today, Validation& v);
/// A baby marked as born early, or with fewer than 37 weeks at birth, comes back with
/// born_early set: the two must agree.
std::vector<Baby> ValidateBabies(const BabyForm& form, const Date& today, Validation& v);

struct SharedCareForm {
  std::string name;
  std::string relationship;
  std::string how_they_help;
};
SharedCareEntry ValidateSharedCareEntry(const SharedCareForm& form, Validation& v);

struct ClosingForm {
  std::string reason;  ///< ClosingReasonCode
  std::string summary;
};
struct Closing {
  ClosingReason reason = ClosingReason::kGoalsMet;
  std::string summary;
};
Closing ValidateClosing(const ClosingForm& form, Validation& v);

}  // namespace alongside
