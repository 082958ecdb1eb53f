#include "storage/mail/sql_outbox_repository.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kEnqueue =
    "INSERT INTO outbox (id, to_address, subject, body, created_at) VALUES ($1, $2, $3, $4, $5)";
/// Marks a batch as claimed by this sender; a claim older than $3 is considered abandoned.
/// The conditions are repeated outside the subquery: on PostgreSQL a second sender that
/// waited for the first one's row locks re-checks only the outer WHERE against the rows
/// as committed, so without them both senders would claim (and send) the same emails.
constexpr const char* kClaim =
    "UPDATE outbox SET claimed_by = $1, claimed_at = $2, attempts = attempts + 1 "
    "WHERE sent_at IS NULL AND attempts < 10 AND (claimed_at IS NULL OR claimed_at < $3) "
    "AND id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND attempts < 10 "
    "AND (claimed_at IS NULL OR claimed_at < $3) ORDER BY created_at LIMIT $4)";
constexpr const char* kClaimed =
    "SELECT id, to_address, subject, body, created_at, sent_at, attempts FROM outbox "
    "WHERE claimed_by = $1 AND claimed_at = $2 AND sent_at IS NULL ORDER BY created_at";
constexpr const char* kMarkSent = "UPDATE outbox SET sent_at = $2, last_error = NULL WHERE id = $1";
constexpr const char* kMarkFailed = "UPDATE outbox SET claimed_at = NULL, last_error = $2 WHERE id = $1";
constexpr const char* kLatest =
    "SELECT id, to_address, subject, body, created_at, sent_at, attempts FROM outbox "
    "ORDER BY created_at DESC, id DESC LIMIT $1";

Email ReadEmail(const db::Row& row) {
  Email e;
  e.id = row.Text(0);
  e.to = row.Text(1);
  e.subject = row.Text(2);
  e.body = row.Text(3);
  e.created_at = row.Int(4);
  e.sent_at = row.OptInt(5);
  e.attempts = static_cast<int>(row.Int(6));
  return e;
}

}  // namespace

void SqlOutboxRepository::Enqueue(db::Transaction& tx, const Email& e) {
  tx.Execute(kEnqueue, {e.id, e.to, e.subject, e.body, e.created_at});
}

std::vector<Email> SqlOutboxRepository::Claim(db::Transaction& tx, const std::string& claimant, Millis now,
                                              Millis stale_before, int limit) {
  tx.Execute(kClaim, {claimant, now, stale_before, static_cast<std::int64_t>(limit)});
  std::vector<Email> out;
  for (const auto& row : tx.Query(kClaimed, {claimant, now})) out.push_back(ReadEmail(row));
  return out;
}

void SqlOutboxRepository::MarkSent(db::Transaction& tx, const std::string& id, Millis at) {
  tx.Execute(kMarkSent, {id, at});
}

void SqlOutboxRepository::MarkFailed(db::Transaction& tx, const std::string& id, const std::string& error) {
  tx.Execute(kMarkFailed, {id, error.substr(0, 500)});
}

std::vector<Email> SqlOutboxRepository::Latest(db::Transaction& tx, int limit) {
  std::vector<Email> out;
  for (const auto& row : tx.Query(kLatest, {static_cast<std::int64_t>(limit)})) out.push_back(ReadEmail(row));
  return out;
}

}  // namespace alongside::storage
