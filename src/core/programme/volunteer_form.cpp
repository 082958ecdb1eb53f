#include "core/programme/volunteer_form.hpp"

#include <algorithm>
#include <charconv>

#include "core/common/text.hpp"
#include "core/families/postcode.hpp"
#include "core/programme/volunteer_journey.hpp"

namespace alongside {
namespace {

constexpr std::size_t kMaxNameLength = 200;
constexpr std::size_t kMaxNoteLength = 4000;
constexpr std::size_t kMaxLanguages = 10;

std::optional<int> WholeNumber(const std::string& text) {
  int value = 0;
  const auto trimmed = Trim(text);
  if (trimmed.empty()) return std::nullopt;
  const auto [end, error] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), value);
  if (error != std::errc() || end != trimmed.data() + trimmed.size()) return std::nullopt;
  return value;
}

/// An optional date field: empty is fine; otherwise a real date, not after `latest` when given.
std::optional<Date> DateField(Validation& v, const std::string& field, const std::string& text, const char* what,
                              const std::optional<Date>& latest) {
  const auto trimmed = Trim(text);
  if (trimmed.empty()) return std::nullopt;
  const auto date = ParseDate(trimmed);
  if (!date) {
    v.Add(field, std::string("Enter ") + what + " as a real date, like 2026-03-14");
    return std::nullopt;
  }
  if (latest && *latest < *date) {
    v.Add(field, std::string("The date of ") + what + " cannot be in the future");
    return std::nullopt;
  }
  return date;
}

void CheckText(Validation& v, const std::string& field, const std::string& text, std::size_t max, const char* what) {
  if (CharCount(text) > max) v.Add(field, std::string(what) + " must be " + std::to_string(max) + " characters or fewer");
  else if (HasControlCharacters(text)) v.Add(field, std::string(what) + " must not contain control characters");
}

std::optional<int> Bounded(Validation& v, const std::string& field, const std::string& text, int low, int high,
                           const std::string& message) {
  const auto value = WholeNumber(text);
  if (!value || *value < low || *value > high) {
    v.Add(field, message);
    return std::nullopt;
  }
  return value;
}

}  // namespace

std::vector<std::string> SplitLanguages(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    auto item = Trim(std::string_view(text).substr(start, end - start));
    const auto lower = AsciiLower(item);
    const bool seen = std::any_of(out.begin(), out.end(), [&](const std::string& s) { return AsciiLower(s) == lower; });
    if (!item.empty() && !seen) out.push_back(std::move(item));
    start = end + 1;
  }
  return out;
}

std::vector<std::string> CheckLanguages(Validation& v, const std::string& text) {
  auto languages = SplitLanguages(text);
  if (languages.size() > kMaxLanguages) v.Add("languages", "List up to 10 languages");
  for (const auto& language : languages)
    if (CharCount(language) > 60 || HasControlCharacters(language)) {
      v.Add("languages", "Write each language as a word or two, separated by commas");
      break;
    }
  return languages;
}

std::vector<std::string> CheckLivedExperience(Validation& v, const std::vector<std::string>& codes) {
  std::vector<std::string> out;
  for (const auto& code : codes) {
    if (!IsLivedExperienceCode(code)) {
      v.Add("lived_experience", "Choose from the list");
      break;
    }
    if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
  }
  return out;
}

int CheckMaxFamilies(Validation& v, const std::string& text, std::optional<int> fallback) {
  const std::string message = "Enter how many families can be supported at once, from 0 to " +
                              std::to_string(kMaxFamiliesAtOnce);
  if (Trim(text).empty()) {
    if (fallback) return *fallback;
    v.Add("max_families", message);
    return 0;
  }
  const auto n = Bounded(v, "max_families", text, 0, kMaxFamiliesAtOnce, message);
  return n.value_or(0);
}

