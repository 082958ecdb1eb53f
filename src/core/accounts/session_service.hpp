#pragma once
/// Signing in and out, recognising a session or API token on each request, and API tokens.
/// Failure messages never say whether an account exists.

#include <optional>
#include <string>
#include <vector>

#include "core/accounts/account_repositories.hpp"
#include "core/accounts/account_settings.hpp"
#include "core/accounts/password.hpp"
#include "core/audit/audit_log.hpp"

namespace alongside {

/// Shown for every failed sign-in, whatever the reason.
inline constexpr const char* kSignInFailedMessage = "Enter a correct email address and password";

struct SignInResult {
  Session session;
  std::string token;  ///< the secret, shown to the client once and never stored
  User user;
};

struct Authenticated {
  Actor actor;
  Session session;
};

class SessionService {
 public:
  SessionService(db::Database& database, UserRepository& users, SessionRepository& sessions,
                 SignInThrottleRepository& throttle, AuditLog& audit, const PasswordHasher& hasher,
                 const Clock& clock, AccountSettings settings)
      : database_(database), users_(users), sessions_(sessions), throttle_(throttle), audit_(audit),
        hasher_(hasher), clock_(clock), settings_(std::move(settings)) {}

  /// Throws Invalid for empty fields, TooManyRequests when throttled, Unauthorized otherwise.
  SignInResult SignIn(const std::string& email, const std::string& password,
                      const std::string& address, const std::string& request_id);
  /// Revokes the session the actor is using.
  void SignOut(const Actor& actor);
  /// The person behind a session or API token, or nullopt when it is unknown, revoked,
  /// idle too long, past its absolute lifetime, or the account is disabled.
  std::optional<Authenticated> Authenticate(const std::string& token, const std::string& request_id);

  /// A long-lived bearer token for integrations; the secret is returned once.
  std::pair<Session, std::string> CreateApiToken(const Actor& actor, const std::string& label);
  std::vector<Session> ListApiTokens(const Actor& actor);
  void RevokeApiToken(const Actor& actor, const std::string& token_id);

 private:
  Actor ActorFor(const User& user, const Session& session, const std::string& request_id) const;
  db::Database& database_;
  UserRepository& users_;
  SessionRepository& sessions_;
  SignInThrottleRepository& throttle_;
  AuditLog& audit_;
  const PasswordHasher& hasher_;
  const Clock& clock_;
  AccountSettings settings_;
};

}  // namespace alongside
