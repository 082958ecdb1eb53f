#pragma once

#include "core/mail/email.hpp"

namespace alongside::storage {

class SqlOutboxRepository final : public OutboxRepository {
 public:
  void Enqueue(db::Transaction& tx, const Email& email) override;
  std::vector<Email> Claim(db::Transaction& tx, const std::string& claimant, Millis now, Millis stale_before,
                           int limit) override;
  void MarkSent(db::Transaction& tx, const std::string& id, Millis at) override;
  void MarkFailed(db::Transaction& tx, const std::string& id, const std::string& error) override;
  std::vector<Email> Latest(db::Transaction& tx, int limit) override;
};

}  // namespace alongside::storage
