#include "core/matching/match.hpp"

#include <algorithm>
#include <map>

#include "core/common/text.hpp"

namespace alongside {

std::string_view MatchStatusCode(MatchStatus status) {
  switch (status) {
    case MatchStatus::kProposed: return "proposed";
    case MatchStatus::kAccepted: return "accepted";
    case MatchStatus::kDeclined: return "declined";
    case MatchStatus::kWithdrawn: return "withdrawn";
  }
  return "proposed";
}

std::optional<MatchStatus> MatchStatusFromCode(std::string_view code) {
  for (auto s : {MatchStatus::kProposed, MatchStatus::kAccepted, MatchStatus::kDeclined, MatchStatus::kWithdrawn})
    if (MatchStatusCode(s) == code) return s;
  return std::nullopt;
}

std::string_view MatchStatusLabel(MatchStatus status) {
  switch (status) {
    case MatchStatus::kProposed: return "Offered, waiting for an answer";
    case MatchStatus::kAccepted: return "Accepted";
    case MatchStatus::kDeclined: return "Declined";
    case MatchStatus::kWithdrawn: return "Withdrawn";
  }
  return "";
}

FamilyFacts FactsOfFamily(const FamilyRecord& record, const Date& today) {
  const auto& family = record.family;
  FamilyFacts facts;
  facts.family_id = family.id;
  facts.postcode = family.postcode;
  for (const auto& area : family.focus_areas) facts.focus_areas.emplace_back(FocusAreaCode(area));
  for (const auto& c : family.caregivers) {
    const auto language = Trim(c.preferred_language);
    if (!language.empty() && std::find(facts.languages.begin(), facts.languages.end(), language) == facts.languages.end())
      facts.languages.push_back(language);
    if (c.date_of_birth && *c.date_of_birth > AddMonths(today, -12 * 20)) facts.young_parent = true;
    if (AsciiLower(Trim(c.relationship_to_baby)) == "father") facts.father = true;
  }
  std::map<std::string, int> by_pregnancy;
  for (const auto& b : family.babies) {
    if (b.neonatal_care) facts.neonatal_care = true;
    std::string key = !b.multiple_birth_group.empty() ? "g:" + b.multiple_birth_group
                      : b.due_date                   ? "d:" + IsoDate(*b.due_date)
                                                     : "";
    if (!key.empty() && ++by_pregnancy[key] >= 2) facts.twins = true;
  }
  if (std::find(facts.focus_areas.begin(), facts.focus_areas.end(), "neonatal_care") != facts.focus_areas.end())
    facts.neonatal_care = true;
  return facts;
}

std::string WaitingWords(Millis since, Millis now) {
  const auto days = std::max<Millis>(0, now - since) / (24LL * 60 * 60 * 1000);
  if (days == 0) return "Waiting since today";
  if (days < 14) return "Waiting " + std::to_string(days) + (days == 1 ? " day" : " days");
  return "Waiting " + std::to_string(days / 7) + " weeks";
}

std::string FirstName(const std::string& name) {
  const auto trimmed = Trim(name);
  const auto space = trimmed.find(' ');
  return space == std::string::npos ? trimmed : trimmed.substr(0, space);
}

}  // namespace alongside
