#pragma once

#include "core/accounts/account_repositories.hpp"

namespace alongside::storage {

class SqlSessionRepository final : public SessionRepository {
 public:
  void Insert(db::Transaction& tx, const Session& session) override;
  std::optional<Session> FindByTokenHash(db::Transaction& tx, const std::string& token_hash) override;
  void Touch(db::Transaction& tx, const std::string& id, Millis at) override;
  void Revoke(db::Transaction& tx, const std::string& id, Millis at) override;
  void RevokeAllForUser(db::Transaction& tx, const std::string& user_id, const std::string& keep_id,
                        Millis at) override;
  std::vector<Session> ListApiTokens(db::Transaction& tx, const std::string& user_id) override;
  std::optional<Session> FindById(db::Transaction& tx, const std::string& id) override;
  std::int64_t DeleteExpired(db::Transaction& tx, Millis before) override;
};

class SqlEmailTokenRepository final : public EmailTokenRepository {
 public:
  void Insert(db::Transaction& tx, const EmailToken& token) override;
  std::optional<EmailToken> FindByHash(db::Transaction& tx, const std::string& token_hash) override;
  void MarkUsed(db::Transaction& tx, const std::string& id, Millis at) override;
};

class SqlSignInThrottleRepository final : public SignInThrottleRepository {
 public:
  void RecordFailure(db::Transaction& tx, const std::string& email_hash, const std::string& address,
                     Millis at) override;
  std::int64_t FailuresForEmail(db::Transaction& tx, const std::string& email_hash, Millis since) override;
  std::int64_t FailuresFromAddress(db::Transaction& tx, const std::string& address, Millis since) override;
  std::int64_t DeleteBefore(db::Transaction& tx, Millis before) override;
};

}  // namespace alongside::storage
