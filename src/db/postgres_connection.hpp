#pragma once
/// One libpq connection with its own cache of server-side prepared statements (one per
/// distinct SQL text). Used by one thread at a time; the pool guarantees it.

#include <libpq-fe.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "db/database.hpp"

namespace alongside::db {

class PostgresConnection {
 public:
  /// Connects to `url`. Errors name the server by `redacted_url` and never carry the password.
  PostgresConnection(const std::string& url, std::string redacted_url);
  ~PostgresConnection();
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  /// Before lending the connection out: reconnects a broken connection (PQreset, which
  /// also forgets every prepared statement) and rolls back a transaction left open.
  /// Throws DatabaseError when the server cannot be reached.
  void MakeReady();

  /// Runs one statement with `$1..$n` placeholders; parameters travel as text
  /// (int64 as decimal, double in shortest round-trip form, nullptr as NULL) and the
  /// server infers their types from the SQL. Appends rows to `rows` when given.
  /// Returns the number of rows changed (0 for a SELECT).
  std::int64_t Run(std::string_view sql, const Params& params, std::vector<Row>* rows);

  /// Runs a multi-statement script without parameters (PQexec).
  void ExecuteScript(std::string_view sql);

  /// True while a transaction block is open (or failed and awaiting ROLLBACK).
  bool InTransaction() const;

  /// Rolls back an open transaction; never throws. Returns false if the connection is
  /// broken or still inside a transaction afterwards.
  bool TryRollback() noexcept;

 private:
  const std::string& Prepare(std::string_view sql);
  [[noreturn]] void Fail(PGresult* result, std::string_view what, std::string_view sql);

  PGconn* conn_ = nullptr;
  std::string redacted_url_;
  std::string password_;
  std::unordered_map<std::string, std::string> statements_;  ///< SQL text -> statement name
  std::uint64_t next_statement_ = 0;
};

}  // namespace alongside::db
