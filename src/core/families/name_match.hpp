#pragma once
/// Whether two typed names probably belong to the same person, for the warning that a new
/// family may already be recorded. Generous on purpose: a wrong warning costs a glance, a
/// missed one a family recorded twice with its history split.

#include <string>
#include <string_view>

namespace alongside {

/// Lower case, accents folded to plain letters for the Latin alphabets ("Zoë Brontë" ->
/// "zoe bronte", "Łucja" -> "lucja"), apostrophes dropped ("O'Brien" -> "obrien"), other
/// punctuation made a space ("Smith-Jones" -> "smith jones"), spaces collapsed and trimmed.
/// Letters of other scripts are kept as they are.
std::string NormaliseName(std::string_view name);

/// Optimal string alignment distance (Damerau–Levenshtein where no substring is edited
/// twice): insertions, deletions, substitutions and swaps of two neighbouring characters.
std::size_t EditDistance(std::string_view a, std::string_view b);

/// True when, after NormaliseName: the names are equal; or hold the same words in another
/// order ("Smith Jo"); or differ by one typo and both have at least 5 letters ("Jo Smith",
/// "Jo Smtih"); or share a surname (last word) and the first letter of the first name
/// ("J Smith", "Jo Smith", "Joanne Smith").
bool NamesLookAlike(std::string_view a, std::string_view b);

}  // namespace alongside
