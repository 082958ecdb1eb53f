#pragma once
/// Rules that suggest a level of need and kinds of support from a needs conversation, as
/// data (data/needs/level-rules.json, format in docs/needs-rules.md). An area may replace
/// them with its own. Each rule that fires gives a level and its "suggested because …"
/// sentence; the highest level any rule gives wins, and every firing rule's reason is shown,
/// so the worker sees why and can decide otherwise.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/families/family.hpp"
#include "core/families/sensitive_note.hpp"
#include "core/services/service.hpp"

namespace alongside {

struct NeedsAnswers;

/// One test on the conversation. Ratings: `domain` is a domain code, "any" (some rated
/// domain passes) or "every" (every domain is rated and passes); the rating must lie within
/// [at_least, at_most]. Pressures and adversities: a code, or "any". Counts: how many
/// pressures are ticked, within [at_least, at_most]. All and Any combine other conditions.
struct RuleCondition {
  enum class Kind { kRating, kPressure, kPressureCount, kAdversity, kFocusArea, kAll, kAny };
  Kind kind = Kind::kAll;
  std::string code;  ///< the domain, pressure, adversity or focus area code
  std::optional<int> at_least;
  std::optional<int> at_most;
  std::vector<RuleCondition> parts;
};

struct LevelRule {
  std::string id;
  RuleCondition when;
  ServiceLevel level = ServiceLevel::kUniversal;
  std::vector<std::string> kinds;  ///< ServiceNeedCode each
  std::string because;             ///< completes "Suggested because …"
};

struct LevelRules {
  ServiceLevel default_level = ServiceLevel::kUniversal;  ///< when no rule fires
  std::string default_because;
  std::vector<LevelRule> rules;
};

struct SuggestionReason {
  std::string rule_id;  ///< empty for the default
  ServiceLevel level = ServiceLevel::kUniversal;
  std::string because;

  friend bool operator==(const SuggestionReason&, const SuggestionReason&) = default;
};

/// A kind of support that may fit, with the reason of every rule that suggested it.
struct SuggestedKind {
  std::string code;  ///< ServiceNeedCode
  std::vector<std::string> because;

  friend bool operator==(const SuggestedKind&, const SuggestedKind&) = default;
};

struct NeedsSuggestion {
  ServiceLevel level = ServiceLevel::kUniversal;
  std::vector<SuggestionReason> reasons;  ///< highest level first, then in the rules' order
  std::vector<SuggestedKind> kinds;       ///< in the order first suggested

  friend bool operator==(const NeedsSuggestion&, const NeedsSuggestion&) = default;
};

/// Whether the condition holds for the answers.
bool Holds(const RuleCondition& condition, const NeedsAnswers& answers);

/// Pure: the level the rules suggest, why, and the kinds of support. When no rule fires, the
/// default level with the default reason.
NeedsSuggestion Suggest(const LevelRules& rules, const NeedsAnswers& answers);

}  // namespace alongside
