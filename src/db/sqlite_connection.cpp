// SQLite connection: pragmas, statement cache, $N binding, typed results.

#include "db/sqlite_connection.hpp"

#include <charconv>
#include <system_error>

#include "db/sql_snippet.hpp"

namespace alongside::db {
namespace {

/// Beyond this many distinct SQL texts the cache is emptied rather than grown forever.
constexpr std::size_t kMaxCachedStatements = 512;
constexpr int kBusyTimeoutMs = 5000;

/// Reads "$N" into N; returns 0 for anything else.
std::size_t PlaceholderNumber(const char* name) {
  if (name == nullptr || name[0] != '$') return 0;
  std::string_view digits(name + 1);
  std::size_t number = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
  if (error != std::errc{} || end != digits.data() + digits.size()) return 0;
  return number;
}

/// Resets a cached statement after use so it holds no locks and no bound values.
class ResetOnExit {
 public:
  explicit ResetOnExit(sqlite3_stmt* statement) : statement_(statement) {}
  ~ResetOnExit() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
  }
  ResetOnExit(const ResetOnExit&) = delete;
  ResetOnExit& operator=(const ResetOnExit&) = delete;

 private:
  sqlite3_stmt* statement_;
};

Value ColumnValue(sqlite3_stmt* statement, int col) {
  switch (sqlite3_column_type(statement, col)) {
    case SQLITE_NULL:
      return nullptr;
    case SQLITE_INTEGER:
      return static_cast<std::int64_t>(sqlite3_column_int64(statement, col));
    case SQLITE_FLOAT:
      return sqlite3_column_double(statement, col);
    case SQLITE_BLOB: {
      const void* data = sqlite3_column_blob(statement, col);
      const int size = sqlite3_column_bytes(statement, col);
      return data == nullptr ? std::string() : std::string(static_cast<const char*>(data), size);
    }
    default: {
      const unsigned char* data = sqlite3_column_text(statement, col);
      const int size = sqlite3_column_bytes(statement, col);
      return data == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(data), size);
    }
  }
}

}  // namespace

SqliteConnection::SqliteConnection(const std::string& path) {
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  const int code = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (code != SQLITE_OK) {
    std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw DatabaseError("Cannot open SQLite database " + path + ": " + message);
  }
  try {
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    // Reads go through a memory map of the file (shared by every connection and by the OS
    // page cache) and a 16 MiB page cache per connection: with the default 2 MiB cache a
    // search over 100,000 families spent most of its time copying pages in from the OS.
    if (path != ":memory:") ExecuteScript("PRAGMA journal_mode=WAL; PRAGMA mmap_size=1073741824");
    ExecuteScript("PRAGMA cache_size=-16384");
    ExecuteScript("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL");
  } catch (...) {
    sqlite3_close_v2(db_);
    throw;
  }
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
  sqlite3_close_v2(db_);
}

bool SqliteConnection::InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

bool SqliteConnection::TryRollback() noexcept {
  if (InTransaction()) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  return !InTransaction();
}

void SqliteConnection::Fail(std::string_view what, std::string_view sql) const {
  const int code = sqlite3_extended_errcode(db_);
  std::string message = std::string(what) + ": " + sqlite3_errmsg(db_) + " [" + SqlSnippet(sql) + "]";
  if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY) {
    throw UniqueViolation(message);
  }
  throw DatabaseError(message);
}

sqlite3_stmt* SqliteConnection::Prepare(std::string_view sql) {
  std::string key(sql);
  if (auto found = statements_.find(key); found != statements_.end()) return found->second;

  sqlite3_stmt* statement = nullptr;
  const char* tail = nullptr;
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &statement, &tail) != SQLITE_OK) {
    Fail("SQLite prepare failed", sql);
  }
  if (statement == nullptr) throw DatabaseError("SQLite: empty statement [" + SqlSnippet(sql) + "]");
  for (const char* rest = tail; rest != nullptr && rest < sql.data() + sql.size(); ++rest) {
    if (*rest != ';' && *rest != ' ' && *rest != '\n' && *rest != '\r' && *rest != '\t') {
      sqlite3_finalize(statement);
      throw DatabaseError("SQLite: one statement per call; use ExecuteScript for scripts [" +
                          SqlSnippet(sql) + "]");
    }
  }
  if (statements_.size() >= kMaxCachedStatements) {
    for (auto& [old_sql, old_statement] : statements_) sqlite3_finalize(old_statement);
    statements_.clear();
  }
  statements_.emplace(std::move(key), statement);
  return statement;
}

void SqliteConnection::Bind(sqlite3_stmt* statement, const Params& params, std::string_view sql) {
  const int count = sqlite3_bind_parameter_count(statement);
  std::size_t highest = 0;
  for (int index = 1; index <= count; ++index) {
    const std::size_t number = PlaceholderNumber(sqlite3_bind_parameter_name(statement, index));
    if (number == 0 || number > params.size()) {
      throw DatabaseError("SQL placeholders must be $1..$" + std::to_string(params.size()) +
                          " to match the parameters given [" + SqlSnippet(sql) + "]");
    }
    if (number > highest) highest = number;
    const Value& value = params[number - 1];
    int code = SQLITE_OK;
    if (const auto* integer = std::get_if<std::int64_t>(&value)) {
      code = sqlite3_bind_int64(statement, index, *integer);
    } else if (const auto* real = std::get_if<double>(&value)) {
      code = sqlite3_bind_double(statement, index, *real);
    } else if (const auto* text = std::get_if<std::string>(&value)) {
      // SQLITE_STATIC is safe: bindings are cleared before `params` can go away.
      code = sqlite3_bind_text64(statement, index, text->data(), text->size(), SQLITE_STATIC, SQLITE_UTF8);
    } else {
      code = sqlite3_bind_null(statement, index);
    }
    if (code != SQLITE_OK) Fail("SQLite bind failed", sql);
  }
  if (highest != params.size()) {
    throw DatabaseError(std::to_string(params.size()) + " parameters given but the SQL uses $1..$" +
                        std::to_string(highest) + " [" + SqlSnippet(sql) + "]");
  }
}

std::int64_t SqliteConnection::Run(std::string_view sql, const Params& params, std::vector<Row>* rows) {
  sqlite3_stmt* statement = Prepare(sql);
  ResetOnExit reset(statement);
  Bind(statement, params, sql);
  const int columns = sqlite3_column_count(statement);
  const sqlite3_int64 changes_before = sqlite3_total_changes64(db_);
  while (true) {
    const int code = sqlite3_step(statement);
    if (code == SQLITE_DONE) break;
    if (code != SQLITE_ROW) Fail("SQLite statement failed", sql);
    if (rows == nullptr) continue;
    std::vector<Value> values;
    values.reserve(columns);
    for (int col = 0; col < columns; ++col) values.push_back(ColumnValue(statement, col));
    rows->emplace_back(std::move(values));
  }
  // sqlite3_changes64 keeps the last DML count across DDL and reads, so only trust it
  // when this statement changed something.
  if (sqlite3_stmt_readonly(statement) != 0 || sqlite3_total_changes64(db_) == changes_before) return 0;
  return sqlite3_changes64(db_);
}

void SqliteConnection::ExecuteScript(std::string_view sql) {
  const std::string script(sql);
  char* error = nullptr;
  if (sqlite3_exec(db_, script.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    sqlite3_free(error);  // sqlite3_errmsg(db_) carries the same text
    Fail("SQLite script failed", sql);
  }
}

}  // namespace alongside::db
