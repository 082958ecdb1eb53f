#include "storage/accounts/sql_session_repositories.hpp"

#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kSessionColumns =
    "id, user_id, token_hash, csrf_token, kind, label, created_at, last_seen_at, expires_at, revoked_at";
constexpr const char* kInsertSession =
    "INSERT INTO sessions (id, user_id, token_hash, csrf_token, kind, label, created_at, last_seen_at, "
    "expires_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
constexpr const char* kTouch = "UPDATE sessions SET last_seen_at = $2 WHERE id = $1 AND last_seen_at < $2";
constexpr const char* kRevoke = "UPDATE sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL";
constexpr const char* kRevokeAll =
    "UPDATE sessions SET revoked_at = $3 WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL";
constexpr const char* kDeleteExpired =
    "DELETE FROM sessions WHERE expires_at < $1 OR (revoked_at IS NOT NULL AND revoked_at < $1)";

constexpr const char* kInsertEmailToken =
    "INSERT INTO email_tokens (id, user_id, purpose, token_hash, created_at, expires_at, used_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, NULL)";
constexpr const char* kFindEmailToken =
    "SELECT id, user_id, purpose, token_hash, created_at, expires_at, used_at FROM email_tokens "
    "WHERE token_hash = $1";
constexpr const char* kUseEmailToken = "UPDATE email_tokens SET used_at = $2 WHERE id = $1";

constexpr const char* kRecordFailure =
    "INSERT INTO sign_in_failures (email_hash, address, at) VALUES ($1, $2, $3)";
constexpr const char* kFailuresForEmail =
    "SELECT COUNT(*) FROM sign_in_failures WHERE email_hash = $1 AND at >= $2";
constexpr const char* kFailuresFromAddress =
    "SELECT COUNT(*) FROM sign_in_failures WHERE address = $1 AND at >= $2";
constexpr const char* kDeleteFailures = "DELETE FROM sign_in_failures WHERE at < $1";

Session ReadSession(const db::Row& row) {
  Session s;
  s.id = row.Text(0);
  s.user_id = row.Text(1);
  s.token_hash = row.Text(2);
  s.csrf_token = row.Text(3);
  s.kind = row.Text(4);
  s.label = row.Text(5);
  s.created_at = row.Int(6);
  s.last_seen_at = row.Int(7);
  s.expires_at = row.Int(8);
  s.revoked_at = row.OptInt(9);
  return s;
}

}  // namespace

void SqlSessionRepository::Insert(db::Transaction& tx, const Session& s) {
  tx.Execute(kInsertSession, {s.id, s.user_id, s.token_hash, s.csrf_token, s.kind, s.label, s.created_at,
                              s.last_seen_at, s.expires_at, OptionalMillis(s.revoked_at)});
}

std::optional<Session> SqlSessionRepository::FindByTokenHash(db::Transaction& tx, const std::string& token_hash) {
  auto row = tx.QueryOne(std::string("SELECT ") + kSessionColumns + " FROM sessions WHERE token_hash = $1",
                         {token_hash});
  if (!row) return std::nullopt;
  return ReadSession(*row);
}

std::optional<Session> SqlSessionRepository::FindById(db::Transaction& tx, const std::string& id) {
  auto row = tx.QueryOne(std::string("SELECT ") + kSessionColumns + " FROM sessions WHERE id = $1", {id});
  if (!row) return std::nullopt;
  return ReadSession(*row);
}

void SqlSessionRepository::Touch(db::Transaction& tx, const std::string& id, Millis at) {
  tx.Execute(kTouch, {id, at});
}

void SqlSessionRepository::Revoke(db::Transaction& tx, const std::string& id, Millis at) {
  tx.Execute(kRevoke, {id, at});
}

void SqlSessionRepository::RevokeAllForUser(db::Transaction& tx, const std::string& user_id,
                                            const std::string& keep_id, Millis at) {
  tx.Execute(kRevokeAll, {user_id, keep_id, at});
}

std::vector<Session> SqlSessionRepository::ListApiTokens(db::Transaction& tx, const std::string& user_id) {
  std::vector<Session> out;
  for (const auto& row : tx.Query(std::string("SELECT ") + kSessionColumns +
                                      " FROM sessions WHERE user_id = $1 AND kind = 'api_token' "
                                      "AND revoked_at IS NULL ORDER BY created_at DESC",
                                  {user_id}))
    out.push_back(ReadSession(row));
  return out;
}

std::int64_t SqlSessionRepository::DeleteExpired(db::Transaction& tx, Millis before) {
  return tx.Execute(kDeleteExpired, {before});
}

void SqlEmailTokenRepository::Insert(db::Transaction& tx, const EmailToken& t) {
  tx.Execute(kInsertEmailToken, {t.id, t.user_id, t.purpose, t.token_hash, t.created_at, t.expires_at});
}

std::optional<EmailToken> SqlEmailTokenRepository::FindByHash(db::Transaction& tx, const std::string& token_hash) {
  auto row = tx.QueryOne(kFindEmailToken, {token_hash});
  if (!row) return std::nullopt;
  EmailToken t;
  t.id = row->Text(0);
  t.user_id = row->Text(1);
  t.purpose = row->Text(2);
  t.token_hash = row->Text(3);
  t.created_at = row->Int(4);
  t.expires_at = row->Int(5);
  t.used_at = row->OptInt(6);
  return t;
}

void SqlEmailTokenRepository::MarkUsed(db::Transaction& tx, const std::string& id, Millis at) {
  tx.Execute(kUseEmailToken, {id, at});
}

void SqlSignInThrottleRepository::RecordFailure(db::Transaction& tx, const std::string& email_hash,
                                                const std::string& address, Millis at) {
  tx.Execute(kRecordFailure, {email_hash, address, at});
}

std::int64_t SqlSignInThrottleRepository::FailuresForEmail(db::Transaction& tx, const std::string& email_hash,
                                                           Millis since) {
  return tx.QueryOne(kFailuresForEmail, {email_hash, since})->Int(0);
}

std::int64_t SqlSignInThrottleRepository::FailuresFromAddress(db::Transaction& tx, const std::string& address,
                                                              Millis since) {
  return tx.QueryOne(kFailuresFromAddress, {address, since})->Int(0);
}

std::int64_t SqlSignInThrottleRepository::DeleteBefore(db::Transaction& tx, Millis before) {
  return tx.Execute(kDeleteFailures, {before});
}

}  // namespace alongside::storage
