// PostgreSQL connection: prepared-statement cache, text parameters, typed results.

#include "db/postgres_connection.hpp"

#include <charconv>
#include <memory>
#include <system_error>

#include "db/postgres_url.hpp"
#include "db/sql_snippet.hpp"

namespace alongside::db {
namespace {

// Type OIDs from the server's pg_type catalogue (stable across versions).
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kOidOid = 26;
constexpr Oid kFloat4Oid = 700;
constexpr Oid kFloat8Oid = 701;
constexpr Oid kNumericOid = 1700;

constexpr std::string_view kUniqueViolation = "23505";
constexpr std::string_view kCachedPlanChanged = "0A000";
/// Beyond this many distinct SQL texts the cache is emptied rather than grown forever.
constexpr std::size_t kMaxCachedStatements = 512;

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

void IgnoreNotice(void*, const char*) {}

std::string ParamText(const Value& value) {
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return std::to_string(*integer);
  if (const auto* real = std::get_if<double>(&value)) {
    char buffer[64];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, *real);
    return error == std::errc{} ? std::string(buffer, end) : std::to_string(*real);
  }
  return std::get<std::string>(value);
}

Value ColumnValue(const PGresult* result, int row, int col) {
  if (PQgetisnull(result, row, col) != 0) return nullptr;
  const char* text = PQgetvalue(result, row, col);
  const int length = PQgetlength(result, row, col);
  switch (PQftype(result, col)) {
    case kInt2Oid:
    case kInt4Oid:
    case kInt8Oid:
    case kOidOid: {
      std::int64_t integer = 0;
      auto [end, error] = std::from_chars(text, text + length, integer);
      if (error == std::errc{} && end == text + length) return integer;
      break;
    }
    case kBoolOid:
      return static_cast<std::int64_t>(length > 0 && text[0] == 't' ? 1 : 0);
    case kFloat4Oid:
    case kFloat8Oid:
    case kNumericOid: {
      double real = 0;
      auto [end, error] = std::from_chars(text, text + length, real);
      if (error == std::errc{} && end == text + length) return real;
      break;
    }
    default:
      break;
  }
  return std::string(text, length);
}

}  // namespace

PostgresConnection::PostgresConnection(const std::string& url, std::string redacted_url)
    : redacted_url_(std::move(redacted_url)), password_(PostgresUrlPassword(url)) {
  conn_ = PQconnectdb(url.c_str());
  if (conn_ == nullptr) throw DatabaseError("Cannot connect to PostgreSQL at " + redacted_url_ + ": out of memory");
  if (PQstatus(conn_) != CONNECTION_OK) {
    std::string message = StripSecret(PQerrorMessage(conn_), password_);
    PQfinish(conn_);
    conn_ = nullptr;
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    throw DatabaseError("Cannot connect to PostgreSQL at " + redacted_url_ + ": " + message);
  }
  PQsetNoticeProcessor(conn_, IgnoreNotice, nullptr);
  PQsetClientEncoding(conn_, "UTF8");
}

PostgresConnection::~PostgresConnection() {
  if (conn_ != nullptr) PQfinish(conn_);
}

bool PostgresConnection::InTransaction() const {
  return PQtransactionStatus(conn_) != PQTRANS_IDLE;
}

bool PostgresConnection::TryRollback() noexcept {
  if (PQstatus(conn_) != CONNECTION_OK) return false;
  if (InTransaction()) PQclear(PQexec(conn_, "ROLLBACK"));
  return PQstatus(conn_) == CONNECTION_OK && PQtransactionStatus(conn_) == PQTRANS_IDLE;
}

void PostgresConnection::MakeReady() {
  if (PQstatus(conn_) == CONNECTION_OK && TryRollback()) return;
  PQreset(conn_);
  statements_.clear();  // the new session has none of the old prepared statements
  if (PQstatus(conn_) != CONNECTION_OK) {
    std::string message = StripSecret(PQerrorMessage(conn_), password_);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    throw DatabaseError("Lost the connection to PostgreSQL at " + redacted_url_ + ": " + message);
  }
  PQsetClientEncoding(conn_, "UTF8");
}

void PostgresConnection::Fail(PGresult* result, std::string_view what, std::string_view sql) {
  // Only the primary message: DETAIL would quote the offending values (personal data).
  const char* primary = result != nullptr ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string message = primary != nullptr ? primary : PQerrorMessage(conn_);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  message = std::string(what) + ": " + StripSecret(message, password_);
  if (state != nullptr) message += std::string(" (SQLSTATE ") + state + ")";
  message += " [" + SqlSnippet(sql) + "]";
  if (state != nullptr && std::string_view(state) == kUniqueViolation) throw UniqueViolation(message);
  throw DatabaseError(message);
}

const std::string& PostgresConnection::Prepare(std::string_view sql) {
  std::string key(sql);
  if (auto found = statements_.find(key); found != statements_.end()) return found->second;
  if (statements_.size() >= kMaxCachedStatements) {
    // Names are never reused, so forgetting them is safe; DEALLOCATE ALL frees the server side.
    if (!InTransaction()) PQclear(PQexec(conn_, "DEALLOCATE ALL"));
    statements_.clear();
  }
  std::string name = "alongside_" + std::to_string(++next_statement_);
  Result result(PQprepare(conn_, name.c_str(), key.c_str(), 0, nullptr));
  if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) Fail(result.get(), "PostgreSQL prepare failed", sql);
  return statements_.emplace(std::move(key), std::move(name)).first->second;
}

std::int64_t PostgresConnection::Run(std::string_view sql, const Params& params, std::vector<Row>* rows) {
  const std::string& name = Prepare(sql);
  std::vector<std::string> texts;
  texts.reserve(params.size());
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const Value& value : params) {
    if (std::holds_alternative<std::nullptr_t>(value)) {
      texts.emplace_back();
      values.push_back(nullptr);
    } else {
      texts.push_back(ParamText(value));
      values.push_back(texts.back().c_str());
    }
  }
  Result result(PQexecPrepared(conn_, name.c_str(), static_cast<int>(values.size()), values.data(), nullptr,
                               nullptr, 0));
  const ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    const char* state = PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
    // After DDL the cached plan may describe old columns: forget it so the next call re-prepares.
    if (state != nullptr && std::string_view(state) == kCachedPlanChanged) statements_.erase(std::string(sql));
    Fail(result.get(), "PostgreSQL statement failed", sql);
  }
  if (status == PGRES_TUPLES_OK && rows != nullptr) {
    const int row_count = PQntuples(result.get());
    const int columns = PQnfields(result.get());
    rows->reserve(rows->size() + row_count);
    for (int row = 0; row < row_count; ++row) {
      std::vector<Value> row_values;
      row_values.reserve(columns);
      for (int col = 0; col < columns; ++col) row_values.push_back(ColumnValue(result.get(), row, col));
      rows->emplace_back(std::move(row_values));
    }
  }
  const std::string_view tag = PQcmdStatus(result.get());
  if (tag.starts_with("SELECT")) return 0;
  std::int64_t changed = 0;
  const std::string_view count = PQcmdTuples(result.get());
  std::from_chars(count.data(), count.data() + count.size(), changed);
  return changed;
}

void PostgresConnection::ExecuteScript(std::string_view sql) {
  const std::string script(sql);
  Result result(PQexec(conn_, script.c_str()));
  const ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
    Fail(result.get(), "PostgreSQL script failed", sql);
  }
}

}  // namespace alongside::db
