#pragma once
/// Helpers for "postgresql://user:password@host:port/database?options" URLs, so that
/// nothing the database layer logs or throws ever carries the password.

#include <string>

namespace alongside::db {

/// The URL with any password (in the user info or a password= option) replaced by "***".
std::string RedactPostgresUrl(const std::string& url);

/// The password as written in the URL (still percent-encoded), or "" if there is none.
std::string PostgresUrlPassword(const std::string& url);

/// The same URL pointing at another database on the same server (options kept).
std::string PostgresUrlWithDatabase(const std::string& url, const std::string& database);

/// `text` with every occurrence of `secret` replaced by "***" (no-op for an empty secret).
std::string StripSecret(std::string text, const std::string& secret);

}  // namespace alongside::db
