#include "core/matching/matching_rules.hpp"

#include <algorithm>

#include "core/common/text.hpp"
#include "core/families/postcode.hpp"

namespace alongside {
namespace {

bool Has(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

bool SpeaksLanguage(const std::vector<std::string>& languages, const std::string& language) {
  const auto wanted = AsciiLower(Trim(language));
  return std::any_of(languages.begin(), languages.end(),
                     [&](const std::string& l) { return AsciiLower(Trim(l)) == wanted; });
}

/// Lived experience the family's circumstances ask for: code, and whether the family has it.
struct ExperienceNeed {
  std::string_view code;
  bool FamilyFacts::*wanted;
};
constexpr ExperienceNeed kExperienceNeeds[] = {
    {"neonatal_care", &FamilyFacts::neonatal_care},
    {"twins", &FamilyFacts::twins},
    {"young_parent", &FamilyFacts::young_parent},
    {"father", &FamilyFacts::father},
};

/// Training that helps with a focus area: focus area, topic, words.
struct TrainingNeed {
  std::string_view focus_area;
  std::string_view topic;
  std::string_view words;
};
constexpr TrainingNeed kTrainingNeeds[] = {
    {"parental_mental_health", "perinatal_mental_health", "Has done the perinatal mental health training"},
    {"childrens_social_care", "safeguarding", "Has done the safeguarding training"},
};

std::string FamiliesWords(int n) { return std::to_string(n) + (n == 1 ? " family" : " families"); }

std::string FreeWhen(const std::vector<std::string>& slots) {
  std::string out;
  for (const auto& choice : AvailabilitySlotChoices()) {
    if (!Has(slots, choice.code)) continue;
    if (!out.empty()) out += ", ";
    out += std::string(choice.label);
  }
  return out;
}

VolunteerSuggestion Assess(const FamilyFacts& family, const VolunteerFacts& v) {
  VolunteerSuggestion s{v.volunteer_id, v.user_id, v.name};
  const auto family_district = PostcodeDistrict(family.postcode);
  if (!family_district.empty() && family_district == PostcodeDistrict(v.postcode)) {
    s.reasons.push_back("Lives in " + family_district + ", like the family");
    s.score += 3;
  }
  for (const auto& language : family.languages) {
    if (language.empty() || AsciiLower(Trim(language)) == "english") continue;
    if (SpeaksLanguage(v.languages, language)) {
      s.reasons.push_back("Speaks " + std::string(Trim(language)));
      s.score += 4;
    } else {
      s.reasons_against.push_back("Does not speak " + std::string(Trim(language)));
    }
  }
  for (const auto& need : kExperienceNeeds) {
    if (!(family.*need.wanted)) continue;
    if (Has(v.lived_experience, need.code)) {
      s.reasons.push_back(std::string(ChoiceLabel(LivedExperienceChoices(), need.code)));
      s.score += 3;
    }
  }
  if (Has(family.focus_areas, "parental_mental_health") && Has(v.lived_experience, "perinatal_mental_health")) {
    s.reasons.push_back(std::string(ChoiceLabel(LivedExperienceChoices(), "perinatal_mental_health")));
    s.score += 2;
  }
  for (const auto& need : kTrainingNeeds) {
    if (!Has(family.focus_areas, need.focus_area)) continue;
    if (Has(v.training_topics, need.topic)) {
      s.reasons.push_back(std::string(need.words));
      s.score += 2;
    } else {
      s.reasons_against.push_back("Has not done the " + std::string(need.topic == "safeguarding"
                                                                        ? "safeguarding"
                                                                        : "perinatal mental health") +
                                  " training");
    }
  }
  s.has_place = v.current_families < v.max_families;
  if (s.has_place) {
    s.reasons.push_back("Supports " + FamiliesWords(v.current_families) + " of " + std::to_string(v.max_families));
    s.score += v.max_families - v.current_families;
  } else {
    s.reasons_against.push_back("Already supports " + FamiliesWords(v.current_families) + ", the most they offered");
  }
  const auto free = FreeWhen(v.availability);
  if (free.empty()) s.reasons_against.push_back("Has not said when they are free");
  else s.reasons.push_back("Free on " + free);
  return s;
}

}  // namespace

std::string PostcodeDistrict(std::string_view postcode) {
  const auto text = NormalisePostcode(postcode);
  const auto space = text.find(' ');
  return space == std::string::npos ? "" : text.substr(0, space);
}

std::vector<VolunteerSuggestion> SuggestVolunteers(const FamilyFacts& family, const std::vector<VolunteerFacts>& volunteers) {
  std::vector<VolunteerSuggestion> out;
  for (const auto& v : volunteers) {
    if (v.stage != VolunteerStage::kActive || v.user_id.empty()) continue;
    out.push_back(Assess(family, v));
  }
  std::stable_sort(out.begin(), out.end(), [](const VolunteerSuggestion& a, const VolunteerSuggestion& b) {
    if (a.has_place != b.has_place) return a.has_place;
    if (a.score != b.score) return a.score > b.score;
    return a.name < b.name;
  });
  return out;
}

}  // namespace alongside
