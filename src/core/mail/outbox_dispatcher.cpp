#include "core/mail/outbox_dispatcher.hpp"

#include <exception>

namespace alongside {

int OutboxDispatcher::RunOnce(int limit) {
  std::vector<Email> claimed;
  {
    auto tx = database_.Begin();
    const Millis now = clock_.Now();
    claimed = outbox_.Claim(*tx, claimant_, now, now - 5 * kMinute, limit);
    tx->Commit();
  }
  int sent = 0;
  for (const auto& email : claimed) {
    try {
      sender_.Send(email);
      auto tx = database_.Begin();
      outbox_.MarkSent(*tx, email.id, clock_.Now());
      tx->Commit();
      ++sent;
    } catch (const std::exception& error) {
      auto tx = database_.Begin();
      outbox_.MarkFailed(*tx, email.id, error.what());
      tx->Commit();
    }
  }
  return sent;
}

}  // namespace alongside
