// SQLite backend: pool of connections to one file, transactions over them.

#include "db/sqlite_database.hpp"

#include <filesystem>
#include <system_error>

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

class SqliteTransaction : public Transaction {
 public:
  SqliteTransaction(ConnectionPool<SqliteConnection>::Lease lease, TxMode mode) : lease_(std::move(lease)) {
    lease_->Run(mode == TxMode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN", {}, nullptr);
  }

  ~SqliteTransaction() override {
    if (!lease_) return;
    if (!lease_->TryRollback()) lease_.Discard();
  }

  std::vector<Row> Query(std::string_view sql, const Params& params) override {
    std::vector<Row> rows;
    Active().Run(sql, params, &rows);
    return rows;
  }

  std::int64_t Execute(std::string_view sql, const Params& params) override {
    return Active().Run(sql, params, nullptr);
  }

  void ExecuteScript(std::string_view sql) override { Active().ExecuteScript(sql); }

  void Commit() override {
    SqliteConnection& connection = Active();
    try {
      connection.Run("COMMIT", {}, nullptr);
    } catch (...) {
      if (!connection.TryRollback()) lease_.Discard();
      lease_.Release();
      throw;
    }
    lease_.Release();
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

 private:
  SqliteConnection& Active() {
    if (!lease_) throw DatabaseError("Transaction used after Commit");
    return *lease_;
  }

  ConnectionPool<SqliteConnection>::Lease lease_;
};

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
  return std::make_unique<SqliteTransaction>(Checkout(), mode);
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
