// Loading NNNN_name.sql files and applying the ones a database has not seen yet.

#include "db/migrator.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <fstream>
#include <map>
#include <sstream>

namespace alongside::db {
namespace {

constexpr std::size_t kVersionDigits = 4;
/// Key for pg_advisory_xact_lock: any constant shared by every Alongside process.
constexpr std::int64_t kMigrationLockKey = 0x416c6f6e6753;  // "AlongS"

constexpr const char* kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)";
constexpr const char* kSelectVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
constexpr const char* kInsertVersion =
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)";
constexpr const char* kTakeLock = "SELECT pg_advisory_xact_lock($1)";
constexpr const char* kSqliteTableExists =
    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
constexpr const char* kPostgresTableExists =
    "SELECT COUNT(*) FROM information_schema.tables "
    "WHERE table_schema = current_schema() AND table_name = 'schema_migrations'";

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw DatabaseError("Cannot read migration " + path.string());
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

/// Parses "NNNN_name.sql"; returns false for files that are not migrations at all and
/// throws for ones that look like migrations but are numbered wrongly.
bool ParseFileName(const std::string& file_name, Migration& migration) {
  constexpr std::string_view kExtension = ".sql";
  if (file_name.size() <= kExtension.size() || !file_name.ends_with(kExtension)) return false;
  if (!std::isdigit(static_cast<unsigned char>(file_name.front()))) return false;
  const std::string stem = file_name.substr(0, file_name.size() - kExtension.size());
  const bool well_formed = stem.size() > kVersionDigits + 1 && stem[kVersionDigits] == '_' &&
                           std::all_of(stem.begin(), stem.begin() + kVersionDigits,
                                       [](unsigned char c) { return std::isdigit(c) != 0; });
  if (!well_formed) throw DatabaseError("Malformed migration file name " + file_name + ": use NNNN_name.sql");
  migration.version = std::stoi(stem.substr(0, kVersionDigits));
  if (migration.version == 0) throw DatabaseError("Migration numbers start at 0001: " + file_name);
  migration.name = stem.substr(kVersionDigits + 1);
  return true;
}

/// "0003_name", as the file was called.
std::string FileStem(const Migration& migration) {
  std::string number = std::to_string(migration.version);
  if (number.size() < kVersionDigits) number.insert(0, kVersionDigits - number.size(), '0');
  return number + "_" + migration.name;
}

std::int64_t NowMilliseconds() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

/// Serialises migrators: on PostgreSQL a transaction-scoped advisory lock (released by
/// COMMIT or ROLLBACK, so a failed run can never leave it held on a pooled connection);
/// on SQLite BEGIN IMMEDIATE already admits one writer at a time.
void SerialiseMigrators(Transaction& tx) {
  if (tx.dialect() == Dialect::kPostgres) tx.Query(kTakeLock, {kMigrationLockKey});
}

}  // namespace

std::vector<Migration> LoadMigrations(const std::filesystem::path& root, Dialect dialect) {
  const auto folder = root / (dialect == Dialect::kSqlite ? "sqlite" : "postgres");
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) {
    throw DatabaseError("Migrations folder not found: " + folder.string());
  }
  std::map<int, Migration> by_version;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    const std::string file_name = entry.path().filename().string();
    Migration migration;
    if (!ParseFileName(file_name, migration)) continue;
    if (by_version.contains(migration.version)) {
      throw DatabaseError("Two migrations numbered " + std::to_string(migration.version) + " in " + folder.string());
    }
    migration.sql = ReadFile(entry.path());
    by_version.emplace(migration.version, std::move(migration));
  }
  std::vector<Migration> migrations;
  migrations.reserve(by_version.size());
  for (auto& [version, migration] : by_version) migrations.push_back(std::move(migration));
  return migrations;
}

int Migrate(Database& database, const std::vector<Migration>& migrations) {
  {
    auto tx = database.Begin(TxMode::kWrite);
    SerialiseMigrators(*tx);
    tx->Execute(kCreateTable);
    tx->Commit();
  }
  for (const Migration& migration : migrations) {
    auto tx = database.Begin(TxMode::kWrite);
    SerialiseMigrators(*tx);
    // Read under the lock: another process may have applied it while this one waited.
    const auto current = tx->QueryOne(kSelectVersion)->Int(0);
    if (migration.version <= current) continue;  // rolls back the empty transaction
    try {
      tx->ExecuteScript(migration.sql);
    } catch (const DatabaseError& error) {
      throw DatabaseError("Migration " + FileStem(migration) + " failed: " + error.what());
    }
    tx->Execute(kInsertVersion, {static_cast<std::int64_t>(migration.version), migration.name, NowMilliseconds()});
    tx->Commit();
  }
  return SchemaVersion(database);
}

int SchemaVersion(Database& database) {
  auto tx = database.Begin(TxMode::kRead);
  const char* exists_sql = database.dialect() == Dialect::kSqlite ? kSqliteTableExists : kPostgresTableExists;
  if (tx->QueryOne(exists_sql)->Int(0) == 0) return 0;
  return static_cast<int>(tx->QueryOne(kSelectVersion)->Int(0));
}

}  // namespace alongside::db
