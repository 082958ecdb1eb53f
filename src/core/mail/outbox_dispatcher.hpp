#pragma once

#include <string>

#include "core/mail/email.hpp"

namespace alongside {

/// Moves emails from the outbox to an EmailSender. Run periodically by the app.
class OutboxDispatcher {
 public:
  OutboxDispatcher(db::Database& database, OutboxRepository& outbox, EmailSender& sender,
                   const Clock& clock, std::string claimant)
      : database_(database), outbox_(outbox), sender_(sender), clock_(clock), claimant_(std::move(claimant)) {}

  /// Sends what is waiting; returns how many were sent.
  int RunOnce(int limit = 20);

 private:
  db::Database& database_;
  OutboxRepository& outbox_;
  EmailSender& sender_;
  const Clock& clock_;
  std::string claimant_;
};

}  // namespace alongside
