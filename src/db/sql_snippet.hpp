#pragma once
/// The SQL text quoted in a DatabaseError, cut short so log lines stay readable.
/// Only SQL text goes here, never bound values (they may be personal data).

#include <string>
#include <string_view>

namespace alongside::db {

inline std::string SqlSnippet(std::string_view sql) {
  constexpr std::size_t kMaxLength = 240;
  std::string text(sql.substr(0, kMaxLength));
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  if (sql.size() > kMaxLength) text += "...";
  return text;
}

}  // namespace alongside::db
