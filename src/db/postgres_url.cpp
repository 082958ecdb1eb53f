// Splitting a PostgreSQL URL just enough to hide its password and swap its database.

#include "db/postgres_url.hpp"

#include <cstddef>
#include <string_view>

namespace alongside::db {
namespace {

constexpr std::string_view kMask = "***";

struct UrlParts {
  std::size_t authority_begin = 0;  ///< just after "://"
  std::size_t authority_end = 0;    ///< at the first '/', '?' or '#' after it, or the end
  std::size_t query_begin = std::string::npos;  ///< at '?', if any
};

UrlParts Split(const std::string& url) {
  UrlParts parts;
  const auto scheme_end = url.find("://");
  parts.authority_begin = scheme_end == std::string::npos ? 0 : scheme_end + 3;
  parts.authority_end = url.find_first_of("/?#", parts.authority_begin);
  if (parts.authority_end == std::string::npos) parts.authority_end = url.size();
  parts.query_begin = url.find('?', parts.authority_begin);
  return parts;
}

/// [begin, end) of the password inside the user info, or begin == end if none.
std::pair<std::size_t, std::size_t> UserInfoPassword(const std::string& url, const UrlParts& parts) {
  const std::string_view authority(url.data() + parts.authority_begin,
                                   parts.authority_end - parts.authority_begin);
  const auto at = authority.rfind('@');
  if (at == std::string_view::npos) return {0, 0};
  const auto colon = authority.substr(0, at).find(':');
  if (colon == std::string_view::npos) return {0, 0};
  return {parts.authority_begin + colon + 1, parts.authority_begin + at};
}

/// [begin, end) of the value of a password= option, or begin == end if none.
std::pair<std::size_t, std::size_t> OptionPassword(const std::string& url, const UrlParts& parts) {
  if (parts.query_begin == std::string::npos) return {0, 0};
  std::size_t position = parts.query_begin + 1;
  while (position < url.size()) {
    auto end = url.find_first_of("&#", position);
    if (end == std::string::npos) end = url.size();
    constexpr std::string_view kKey = "password=";
    if (std::string_view(url).substr(position, kKey.size()) == kKey) {
      return {position + kKey.size(), end};
    }
    if (end >= url.size() || url[end] == '#') break;
    position = end + 1;
  }
  return {0, 0};
}

}  // namespace

std::string RedactPostgresUrl(const std::string& url) {
  std::string result = url;
  const UrlParts parts = Split(url);
  // Replace the later span first so the earlier offsets stay valid.
  if (auto [begin, end] = OptionPassword(url, parts); begin != end) result.replace(begin, end - begin, kMask);
  if (auto [begin, end] = UserInfoPassword(url, parts); begin != end) result.replace(begin, end - begin, kMask);
  return result;
}

std::string PostgresUrlPassword(const std::string& url) {
  const UrlParts parts = Split(url);
  if (auto [begin, end] = UserInfoPassword(url, parts); begin != end) return url.substr(begin, end - begin);
  if (auto [begin, end] = OptionPassword(url, parts); begin != end) return url.substr(begin, end - begin);
  return {};
}

std::string PostgresUrlWithDatabase(const std::string& url, const std::string& database) {
  const UrlParts parts = Split(url);
  const std::size_t rest = url.find_first_of("?#", parts.authority_end);
  return url.substr(0, parts.authority_end) + "/" + database +
         (rest == std::string::npos ? std::string() : url.substr(rest));
}

std::string StripSecret(std::string text, const std::string& secret) {
  if (secret.empty()) return text;
  for (auto at = text.find(secret); at != std::string::npos; at = text.find(secret, at + kMask.size())) {
    text.replace(at, secret.size(), kMask);
  }
  return text;
}

}  // namespace alongside::db
