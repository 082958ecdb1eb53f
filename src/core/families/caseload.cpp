#include "core/families/caseload.hpp"

#include <cctype>

#include "core/families/name_match.hpp"
#include "core/families/postcode.hpp"

namespace alongside {
namespace {

/// An outward code: a letter, then letters and digits with a digit among the first three
/// ("M1", "SW1A", "EC1V"); at most four characters. Names never hold digits.
bool LooksLikeOutwardCode(const std::string& text) {
  if (text.size() < 2 || text.size() > 4 || !std::isalpha(static_cast<unsigned char>(text[0]))) return false;
  bool digit = false;
  for (char c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    if (std::isdigit(static_cast<unsigned char>(c))) digit = true;
  }
  return digit;
}

}  // namespace

CaseloadSearch ReadCaseloadSearch(const std::string& query) {
  CaseloadSearch search;
  std::string compact;
  for (char c : query)
    if (c != ' ' && c != '\t') compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (compact.empty()) return search;
  if (auto postcode = ParsePostcode(compact)) {
    search.kind = CaseloadSearch::Kind::kPostcode;
    for (char c : *postcode)
      if (c != ' ') search.text += c;
  } else if (LooksLikeOutwardCode(compact)) {
    search.kind = CaseloadSearch::Kind::kOutwardCode;
    search.text = compact;
  } else {
    search.kind = CaseloadSearch::Kind::kName;
    search.text = NormaliseName(query);
    if (search.text.empty()) search.kind = CaseloadSearch::Kind::kNone;
  }
  return search;
}

}  // namespace alongside
