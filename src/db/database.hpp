#pragma once
/// The one small database interface that every repository uses.
/// SQL is written once with $1..$n placeholders and runs unchanged on SQLite and
/// PostgreSQL; values are always bound, never spliced into the text.

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace alongside::db {

enum class Dialect { kSqlite, kPostgres };

/// A bound parameter or a column value. Booleans are stored as integers 0/1.
using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;
using Params = std::vector<Value>;

/// Raised for any failure inside the database layer. `what()` is for the log only:
/// it may contain SQL, never user data, and is never shown to a user.
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A UNIQUE constraint was violated; services turn this into a Conflict.
class UniqueViolation : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

/// One result row, materialised; columns are addressed by position.
class Row {
 public:
  Row() = default;
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}

  std::size_t size() const { return values_.size(); }
  bool IsNull(std::size_t col) const;
  /// NULL reads as 0; a real is truncated toward zero; text must hold a number.
  /// Throws DatabaseError when the value cannot be converted.
  std::int64_t Int(std::size_t col) const;
  /// NULL reads as 0.0; an integer widens; text must hold a number.
  double Real(std::size_t col) const;
  /// NULL reads as ""; numbers are formatted (reals in shortest round-trip form).
  std::string Text(std::size_t col) const;
  bool Bool(std::size_t col) const { return Int(col) != 0; }
  std::optional<std::string> OptText(std::size_t col) const;
  std::optional<std::int64_t> OptInt(std::size_t col) const;
  const Value& At(std::size_t col) const { return values_.at(col); }

 private:
  std::vector<Value> values_;
};

/// A unit of work on one pooled connection. Destroying it without Commit() rolls back,
/// so an exception anywhere in a service leaves the database as it was.
class Transaction {
 public:
  virtual ~Transaction() = default;
  virtual std::vector<Row> Query(std::string_view sql, const Params& params = {}) = 0;
  /// Returns the number of rows changed.
  virtual std::int64_t Execute(std::string_view sql, const Params& params = {}) = 0;
  virtual void Commit() = 0;
  virtual Dialect dialect() const = 0;
  /// Runs a multi-statement script (no parameters) inside this transaction, so that a
  /// migration and its schema_migrations row commit or roll back together. The script
  /// must not contain BEGIN/COMMIT of its own.
  virtual void ExecuteScript(std::string_view sql) {
    throw DatabaseError("ExecuteScript is not supported by this transaction");
  }

  std::optional<Row> QueryOne(std::string_view sql, const Params& params = {}) {
    auto rows = Query(sql, params);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
  }
};

struct PoolStats {
  int size = 0;     ///< connections the pool may hold
  int in_use = 0;   ///< connections lent out right now
  std::int64_t waits = 0;  ///< times a caller had to wait for a free connection
};

enum class TxMode {
  kRead,   ///< reads only (SQLite: BEGIN DEFERRED; PostgreSQL: READ ONLY)
  kWrite,  ///< may write (SQLite: BEGIN IMMEDIATE, so writers queue instead of deadlocking)
};

/// A pool of connections to one database. Thread-safe.
class Database {
 public:
  virtual ~Database() = default;
  /// Blocks until a pooled connection is free. Never call from an I/O thread.
  virtual std::unique_ptr<Transaction> Begin(TxMode mode = TxMode::kWrite) = 0;
  /// Runs a multi-statement script (a migration) outside any pooled transaction
  /// handling of its own; the caller wraps it in BEGIN/COMMIT where the dialect allows.
  virtual void ExecuteScript(std::string_view sql) = 0;
  virtual Dialect dialect() const = 0;
  virtual PoolStats Stats() const = 0;
  /// Name shown by /healthz: "sqlite" or "postgresql".
  std::string_view name() const { return dialect() == Dialect::kSqlite ? "sqlite" : "postgresql"; }
};

/// Opens "sqlite:PATH" (":memory:" allowed for tests) or "postgresql://...".
/// Throws DatabaseError with a message fit for an operator (the password in a URL is never echoed).
std::unique_ptr<Database> Open(const std::string& url, int pool_size);

}  // namespace alongside::db
