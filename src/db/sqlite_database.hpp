#pragma once
/// The SQLite backend: "sqlite:PATH". Every pooled connection opens the same file in WAL
/// mode, so readers never block the single writer; writers queue on BEGIN IMMEDIATE and
/// the busy timeout. ":memory:" gets a pool of one, because every connection to
/// ":memory:" would be a separate, empty database.

#include <memory>
#include <string>

#include "db/connection_pool.hpp"
#include "db/database.hpp"
#include "db/sqlite_connection.hpp"

namespace alongside::db {

class SqliteDatabase : public Database {
 public:
  /// `path` without the "sqlite:" prefix. Creates the parent directory if missing and
  /// opens one connection at once, so a bad path fails here.
  SqliteDatabase(const std::string& path, int pool_size);

  std::unique_ptr<Transaction> Begin(TxMode mode = TxMode::kWrite) override;
  void ExecuteScript(std::string_view sql) override;
  Dialect dialect() const override { return Dialect::kSqlite; }
  PoolStats Stats() const override { return pool_.Stats(); }

  const std::string& path() const { return path_; }

 private:
  using Pool = ConnectionPool<SqliteConnection>;
  Pool::Lease Checkout();

  std::string path_;
  Pool pool_;
};

}  // namespace alongside::db
