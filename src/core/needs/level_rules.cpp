#include "core/needs/level_rules.hpp"

#include <algorithm>

#include "core/needs/needs_conversation.hpp"

namespace alongside {
namespace {

bool Within(int value, const RuleCondition& condition) {
  return (!condition.at_least || value >= *condition.at_least) && (!condition.at_most || value <= *condition.at_most);
}

bool RatingHolds(const RuleCondition& condition, const NeedsAnswers& answers) {
  if (condition.code == "any" || condition.code == "every") {
    const bool every = condition.code == "every";
    bool any_passed = false;
    for (const auto& domain : answers.domains) {
      const bool passed = domain.rating && Within(*domain.rating, condition);
      if (every && !passed) return false;
      any_passed = any_passed || passed;
    }
    return any_passed;
  }
  const auto* domain = answers.Domain(condition.code);
  return domain && domain->rating && Within(*domain->rating, condition);
}

template <typename T>
bool Contains(const std::vector<T>& values, const T& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

}  // namespace

bool Holds(const RuleCondition& condition, const NeedsAnswers& answers) {
  using Kind = RuleCondition::Kind;
  switch (condition.kind) {
    case Kind::kRating:
      return RatingHolds(condition, answers);
    case Kind::kPressure:
      return condition.code == "any" ? !answers.pressures.empty() : Contains(answers.pressures, condition.code);
    case Kind::kPressureCount:
      return Within(static_cast<int>(answers.pressures.size()), condition);
    case Kind::kAdversity: {
      if (condition.code == "any") return !answers.adversities.empty();
      const auto category = SensitiveCategoryFromCode(condition.code);
      return category && Contains(answers.adversities, *category);
    }
    case Kind::kFocusArea: {
      const auto area = FocusAreaFromCode(condition.code);
      return area && Contains(answers.focus_areas, *area);
    }
    case Kind::kAll:
      return std::all_of(condition.parts.begin(), condition.parts.end(),
                         [&](const RuleCondition& part) { return Holds(part, answers); });
    case Kind::kAny:
      return std::any_of(condition.parts.begin(), condition.parts.end(),
                         [&](const RuleCondition& part) { return Holds(part, answers); });
  }
  return false;
}

NeedsSuggestion Suggest(const LevelRules& rules, const NeedsAnswers& answers) {
  NeedsSuggestion suggestion;
  bool fired = false;
  for (const auto& rule : rules.rules) {
    if (!Holds(rule.when, answers)) continue;
    if (!fired || ServiceLevelRank(rule.level) > ServiceLevelRank(suggestion.level)) suggestion.level = rule.level;
    fired = true;
    suggestion.reasons.push_back({rule.id, rule.level, rule.because});
    for (const auto& code : rule.kinds) {
      auto kind = std::find_if(suggestion.kinds.begin(), suggestion.kinds.end(),
                               [&](const SuggestedKind& k) { return k.code == code; });
      if (kind == suggestion.kinds.end()) kind = suggestion.kinds.insert(suggestion.kinds.end(), SuggestedKind{code, {}});
      kind->because.push_back(rule.because);
    }
  }
  if (!fired) {
    suggestion.level = rules.default_level;
    suggestion.reasons.push_back({"", rules.default_level, rules.default_because});
  }
  std::stable_sort(suggestion.reasons.begin(), suggestion.reasons.end(),
                   [](const SuggestionReason& a, const SuggestionReason& b) {
                     return ServiceLevelRank(a.level) > ServiceLevelRank(b.level);
                   });
  return suggestion;
}

}  // namespace alongside