VolunteerDetails ValidateVolunteerForm(const VolunteerForm& form, const Date& today) {
  VolunteerDetails d;
  Validation v;
  d.name = Trim(form.name);
  if (d.name.empty()) v.Add("name", "Enter their name");
  else CheckText(v, "name", d.name, kMaxNameLength, "The name");

  d.email = Trim(form.email);
  if (!d.email.empty() && !LooksLikeEmail(d.email))
    v.Add("email", "Enter an email address in the correct format, like name@example.com");
  d.phone = Trim(form.phone);
  if (!d.phone.empty()) {
    const bool phone_like = std::all_of(d.phone.begin(), d.phone.end(), [](char c) {
      return (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '(' || c == ')' || c == '-';
    });
    if (!phone_like || d.phone.size() > 20) v.Add("phone", "Enter a phone number, like 07700 900 982");
  }
  if (!Trim(form.postcode).empty()) {
    if (const auto postcode = ParsePostcode(form.postcode)) d.postcode = *postcode;
    else v.Add("postcode", std::string(kPostcodeMessage));
  }
  d.programme_role_id = Trim(form.programme_role_id);

  d.languages = CheckLanguages(v, form.languages);
  d.lived_experience = CheckLivedExperience(v, form.lived_experience);
  d.max_families = CheckMaxFamilies(v, form.max_families, 2);

  d.enquired_on = DateField(v, "enquired_on", form.enquired_on, "their enquiry", today);
  d.interviewed_on = DateField(v, "interviewed_on", form.interviewed_on, "the interview", today);
  if (Trim(form.references_received).empty()) d.references_received = 0;
  else if (const auto n = Bounded(v, "references_received", form.references_received, 0, 5,
                                  "Enter how many references you have received, from 0 to 5"))
    d.references_received = *n;
  d.dbs_checked_on = DateField(v, "dbs_checked_on", form.dbs_checked_on, "the DBS check", today);
  d.dbs_renewal_due = DateField(v, "dbs_renewal_due", form.dbs_renewal_due, "the DBS renewal", std::nullopt);
  if (!d.dbs_checked_on && d.dbs_renewal_due && !v.Has("dbs_renewal_due"))
    v.Add("dbs_checked_on", "Enter the date of the DBS check as well as when it is due for renewal");
  if (d.dbs_checked_on && !d.dbs_renewal_due && !v.Has("dbs_renewal_due"))
    d.dbs_renewal_due = AddMonths(*d.dbs_checked_on, 12 * kDbsRenewalYears);
  if (d.dbs_checked_on && d.dbs_renewal_due && !(*d.dbs_checked_on < *d.dbs_renewal_due))
    v.Add("dbs_renewal_due", "The renewal must be after the date of the check");
  if (d.enquired_on && d.interviewed_on && *d.interviewed_on < *d.enquired_on)
    v.Add("interviewed_on", "The interview cannot be before their enquiry");

  d.notes = Trim(form.notes);
  CheckText(v, "notes", d.notes, kMaxNoteLength, "Notes");
  v.ThrowIfAny();
  return d;
}

StageMove ValidateStageForm(const StageForm& form, const Date& today) {
  StageMove move;
  Validation v;
  if (const auto stage = VolunteerStageFromCode(Trim(form.stage))) move.stage = *stage;
  else v.Add("stage", "Choose the stage they are moving to");
  if (Trim(form.changed_on).empty()) move.changed_on = today;
  else if (const auto date = DateField(v, "changed_on", form.changed_on, "the change", today)) move.changed_on = *date;
  move.note = Trim(form.note);
  CheckText(v, "note", move.note, kMaxNoteLength, "The note");
  move.left_reason = Trim(form.left_reason);
  if (!v.Has("stage") && move.stage == VolunteerStage::kLeft && move.left_reason.empty())
    v.Add("left_reason", "Say why they left, for the programme's records");
  CheckText(v, "left_reason", move.left_reason, kMaxNameLength, "The reason");
  v.ThrowIfAny();
  return move;
}

PositionChange ValidatePositionForm(const PositionForm& form, const Date& today) {
  PositionChange change;
  Validation v;
  if (const auto position = PathwayPositionFromCode(Trim(form.position))) change.position = *position;
  else v.Add("position", "Choose the position");
  if (Trim(form.started_on).empty()) v.Add("started_on", "Enter the date they started");
  else if (const auto date = DateField(v, "started_on", form.started_on, "the start", AddDays(today, 366)))
    change.started_on = *date;
  change.note = Trim(form.note);
  CheckText(v, "note", change.note, kMaxNameLength, "The note");
  v.ThrowIfAny();
  return change;
}

RoleChange ValidateRoleForm(const RoleForm& form) {
  RoleChange change;
  Validation v;
  change.name = Trim(form.name);
  if (change.name.empty()) v.Add("name", "Enter the role's name, like Pregnancy Pal");
  else CheckText(v, "name", change.name, 80, "The name");
  change.description = Trim(form.description);
  CheckText(v, "description", change.description, 1000, "The description");
  if (const auto n = Bounded(v, "supervision_early_days", form.supervision_early_days, 1, 90,
                             "Enter the days between supervisions at first, from 1 to 90"))
    change.supervision_early_days = *n;
  if (const auto n = Bounded(v, "early_weeks", form.early_weeks, 0, 104,
                             "Enter how many weeks 'at first' lasts, from 0 to 104"))
    change.early_weeks = *n;
  if (const auto n = Bounded(v, "supervision_later_days", form.supervision_later_days, 1, 90,
                             "Enter the days between supervisions after that, from 1 to 90"))
    change.supervision_later_days = *n;
  v.ThrowIfAny();
  return change;
}

}  // namespace alongside
