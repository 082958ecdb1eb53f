#pragma once
/// Small text rules shared by every form: trimming, lengths counted in characters.

#include <string>
#include <string_view>

namespace alongside {

/// Removes spaces, tabs and line breaks at both ends.
std::string Trim(std::string_view text);
/// Number of Unicode code points in valid UTF-8 (bytes otherwise).
std::size_t CharCount(std::string_view text);
/// ASCII lower case; email addresses are compared this way.
std::string AsciiLower(std::string_view text);
/// A pragmatic check: one '@', something before it, a dot in the domain, no spaces.
bool LooksLikeEmail(std::string_view email);
/// True when the text has control characters other than tab and line breaks.
bool HasControlCharacters(std::string_view text);

}  // namespace alongside
