#pragma once
/// A person's own account: registration with email verification, forgotten and changed
/// passwords. Nothing here reveals whether an email address has an account.

#include <string>

#include "core/accounts/account_repositories.hpp"
#include "core/accounts/account_settings.hpp"
#include "core/accounts/password.hpp"
#include "core/audit/audit_log.hpp"
#include "core/mail/email.hpp"

namespace alongside {

struct Registration {
  std::string name;
  std::string email;
  std::string password;
  std::string password_confirm;
};

struct PasswordChange {
  std::string current_password;
  std::string new_password;
  std::string new_password_confirm;
};

class AccountService {
 public:
  AccountService(db::Database& database, UserRepository& users, SessionRepository& sessions,
                 EmailTokenRepository& tokens, OutboxRepository& outbox, AuditLog& audit,
                 const PasswordHasher& hasher, const PasswordRules& rules, const Clock& clock,
                 AccountSettings settings)
      : database_(database), users_(users), sessions_(sessions), tokens_(tokens), outbox_(outbox),
        audit_(audit), hasher_(hasher), rules_(rules), clock_(clock), settings_(std::move(settings)) {}

  /// Creates a community member account and emails a verification link. When the address
  /// is already registered, emails that account instead and behaves the same way.
  /// Throws Invalid with a message at each bad field.
  void Register(const Registration& input, const std::string& request_id);
  /// Throws Invalid{"token"} when the link is unknown, used or expired.
  void VerifyEmail(const std::string& token, const std::string& request_id);
  /// Emails a reset link if the address has an account; silent either way.
  void RequestPasswordReset(const std::string& email, const std::string& request_id);
  /// Sets a new password from a reset link, marks the email verified (the link proves it)
  /// and signs the person out everywhere.
  void ResetPassword(const std::string& token, const std::string& password,
                     const std::string& password_confirm, const std::string& request_id);
  /// Whether a reset link is still usable (to show the form or an expiry message).
  bool ResetLinkValid(const std::string& token);
  /// Checks the current password; signs out every other session.
  void ChangePassword(const Actor& actor, const PasswordChange& input);
  User Me(const Actor& actor);

  /// Used by administrators creating an account: a link to set a first password.
  void SendInvitation(db::Transaction& tx, const User& user, const std::string& inviter_name);

 private:
  std::string IssueToken(db::Transaction& tx, const std::string& user_id, const std::string& purpose, Millis lifetime);
  void QueueEmail(db::Transaction& tx, const std::string& to, const std::string& subject, const std::string& body);
  void ValidateNewPassword(Validation& v, const std::string& field, const std::string& password,
                           const std::string& confirm_field, const std::string& confirm, const std::string& email) const;

  db::Database& database_;
  UserRepository& users_;
  SessionRepository& sessions_;
  EmailTokenRepository& tokens_;
  OutboxRepository& outbox_;
  AuditLog& audit_;
  const PasswordHasher& hasher_;
  const PasswordRules& rules_;
  const Clock& clock_;
  AccountSettings settings_;
};

/// Rules for a person's name as typed in a form.
/// Whose name a form asks for, so the message speaks to the right person.
enum class NameOf { kSelf, kSomeoneElse };
void ValidatePersonName(Validation& v, const std::string& field, const std::string& name, NameOf whose = NameOf::kSelf);

}  // namespace alongside
