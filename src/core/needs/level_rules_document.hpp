#pragma once
/// The JSON document of level rules ("format": "alongside.needs-rules/1"), as shipped in
/// data/needs/level-rules.json and as an area saves its own; described in docs/needs-rules.md.
/// Reading checks everything, so a bad document is refused whole with one message per
/// problem, each naming the rule ("Rule 3 (housing_pressure): …"), never half-loaded.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/errors.hpp"
#include "core/needs/level_rules.hpp"

namespace alongside {

inline constexpr std::string_view kLevelRulesFormat = "alongside.needs-rules/1";
inline constexpr std::size_t kMaxLevelRules = 200;
inline constexpr std::size_t kMaxRulesDocument = 200'000;

/// Parses and checks a document. `pressure_codes` are the pressures a rule may name (those of
/// the area's framework, local ones included); nothing: any code (for reading back a stored
/// version, checked when saved, after the framework may have changed). Throws Invalid: every
/// message is at the field "document" and starts with the rule it is about.
LevelRules ReadLevelRules(std::string_view json, const std::optional<std::vector<std::string>>& pressure_codes);

/// A suggestion as stored with a finished conversation, and back.
std::string WriteSuggestion(const NeedsSuggestion& suggestion);
NeedsSuggestion ReadSuggestion(std::string_view json);

}  // namespace alongside
