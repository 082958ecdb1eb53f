#include "core/services/postcode_district.hpp"

#include "core/common/text.hpp"
#include "core/families/postcode.hpp"

namespace alongside {

std::optional<std::string> PostcodeDistrictOf(std::string_view text) {
  if (auto postcode = ParsePostcode(text)) return postcode->substr(0, postcode->find(' '));
  // A district alone: one word that makes a full postcode with a well-formed inward code.
  const std::string word = Trim(text);
  if (word.size() < 2 || word.size() > 4 || word.find_first_of(" \t") != std::string::npos) return std::nullopt;
  auto full = ParsePostcode(word + " 1AA");
  if (!full) return std::nullopt;
  return full->substr(0, full->find(' '));
}

}  // namespace alongside
