#pragma once
/// Versioned schema migrations, one folder per dialect with the same numbers:
/// migrations/sqlite/0001_foundation.sql and migrations/postgres/0001_foundation.sql.

#include <filesystem>
#include <string>
#include <vector>

#include "db/database.hpp"

namespace alongside::db {

struct Migration {
  int version = 0;
  std::string name;  ///< from the file name, e.g. "foundation"
  std::string sql;
};

/// Reads NNNN_name.sql files from `root / "sqlite"` or `root / "postgres"`, sorted by number.
/// Throws DatabaseError on a duplicate or malformed number.
std::vector<Migration> LoadMigrations(const std::filesystem::path& root, Dialect dialect);

/// Applies every migration newer than the recorded version, each in its own transaction,
/// and records it in schema_migrations. Safe to run from several processes at once on
/// PostgreSQL (an advisory lock serialises them). Returns the schema version afterwards.
int Migrate(Database& database, const std::vector<Migration>& migrations);

/// The highest applied version, 0 for an empty database.
int SchemaVersion(Database& database);

}  // namespace alongside::db
