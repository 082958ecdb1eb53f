#include "core/families/name_match.hpp"

#include <algorithm>
#include <vector>

namespace alongside {
namespace {

/// Plain-letter forms of U+00C0..U+00FF, lower case; empty for × and ÷.
constexpr const char* kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0-CF
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss", // D0-DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",  // F0-FF
};

/// Latin Extended-A (U+0100..U+017F) in runs that fold to the same letters.
struct Run {
  unsigned first, last;
  const char* plain;
};
constexpr Run kExtendedA[] = {
    {0x100, 0x105, "a"}, {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"}, {0x11C, 0x123, "g"},
    {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x132, 0x133, "ij"}, {0x134, 0x135, "j"}, {0x136, 0x138, "k"},
    {0x139, 0x142, "l"}, {0x143, 0x14B, "n"}, {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"},
    {0x15A, 0x161, "s"}, {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
    {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"},
};

std::vector<std::string> Words(const std::string& normalised) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < normalised.size()) {
    auto end = normalised.find(' ', start);
    if (end == std::string::npos) end = normalised.size();
    words.push_back(normalised.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::size_t LetterCount(const std::string& normalised) {
  return static_cast<std::size_t>(std::count_if(normalised.begin(), normalised.end(), [](char c) {
    return c != ' ' && (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

/// The first character of a word, whole even when it takes several bytes in UTF-8.
std::string_view FirstCharacter(std::string_view word) {
  std::size_t length = 1;
  while (length < word.size() && (static_cast<unsigned char>(word[length]) & 0xC0) == 0x80) ++length;
  return word.substr(0, length);
}

}  // namespace

std::string NormaliseName(std::string_view name) {
  std::string out;
  const auto space = [&out] {
    if (!out.empty() && out.back() != ' ') out += ' ';
  };
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
      else if (c == '\'' || c == '`') continue;
      else space();
      continue;
    }
    // Two-byte UTF-8: U+0080..U+07FF.
    if ((c & 0xE0) == 0xC0 && i + 1 < name.size()) {
      const unsigned code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3Fu);
      const char* plain = nullptr;
      if (code >= 0xC0 && code <= 0xFF) plain = kLatin1[code - 0xC0];
      for (const auto& run : kExtendedA)
        if (code >= run.first && code <= run.last) plain = run.plain;
      if (plain != nullptr) {
        if (*plain == '\0') space();
        out += plain;
        ++i;
        continue;
      }
      if (code >= 0x80 && code <= 0xBF) {  // Latin-1 punctuation and no-break space
        space();
        ++i;
        continue;
      }
    }
    // Right single quotation mark (U+2019), typed for an apostrophe by phones.
    if (name.substr(i, 3) == "\xE2\x80\x99") {
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::size_t EditDistance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

bool NamesLookAlike(std::string_view raw_a, std::string_view raw_b) {
  const std::string a = NormaliseName(raw_a);
  const std::string b = NormaliseName(raw_b);
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  auto words_a = Words(a);
  auto words_b = Words(b);
  if (words_a.size() >= 2 && words_b.size() >= 2 && words_a.back() == words_b.back() &&
      FirstCharacter(words_a.front()) == FirstCharacter(words_b.front()))
    return true;
  if (LetterCount(a) >= 5 && LetterCount(b) >= 5 && EditDistance(a, b) <= 1) return true;
  std::sort(words_a.begin(), words_a.end());
  std::sort(words_b.begin(), words_b.end());
  return words_a == words_b;
}

}  // namespace alongside
