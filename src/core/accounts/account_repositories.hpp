#pragma once
/// Storage ports for accounts; implemented in storage/accounts/.

#include <optional>
#include <string>
#include <vector>

#include "core/access/policy.hpp"
#include "core/accounts/user.hpp"
#include "core/common/page.hpp"
#include "db/database.hpp"

namespace alongside {

struct UserFilter {
  std::string query;            ///< part of a name or email
  std::string organisation_id;  ///< only people with a role there
  std::string role;             ///< RoleCode
  PageRequest page;
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  /// Throws db::UniqueViolation when the email is taken.
  virtual void Insert(db::Transaction& tx, const User& user) = 0;
  virtual std::optional<User> FindById(db::Transaction& tx, const std::string& id) = 0;
  virtual std::optional<User> FindByEmail(db::Transaction& tx, const std::string& email) = 0;
  virtual void UpdateName(db::Transaction& tx, const std::string& id, const std::string& name) = 0;
  virtual void SetPassword(db::Transaction& tx, const std::string& id, const std::string& hash) = 0;
  virtual void MarkVerified(db::Transaction& tx, const std::string& id, Millis at) = 0;
  virtual void SetDisabled(db::Transaction& tx, const std::string& id, std::optional<Millis> at) = 0;
  /// Throws db::UniqueViolation when the same role is already held there.
  virtual void AddGrant(db::Transaction& tx, const std::string& user_id, const RoleGrant& grant, Millis at) = 0;
  virtual void RemoveGrant(db::Transaction& tx, const std::string& user_id, const std::string& grant_id) = 0;
  /// Ordered by name; the scope restricts to people with a role in those organisations/areas.
  virtual Page<User> List(db::Transaction& tx, const UserFilter& filter, const ListScope& scope) = 0;
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual void Insert(db::Transaction& tx, const Session& session) = 0;
  virtual std::optional<Session> FindByTokenHash(db::Transaction& tx, const std::string& token_hash) = 0;
  virtual void Touch(db::Transaction& tx, const std::string& id, Millis at) = 0;
  virtual void Revoke(db::Transaction& tx, const std::string& id, Millis at) = 0;
  /// Revokes every live session of the user except `keep_id` (may be empty).
  virtual void RevokeAllForUser(db::Transaction& tx, const std::string& user_id,
                                const std::string& keep_id, Millis at) = 0;
  /// Live API tokens of a user, newest first.
  virtual std::vector<Session> ListApiTokens(db::Transaction& tx, const std::string& user_id) = 0;
  virtual std::optional<Session> FindById(db::Transaction& tx, const std::string& id) = 0;
  /// Deletes sessions expired or revoked before `before`; returns how many.
  virtual std::int64_t DeleteExpired(db::Transaction& tx, Millis before) = 0;
};

class EmailTokenRepository {
 public:
  virtual ~EmailTokenRepository() = default;
  virtual void Insert(db::Transaction& tx, const EmailToken& token) = 0;
  virtual std::optional<EmailToken> FindByHash(db::Transaction& tx, const std::string& token_hash) = 0;
  virtual void MarkUsed(db::Transaction& tx, const std::string& id, Millis at) = 0;
};

/// Failed sign-in attempts, keyed by a hash of the email typed (so unknown addresses are
/// throttled exactly like known ones) and by the client address.
class SignInThrottleRepository {
 public:
  virtual ~SignInThrottleRepository() = default;
  virtual void RecordFailure(db::Transaction& tx, const std::string& email_hash,
                             const std::string& address, Millis at) = 0;
  virtual std::int64_t FailuresForEmail(db::Transaction& tx, const std::string& email_hash, Millis since) = 0;
  virtual std::int64_t FailuresFromAddress(db::Transaction& tx, const std::string& address, Millis since) = 0;
  virtual std::int64_t DeleteBefore(db::Transaction& tx, Millis before) = 0;
};

}  // namespace alongside
