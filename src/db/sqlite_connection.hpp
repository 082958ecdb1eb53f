#pragma once
/// One SQLite connection with its own prepared-statement cache. Used by one thread at a
/// time (the pool guarantees it), so it is opened without SQLite's internal mutex.

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "db/database.hpp"

namespace alongside::db {

class SqliteConnection {
 public:
  /// Opens `path` (":memory:" for a private in-memory database) and applies the pragmas
  /// case data needs: WAL (files only), foreign_keys=ON, busy_timeout=5000, synchronous=FULL.
  explicit SqliteConnection(const std::string& path);
  ~SqliteConnection();
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  /// Runs one statement with `$1..$n` placeholders bound from `params` (the highest
  /// placeholder must equal params.size()). Appends result rows to `rows` when given.
  /// Returns the number of rows changed (0 for a read-only statement).
  std::int64_t Run(std::string_view sql, const Params& params, std::vector<Row>* rows);

  /// Runs a multi-statement script without parameters.
  void ExecuteScript(std::string_view sql);

  /// True while a BEGIN is open on this connection.
  bool InTransaction() const;

  /// Rolls back an open transaction; never throws. Returns false if one is still open.
  bool TryRollback() noexcept;

 private:
  sqlite3_stmt* Prepare(std::string_view sql);
  void Bind(sqlite3_stmt* statement, const Params& params, std::string_view sql);
  [[noreturn]] void Fail(std::string_view what, std::string_view sql) const;

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace alongside::db
