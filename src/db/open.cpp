// Picks the backend from the URL scheme.

#include <string_view>

#include "db/database.hpp"
#include "db/postgres_database.hpp"
#include "db/sqlite_database.hpp"

namespace alongside::db {

std::unique_ptr<Database> Open(const std::string& url, int pool_size) {
  const std::string_view text(url);
  if (text.starts_with("sqlite:")) {
    std::string_view path = text.substr(7);
    if (path.starts_with("//")) path.remove_prefix(2);  // also accept sqlite://PATH
    return std::make_unique<SqliteDatabase>(std::string(path), pool_size);
  }
  if (text.starts_with("postgresql://") || text.starts_with("postgres://")) {
    return std::make_unique<PostgresDatabase>(url, pool_size);
  }
  throw DatabaseError("Unsupported database URL: use sqlite:PATH or postgresql://...");
}

}  // namespace alongside::db
