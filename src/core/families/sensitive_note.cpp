#include "core/families/sensitive_note.hpp"

#include "core/common/text.hpp"

namespace alongside {
namespace {

struct CategoryName {
  SensitiveCategory category;
  std::string_view code;
  std::string_view label;
};

constexpr CategoryName kCategories[] = {
    {SensitiveCategory::kPoverty, "poverty", "Poverty"},
    {SensitiveCategory::kSubstanceMisuse, "substance_misuse", "Substance misuse"},
    {SensitiveCategory::kIntimatePartnerViolence, "intimate_partner_violence", "Intimate partner violence"},
    {SensitiveCategory::kCoupleConflict, "couple_conflict", "Couple conflict"},
    {SensitiveCategory::kParentalMentalHealth, "parental_mental_health", "Parental mental health"},
    {SensitiveCategory::kSafeguarding, "safeguarding", "Safeguarding concern"},
};

}  // namespace

SensitiveNote ValidateSensitiveNote(const SensitiveNoteForm& form, Validation& v) {
  SensitiveNote note;
  const auto category = SensitiveCategoryFromCode(Trim(form.category));
  if (!category) v.Add("category", "Select what the note is about");
  else note.category = *category;
  note.body = Trim(form.body);
  if (note.body.empty()) v.Add("body", "Enter the note");
  else if (CharCount(note.body) > kMaxSensitiveNoteLength) v.Add("body", "The note must be 5000 characters or fewer");
  else if (HasControlCharacters(note.body)) v.Add("body", "The note must not contain control characters");
  return note;
}

std::string_view SensitiveCategoryCode(SensitiveCategory category) {
  for (const auto& c : kCategories)
    if (c.category == category) return c.code;
  return "";
}

std::optional<SensitiveCategory> SensitiveCategoryFromCode(std::string_view code) {
  for (const auto& c : kCategories)
    if (c.code == code) return c.category;
  return std::nullopt;
}

std::string_view SensitiveCategoryLabel(SensitiveCategory category) {
  for (const auto& c : kCategories)
    if (c.category == category) return c.label;
  return "";
}

const std::vector<SensitiveCategory>& AllSensitiveCategories() {
  static const std::vector<SensitiveCategory> all = [] {
    std::vector<SensitiveCategory> out;
    for (const auto& c : kCategories) out.push_back(c.category);
    return out;
  }();
  return all;
}

}  // namespace alongside
