// SQLite backend: pool of connections to one file, transactions over them.

#include "db/sqlite_database.hpp"

#include <filesystem>
#include <system_error>

#include "db/pooled_transaction.hpp"

namespace alongside::db {
namespace {

constexpr const char* kMemoryPath = ":memory:";

void CreateParentDirectory(const std::string& path) {
  if (path == kMemoryPath) return;
  const auto parent = std::filesystem::path(path).parent_path();
  if (parent.empty()) return;
  std::error_code error;
  std::filesystem::create_directories(parent, error);
  if (error) {
    throw DatabaseError("Cannot create directory " + parent.string() + " for the SQLite database: " +
                        error.message());
  }
}

}  // namespace

SqliteDatabase::SqliteDatabase(const std::string& path, int pool_size)
    : path_(path),
      pool_(path == kMemoryPath ? 1 : pool_size, [path] { return std::make_unique<SqliteConnection>(path); }) {
  if (path.empty()) throw DatabaseError("SQLite URL has no path: use sqlite:PATH");
  CreateParentDirectory(path);
  pool_.Warm();
}

SqliteDatabase::Pool::Lease SqliteDatabase::Checkout() {
  auto lease = pool_.Acquire();
  // A connection only comes back mid-transaction if a rollback failed; start clean.
  if (lease->InTransaction() && !lease->TryRollback()) {
    lease.Discard();
    lease = pool_.Acquire();
  }
  return lease;
}

std::unique_ptr<Transaction> SqliteDatabase::Begin(TxMode mode) {
  // BEGIN IMMEDIATE takes the write lock up front, so writers queue instead of deadlocking.
  return std::make_unique<PooledTransaction<SqliteConnection>>(
      Checkout(), mode == TxMode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN", Dialect::kSqlite, AfterFailedRollback::kDiscard);
}

void SqliteDatabase::ExecuteScript(std::string_view sql) {
  auto lease = Checkout();
  try {
    lease->ExecuteScript(sql);
  } catch (...) {
    // A script that opened its own BEGIN and failed midway must not leave it open.
    if (!lease->TryRollback()) lease.Discard();
    throw;
  }
}

}  // namespace alongside::db
