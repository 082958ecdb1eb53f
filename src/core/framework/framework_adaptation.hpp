#pragma once
/// The rules of adapting an area's framework. An administrator may reword every domain,
/// skill, pressure and scale step and add local skills and pressures; nothing already in
/// the version being adapted may be removed or recoded, because records made with that
/// version (needs conversations, scores) keep its codes and must still read in the newer
/// wording. Proving that no record anywhere uses an item would mean asking every capability
/// that records against the framework, so removal is simply not offered: an item no longer
/// wanted can be reworded instead.

#include <string>
#include <string_view>

#include "core/common/errors.hpp"
#include "core/framework/framework.hpp"

namespace alongside {

inline constexpr std::size_t kMaxAdaptationNote = 2000;

/// What an administrator sends: the whole framework as they want it, the version they
/// started from (so a newer version saved meanwhile is noticed) and a note of what changed.
struct FrameworkAdaptation {
  std::string based_on_id;
  std::string note;
  Framework framework;
};

/// Makes the adapted framework agree with its base on what is not the administrator's to
/// change: the edition it goes back to, and which items are local (items of the base keep
/// their mark; every new item is local).
Framework NormaliseAdaptation(const Framework& base, Framework adapted);

/// Adds a message for each rule the adaptation breaks, besides CheckFramework's: every skill
/// of the base still in its domain, every pressure of the base still there, a note of what
/// changed, and some change at all. Fields are document paths ("domains[0].skills", "note",
/// "document").
void CheckAdaptation(const Framework& base, const FrameworkAdaptation& adaptation, Validation& v);

/// A code for a new local item named `name`: lower_snake_case from its words, made unique
/// among the framework's skill codes (or pressure codes) with a numeric suffix.
std::string LocalSkillCode(const Framework& framework, std::string_view name);
std::string LocalPressureCode(const Framework& framework, std::string_view name);

}  // namespace alongside
