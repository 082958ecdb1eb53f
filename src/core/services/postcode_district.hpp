#pragma once
/// Postcode districts, the outward half of a postcode ("RV1" of "RV1 4AB"): what the
/// directory's coverage is written in, and what a family's postcode is matched by.

#include <optional>
#include <string>
#include <string_view>

namespace alongside {

/// The district of a full postcode ("rv1 4ab" -> "RV1"), or of a district typed alone
/// ("rv1" -> "RV1"); nothing when the text is neither.
std::optional<std::string> PostcodeDistrictOf(std::string_view text);

}  // namespace alongside
