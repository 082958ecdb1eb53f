#include "core/families/family_validation.hpp"

#include <algorithm>

#include "core/common/text.hpp"
#include "core/families/postcode.hpp"

namespace alongside {
namespace {

constexpr int kMonthsAheadForDueDate = 10;
constexpr long kDaysOverdueBeforeAskingForBirth = 14;
constexpr int kYearsOfAgeRange = 5;
constexpr long kDueAfterBirthDays = 18 * 7;  // born at 22 weeks
constexpr long kDueBeforeBirthDays = 3 * 7;  // born at 43 weeks
constexpr int kMaxBabies = 6;

/// Trims and checks a text field; empty is allowed unless `required` names the message.
std::string Text(Validation& v, const std::string& field, const std::string& raw, const std::string& label,
                 std::size_t max_length, const char* required = nullptr) {
  std::string text = Trim(raw);
  if (text.empty()) {
    if (required != nullptr) v.Add(field, required);
  } else if (CharCount(text) > max_length) {
    v.Add(field, label + " must be " + std::to_string(max_length) + " characters or fewer");
  } else if (HasControlCharacters(text)) {
    v.Add(field, label + " must not contain control characters");
  }
  return text;
}

/// Reads an optional date, with the format message when it cannot be read.
std::optional<Date> DateField(Validation& v, const std::string& field, const std::string& raw, const char* format_message) {
  const std::string text = Trim(raw);
  if (text.empty()) return std::nullopt;
  auto date = ParseDate(text);
  if (!date) v.Add(field, format_message);
  return date;
}

bool LooksLikePhone(const std::string& phone) {
  int digits = 0;
  for (std::size_t i = 0; i < phone.size(); ++i) {
    const char c = phone[i];
    if (c >= '0' && c <= '9') ++digits;
    else if (c == '+' && i == 0) continue;
    else if (c != ' ' && c != '-' && c != '(' && c != ')') return false;
  }
  return digits >= 10 && digits <= 15;
}

}  // namespace

Caregiver ValidateCaregiver(const CaregiverForm& form, const Date& today, Validation& v) {
  Caregiver c;
  c.name = Text(v, "caregiver_name", form.name, "Name", 200, "Enter the caregiver's name");
  c.preferred_name = Text(v, "caregiver_preferred_name", form.preferred_name, "Preferred name", 100);
  c.pronouns = Text(v, "caregiver_pronouns", form.pronouns, "Pronouns", 50);
  c.relationship_to_baby = Text(v, "caregiver_relationship", form.relationship_to_baby, "Relationship to the baby", 100,
                                "Enter the caregiver's relationship to the baby, like mother or father");
  c.preferred_language = Text(v, "caregiver_preferred_language", form.preferred_language, "Preferred language", 100);
  c.interpreter_needed = form.interpreter_needed;
  if (c.interpreter_needed && c.preferred_language.empty())
    v.Add("caregiver_preferred_language", "Enter the language the caregiver needs an interpreter for");

  c.date_of_birth = DateField(v, "caregiver_date_of_birth", form.date_of_birth,
                              "Enter a date of birth in the format 14 3 1995");
  if (c.date_of_birth) {
    if (*c.date_of_birth > today) v.Add("caregiver_date_of_birth", "Date of birth cannot be in the future");
    else if (*c.date_of_birth < AddMonths(today, -100 * 12))
      v.Add("caregiver_date_of_birth", "Date of birth must be within the last 100 years");
  }

  c.phone = Text(v, "caregiver_phone", form.phone, "Phone number", 30);
  if (!c.phone.empty() && !v.Has("caregiver_phone") && !LooksLikePhone(c.phone))
    v.Add("caregiver_phone", "Enter a phone number, like 07700 900 982 or +44 7700 900 982");
  c.email = Text(v, "caregiver_email", form.email, "Email address", 254);
  if (!c.email.empty() && !v.Has("caregiver_email") && !LooksLikeEmail(c.email))
    v.Add("caregiver_email", "Enter an email address in the correct format, like name@example.com");
  return c;
}

std::vector<Baby> ValidateBabies(const BabyForm& form, const Date& today, Validation& v) {
  Baby baby;
  baby.name = Text(v, "baby_name", form.name, "Baby's name", 100);
  baby.neonatal_care = form.neonatal_care;
  baby.born_early = form.born_early;
  baby.due_date = DateField(v, "due_date", form.due_date, "Enter a due date in the format 14 3 2027");
  baby.birth_date = DateField(v, "birth_date", form.birth_date, "Enter a birth date in the format 14 3 2027");
  const bool due_typed = !Trim(form.due_date).empty();
  const bool birth_typed = !Trim(form.birth_date).empty();

  if (!due_typed && !birth_typed)
    v.Add("due_date", "Enter the due date, or the birth date if the baby has been born");
  if (baby.birth_date) {
    if (*baby.birth_date > today) {
      v.Add("birth_date", "Birth date cannot be in the future");
    } else if (*baby.birth_date <= AddMonths(today, -12 * kYearsOfAgeRange)) {
      v.Add("birth_date", "Birth date must be within the last 5 years: the programme supports children under 5");
    }
    if (baby.due_date && (DaysBetween(*baby.birth_date, *baby.due_date) > kDueAfterBirthDays ||
                          DaysBetween(*baby.due_date, *baby.birth_date) > kDueBeforeBirthDays))
      v.Add("due_date", "Due date must be no more than 18 weeks after or 3 weeks before the birth date");
  } else if (baby.due_date && !birth_typed) {
    if (*baby.due_date > AddMonths(today, kMonthsAheadForDueDate))
      v.Add("due_date", "Due date must be within the next 10 months");
    else if (DaysBetween(*baby.due_date, today) > kDaysOverdueBeforeAskingForBirth)
      v.Add("due_date", "The due date is more than 2 weeks ago. If the baby has been born, enter the birth date");
  }

  const std::string weeks = Trim(form.gestation_weeks_at_birth);
  if (!weeks.empty()) {
    const bool digits = weeks.size() <= 2 && std::all_of(weeks.begin(), weeks.end(), [](char c) { return c >= '0' && c <= '9'; });
    const int value = digits ? std::stoi(weeks) : 0;
    if (!digits || value < 20 || value > 44) {
      v.Add("gestation_weeks_at_birth", "Enter the weeks of pregnancy at birth as a number from 20 to 44");
    } else if (!birth_typed) {
      v.Add("gestation_weeks_at_birth", "Enter the birth date, or leave the weeks of pregnancy at birth empty");
    } else if (form.born_early && value >= 37) {
      v.Add("gestation_weeks_at_birth", "A baby born early is born before 37 weeks: check the weeks of pregnancy at birth");
    } else {
      baby.gestation_weeks_at_birth = value;
      if (value < 37) baby.born_early = true;
    }
  }
  if (form.born_early && !birth_typed) v.Add("birth_date", "Enter the birth date of a baby born early");

  int count = 1;
  const std::string number = Trim(form.number_of_babies);
  if (!number.empty()) {
    if (number.size() == 1 && number[0] >= '1' && number[0] <= '0' + kMaxBabies) count = number[0] - '0';
    else v.Add("number_of_babies", "Enter the number of babies, from 1 to 6");
  }
  if (count > 1 && !baby.name.empty())
    v.Add("baby_name", "Leave the name empty for twins or more, and add each baby's name after saving");
  if (count > 1) baby.multiple_birth_group = "birth-1";
  return std::vector<Baby>(static_cast<std::size_t>(count), baby);
}

Family ValidateFamilyDetails(const FamilyDetailsForm& form, Validation& v) {
  Family f;
  f.address_line_1 = Text(v, "address_line_1", form.address_line_1, "Address line 1", 200);
  f.address_line_2 = Text(v, "address_line_2", form.address_line_2, "Address line 2", 200);
  f.town = Text(v, "town", form.town, "Town or city", 100);
  const std::string postcode = Trim(form.postcode);
  if (postcode.empty()) {
    v.Add("postcode", "Enter the family's postcode");
  } else if (auto parsed = ParsePostcode(postcode)) {
    f.postcode = *parsed;
  } else {
    v.Add("postcode", std::string(kPostcodeMessage));
  }
  for (const auto& code : form.focus_areas) {
    const auto area = FocusAreaFromCode(Trim(code));
    if (!area) {
      if (!v.Has("focus_areas")) v.Add("focus_areas", "Select focus areas from the list");
    } else if (std::find(f.focus_areas.begin(), f.focus_areas.end(), *area) == f.focus_areas.end()) {
      f.focus_areas.push_back(*area);
    }
  }
  f.strengths = Text(v, "strengths", form.strengths, "Strengths", 2000);
  return f;
}

NewFamily ValidateNewFamily(const NewFamilyForm& form, const Date& today, Validation& v) {
  NewFamily out;
  out.family = ValidateFamilyDetails({form.address_line_1, form.address_line_2, form.town, form.postcode,
                                      form.focus_areas, form.strengths},
                                     v);
  out.caregiver = ValidateCaregiver(form.caregiver, today, v);
  out.babies = ValidateBabies(form.baby, today, v);
  return out;
}

SharedCareEntry ValidateSharedCareEntry(const SharedCareForm& form, Validation& v) {
  SharedCareEntry entry;
  entry.name = Text(v, "name", form.name, "Name", 200, "Enter the name of the person who helps");
  entry.relationship = Text(v, "relationship", form.relationship, "Relationship", 100);
  entry.how_they_help = Text(v, "how_they_help", form.how_they_help, "How they help", 500);
  return entry;
}

Closing ValidateClosing(const ClosingForm& form, Validation& v) {
  Closing closing;
  const auto reason = ClosingReasonFromCode(Trim(form.reason));
  if (!reason) v.Add("reason", "Select why support is ending");
  else closing.reason = *reason;
  closing.summary = Text(v, "summary", form.summary, "The closing summary", 4000, "Write a short closing summary");
  return closing;
}

}  // namespace alongside
