#pragma once
/// UK postcodes, as typed ("sw1a1aa", "SW1A  1AA") and as stored ("SW1A 1AA"): upper case,
/// one space before the last three characters. Stored normalised so that the same home is
/// found by search and by the duplicate check however it was typed.

#include <optional>
#include <string>
#include <string_view>

namespace alongside {

/// The message shown next to a postcode field that is not a full UK postcode.
inline constexpr std::string_view kPostcodeMessage = "Enter a full UK postcode, like SW1A 1AA";

/// Upper case, spaces removed, then one space before the last three characters.
/// Does not check the result; "abc" becomes "ABC".
std::string NormalisePostcode(std::string_view text);

/// The normalised postcode when the text is a full UK postcode (outward code in one of the
/// forms A9, A99, AA9, AA99, A9A, AA9A with the letters Royal Mail uses, then 9AA), or the
/// special GIR 0AA; nothing otherwise. A partial postcode ("SW1A") is not enough to find a
/// home, so it is refused.
std::optional<std::string> ParsePostcode(std::string_view text);

}  // namespace alongside
