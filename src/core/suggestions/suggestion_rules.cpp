#include "core/suggestions/suggestion_rules.hpp"

#include <algorithm>
#include <cstdlib>


namespace alongside {
namespace {

std::string LowerFirst(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

std::string Upper(std::string text) {
  for (auto& c : text)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return text;
}

/// Where the service covers, in words; nothing when it does not cover the family's district.
/// Without postcode districts a service covers its whole area (as the directory's search
/// reads it), named by its local authorities when it has them.
std::optional<std::string> CoverageReason(const Service& service, const std::string& district) {
  bool has_districts = false;
  std::string authorities;
  for (const auto& covered : service.coverage) {
    if (covered.kind == CoverageKind::kPostcodeDistrict) {
      has_districts = true;
      if (!district.empty() && Upper(covered.value) == district) return "Covers " + district;
    } else {
      authorities += (authorities.empty() ? "" : ", ") + covered.value;
    }
  }
  if (has_districts) return district.empty() ? std::optional<std::string>(std::string()) : std::nullopt;
  return authorities.empty() ? "Covers the whole area" : "Covers " + authorities;
}

std::string AgeRangeWords(const Service& service) {
  const auto& min = service.min_age_months;
  const auto& max = service.max_age_months;
  if (min && *min > 0 && max) return "For babies from " + std::to_string(*min) + " to " + std::to_string(*max) + " months";
  if (max) return "For babies up to " + std::to_string(*max) + " months";
  if (min && *min > 0) return "For babies from " + std::to_string(*min) + " months";
  return "";
}

/// The stage's reason, an empty string when the stage says nothing, or nothing when the
/// service is not open to the family at this stage.
std::optional<std::string> StageReason(const Service& service, const SuggestionFacts& facts) {
  const auto& stage = facts.stage;
  switch (stage.band) {
    case JourneyBand::kUnknown:
      return std::string();
    case JourneyBand::kPregnancy:
      if (!service.in_pregnancy) return std::nullopt;
      return std::string("Open during pregnancy");
    default:
      break;
  }
  const int months = stage.age_months;
  if (service.min_age_months && months < *service.min_age_months) return std::nullopt;
  if (service.max_age_months && months > *service.max_age_months) return std::nullopt;
  const auto range = AgeRangeWords(service);
  if (range.empty()) return std::string();
  const std::string who = facts.baby_name.empty() ? "the baby" : facts.baby_name;
  return range + "; " + who + " is " + AgeInMonthsWords(months);
}

bool Serves(const Service& service, const std::string& need) {
  return std::find(service.needs.begin(), service.needs.end(), need) != service.needs.end();
}

}  // namespace

std::string AgeInMonthsWords(int months) {
  if (months < 1) return "under 1 month";
  if (months == 1) return "1 month";
  return std::to_string(months) + " months";
}

std::vector<Suggestion> SuggestServices(const SuggestionFacts& facts, const std::vector<Service>& candidates) {
  std::vector<Suggestion> out;
  for (const auto& service : candidates) {
    if (service.status != ServiceStatus::kActive) continue;
    const auto coverage = CoverageReason(service, facts.postcode_district);
    if (!coverage) continue;
    const auto stage = StageReason(service, facts);
    if (!stage) continue;
    Suggestion suggestion{service, {}, 0, ""};
    if (!coverage->empty()) suggestion.reasons.push_back(*coverage);
    if (!stage->empty()) suggestion.reasons.push_back(*stage);
    std::vector<std::string> counted;
    for (const auto& need : facts.needs) {
      if (!Serves(service, need.code)) continue;
      if (std::find(counted.begin(), counted.end(), need.code) != counted.end()) continue;
      counted.push_back(need.code);
      suggestion.reasons.push_back("For " + LowerFirst(need.label) + ", " + need.from);
      ++suggestion.needs_met;
    }
    if (const auto involved = facts.involved.find(service.id); involved != facts.involved.end())
      suggestion.involvement = involved->second;
    out.push_back(std::move(suggestion));
  }
  const int current = ServiceLevelRank(facts.current_level);
  std::stable_sort(out.begin(), out.end(), [current](const Suggestion& a, const Suggestion& b) {
    if (a.needs_met != b.needs_met) return a.needs_met > b.needs_met;
    const int ra = ServiceLevelRank(a.service.level), rb = ServiceLevelRank(b.service.level);
    const int da = std::abs(ra - current), db = std::abs(rb - current);
    if (da != db) return da < db;
    if (ra != rb) return ra < rb;
    return a.service.name < b.service.name;
  });
  return out;
}

}  // namespace alongside
