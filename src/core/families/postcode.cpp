#include "core/families/postcode.hpp"

#include <cctype>

namespace alongside {
namespace {

bool IsLetter(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool In(char c, std::string_view allowed) { return allowed.find(c) != std::string_view::npos; }

/// Royal Mail's letter rules for each position of the outward code.
bool ValidOutward(std::string_view o) {
  constexpr std::string_view kFirst = "ABCDEFGHIJKLMNOPRSTUWYZ";   // not Q, V, X
  constexpr std::string_view kSecond = "ABCDEFGHKLMNOPQRSTUVWXY";  // not I, J, Z
  constexpr std::string_view kThirdOfA9A = "ABCDEFGHJKPSTUW";
  constexpr std::string_view kFourthOfAA9A = "ABEHMNPRVWXY";
  if (o.size() < 2 || o.size() > 4 || !In(o[0], kFirst)) return false;
  switch (o.size()) {
    case 2:  // A9
      return IsDigit(o[1]);
    case 3:  // A99, AA9, A9A
      if (IsDigit(o[1])) return IsDigit(o[2]) || In(o[2], kThirdOfA9A);
      return In(o[1], kSecond) && IsDigit(o[2]);
    default:  // AA99, AA9A
      return In(o[1], kSecond) && IsDigit(o[2]) && (IsDigit(o[3]) || In(o[3], kFourthOfAA9A));
  }
}

bool ValidInward(std::string_view i) {
  constexpr std::string_view kInwardLetters = "ABDEFGHJLNPQRSTUWXYZ";  // not C, I, K, M, O, V
  return i.size() == 3 && IsDigit(i[0]) && In(i[1], kInwardLetters) && In(i[2], kInwardLetters);
}

}  // namespace

std::string NormalisePostcode(std::string_view text) {
  std::string compact;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (compact.size() <= 3) return compact;
  const std::size_t inward = compact.size() - 3;
  return compact.substr(0, inward) + ' ' + compact.substr(inward);
}

std::optional<std::string> ParsePostcode(std::string_view text) {
  const std::string postcode = NormalisePostcode(text);
  if (postcode == "GIR 0AA") return postcode;
  const auto space = postcode.find(' ');
  if (space == std::string::npos) return std::nullopt;
  const std::string_view view = postcode;
  for (char c : postcode)
    if (c != ' ' && !IsLetter(c) && !IsDigit(c)) return std::nullopt;
  if (!ValidOutward(view.substr(0, space)) || !ValidInward(view.substr(space + 1))) return std::nullopt;
  return postcode;
}

}  // namespace alongside
