#include "core/accounts/account_service.hpp"

#include "core/common/crypto.hpp"
#include "core/common/ids.hpp"
#include "core/common/text.hpp"

namespace alongside {
namespace {

constexpr const char* kVerifyPurpose = "verify_email";
constexpr const char* kResetPurpose = "reset_password";
constexpr const char* kBadLink = "This link has expired or has already been used. Ask for a new one.";

Actor AnonymousActor(const std::string& request_id) {
  Actor actor;
  actor.request_id = request_id;
  return actor;
}

Actor ActorOf(const User& user, const std::string& request_id) {
  Actor actor;
  actor.user_id = user.id;
  actor.name = user.name;
  actor.grants = user.grants;
  actor.request_id = request_id;
  return actor;
}

}  // namespace

void ValidatePersonName(Validation& v, const std::string& field, const std::string& name, NameOf whose) {
  const bool self = whose == NameOf::kSelf;
  if (name.empty()) v.Add(field, self ? "Enter your full name" : "Enter their full name");
  else if (CharCount(name) > 200) v.Add(field, self ? "Your name must be 200 characters or fewer" : "Their name must be 200 characters or fewer");
  else if (HasControlCharacters(name)) v.Add(field, self ? "Your name must not contain control characters" : "Their name must not contain control characters");
}

void AccountService::ValidateNewPassword(Validation& v, const std::string& field, const std::string& password,
                                         const std::string& confirm_field, const std::string& confirm,
                                         const std::string& email) const {
  if (auto problem = rules_.Check(password, email)) v.Add(field, *problem);
  else if (confirm.empty()) v.Add(confirm_field, "Confirm your password");
  else if (confirm != password) v.Add(confirm_field, "The passwords do not match");
}

std::string AccountService::IssueToken(db::Transaction& tx, const std::string& user_id,
                                       const std::string& purpose, Millis lifetime) {
  const Millis now = clock_.Now();
  std::string secret = RandomToken(32);
  EmailToken token;
  token.id = NewId(now);
  token.user_id = user_id;
  token.purpose = purpose;
  token.token_hash = Sha256Hex(secret);
  token.created_at = now;
  token.expires_at = now + lifetime;
  tokens_.Insert(tx, token);
  return secret;
}

void AccountService::QueueEmail(db::Transaction& tx, const std::string& to, const std::string& subject,
                                const std::string& body) {
  Email email;
  email.created_at = clock_.Now();
  email.id = NewId(email.created_at);
  email.to = to;
  email.subject = subject;
  email.body = body;
  outbox_.Enqueue(tx, email);
}

void AccountService::Register(const Registration& input, const std::string& request_id) {
  const std::string name = Trim(input.name);
  const std::string email = AsciiLower(Trim(input.email));
  Validation v;
  ValidatePersonName(v, "name", name);
  if (email.empty()) v.Add("email", "Enter your email address");
  else if (!LooksLikeEmail(email)) v.Add("email", "Enter an email address in the correct format, like name@example.com");
  ValidateNewPassword(v, "password", input.password, "password_confirm", input.password_confirm, email);
  v.ThrowIfAny();

  auto tx = database_.Begin();
  if (auto existing = users_.FindByEmail(*tx, email)) {
    QueueEmail(*tx, email, "Someone tried to register with your email address",
               "Hello " + existing->name + ",\n\nSomeone tried to create an Alongside account with this "
               "email address, but you already have one.\n\nIf this was you, sign in at " +
                   settings_.public_url + "/login or reset your password at " + settings_.public_url +
                   "/forgot-password.\n\nIf it was not you, you can ignore this email.\n");
    audit_.Record(*tx, AnonymousActor(request_id), "user.register_existing", "user", existing->id);
    tx->Commit();
    return;
  }
  User user;
  user.created_at = clock_.Now();
  user.id = NewId(user.created_at);
  user.email = email;
  user.name = name;
  user.password_hash = hasher_.Hash(input.password);
  RoleGrant member;
  member.role = Role::kMember;
  try {
    users_.Insert(*tx, user);
  } catch (const db::UniqueViolation&) {
    tx.reset();
    return;  // registered concurrently: the other request sent the email
  }
  member.id = NewId(user.created_at);
  users_.AddGrant(*tx, user.id, member, user.created_at);
  const auto secret = IssueToken(*tx, user.id, kVerifyPurpose, settings_.verify_link_lifetime);
  QueueEmail(*tx, email, "Confirm your email address for Alongside",
             "Hello " + name + ",\n\nConfirm your email address to finish creating your Alongside "
             "account:\n\n" + settings_.public_url + "/verify-email?token=" + secret +
                 "\n\nThe link works for 48 hours.\n");
  audit_.Record(*tx, ActorOf(user, request_id), "user.register", "user", user.id);
  tx->Commit();
}

void AccountService::VerifyEmail(const std::string& secret, const std::string& request_id) {
  const Millis now = clock_.Now();
  auto tx = database_.Begin();
  auto token = secret.empty() ? std::nullopt : tokens_.FindByHash(*tx, Sha256Hex(secret));
  if (!token || token->purpose != kVerifyPurpose || token->used_at || now >= token->expires_at)
    throw Invalid("token", kBadLink);
  tokens_.MarkUsed(*tx, token->id, now);
  users_.MarkVerified(*tx, token->user_id, now);
  Actor actor = AnonymousActor(request_id);
  actor.user_id = token->user_id;
  audit_.Record(*tx, actor, "user.verify_email", "user", token->user_id);
  tx->Commit();
}

void AccountService::RequestPasswordReset(const std::string& raw_email, const std::string& request_id) {
  const std::string email = AsciiLower(Trim(raw_email));
  Validation v;
  if (email.empty()) v.Add("email", "Enter your email address");
  else if (!LooksLikeEmail(email)) v.Add("email", "Enter an email address in the correct format, like name@example.com");
  v.ThrowIfAny();
  auto tx = database_.Begin();
  auto user = users_.FindByEmail(*tx, email);
  if (!user || user->disabled()) {
    tx->Commit();
    return;
  }
  const auto secret = IssueToken(*tx, user->id, kResetPurpose, settings_.reset_link_lifetime);
  QueueEmail(*tx, email, "Reset your Alongside password",
             "Hello " + user->name + ",\n\nUse this link to choose a new password:\n\n" + settings_.public_url +
                 "/reset-password?token=" + secret +
                 "\n\nThe link works for one hour. If you did not ask for it, you can ignore this email.\n");
  audit_.Record(*tx, ActorOf(*user, request_id), "user.request_password_reset", "user", user->id);
  tx->Commit();
}

bool AccountService::ResetLinkValid(const std::string& secret) {
  if (secret.empty()) return false;
  auto tx = database_.Begin(db::TxMode::kRead);
  auto token = tokens_.FindByHash(*tx, Sha256Hex(secret));
  tx->Commit();
  return token && token->purpose == kResetPurpose && !token->used_at && clock_.Now() < token->expires_at;
}

void AccountService::ResetPassword(const std::string& secret, const std::string& password,
                                   const std::string& password_confirm, const std::string& request_id) {
  const Millis now = clock_.Now();
  auto tx = database_.Begin();
  auto token = secret.empty() ? std::nullopt : tokens_.FindByHash(*tx, Sha256Hex(secret));
  if (!token || token->purpose != kResetPurpose || token->used_at || now >= token->expires_at)
    throw Invalid("token", kBadLink);
  auto user = users_.FindById(*tx, token->user_id);
  if (!user) throw Invalid("token", kBadLink);
  Validation v;
  ValidateNewPassword(v, "password", password, "password_confirm", password_confirm, user->email);
  v.ThrowIfAny();
  users_.SetPassword(*tx, user->id, hasher_.Hash(password));
  if (!user->verified()) users_.MarkVerified(*tx, user->id, now);
  tokens_.MarkUsed(*tx, token->id, now);
  sessions_.RevokeAllForUser(*tx, user->id, "", now);
  audit_.Record(*tx, ActorOf(*user, request_id), "user.reset_password", "user", user->id);
  tx->Commit();
}

void AccountService::ChangePassword(const Actor& actor, const PasswordChange& input) {
  if (actor.user_id.empty()) throw Unauthorized();
  auto tx = database_.Begin();
  auto user = users_.FindById(*tx, actor.user_id);
  if (!user) throw Unauthorized();
  Validation v;
  if (input.current_password.empty()) v.Add("current_password", "Enter your current password");
  else if (!hasher_.Verify(input.current_password, user->password_hash))
    v.Add("current_password", "Your current password is not correct");
  ValidateNewPassword(v, "new_password", input.new_password, "new_password_confirm", input.new_password_confirm,
                      user->email);
  v.ThrowIfAny();
  users_.SetPassword(*tx, user->id, hasher_.Hash(input.new_password));
  sessions_.RevokeAllForUser(*tx, user->id, actor.session_id, clock_.Now());
  audit_.Record(*tx, actor, "user.change_password", "user", user->id);
  tx->Commit();
}

User AccountService::Me(const Actor& actor) {
  if (actor.user_id.empty()) throw Unauthorized();
  auto tx = database_.Begin(db::TxMode::kRead);
  auto user = users_.FindById(*tx, actor.user_id);
  if (!user) throw Unauthorized();
  tx->Commit();
  user->password_hash.clear();
  return *user;
}

void AccountService::SendInvitation(db::Transaction& tx, const User& user, const std::string& inviter_name) {
  const auto secret = IssueToken(tx, user.id, kResetPurpose, settings_.invite_link_lifetime);
  QueueEmail(tx, user.email, "You have been invited to Alongside",
             "Hello " + user.name + ",\n\n" + inviter_name +
                 " has created an Alongside account for you. Choose your password here:\n\n" +
                 settings_.public_url + "/reset-password?token=" + secret + "\n\nThe link works for 7 days.\n");
}

}  // namespace alongside
