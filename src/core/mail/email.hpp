#pragma once
/// Emails are written to an outbox table in the same transaction as the change that
/// causes them, and sent later by a swappable EmailSender, so a failed send never loses
/// an email and never rolls back a registration.

#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "db/database.hpp"

namespace alongside {

struct Email {
  std::string id;
  std::string to;
  std::string subject;
  std::string body;  ///< plain text
  Millis created_at = 0;
  std::optional<Millis> sent_at;
  int attempts = 0;
};

class OutboxRepository {
 public:
  virtual ~OutboxRepository() = default;
  virtual void Enqueue(db::Transaction& tx, const Email& email) = 0;
  /// Claims up to `limit` unsent emails for this sender (claims older than `stale_before`
  /// are taken over), so several servers never send the same email twice at once.
  virtual std::vector<Email> Claim(db::Transaction& tx, const std::string& claimant, Millis now,
                                   Millis stale_before, int limit) = 0;
  virtual void MarkSent(db::Transaction& tx, const std::string& id, Millis at) = 0;
  virtual void MarkFailed(db::Transaction& tx, const std::string& id, const std::string& error) = 0;
  /// Newest first; for tests and the development outbox page.
  virtual std::vector<Email> Latest(db::Transaction& tx, int limit) = 0;
};

/// Delivers one email; throws on failure (the email stays in the outbox for a retry).
class EmailSender {
 public:
  virtual ~EmailSender() = default;
  virtual void Send(const Email& email) = 0;
};

}  // namespace alongside
