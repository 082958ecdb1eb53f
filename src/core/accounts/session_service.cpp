#include "core/accounts/session_service.hpp"

#include "core/common/crypto.hpp"
#include "core/common/ids.hpp"
#include "core/common/text.hpp"

namespace alongside {
namespace {

Actor AnonymousActor(const std::string& request_id) {
  Actor actor;
  actor.request_id = request_id;
  return actor;
}

}  // namespace

Actor SessionService::ActorFor(const User& user, const Session& session,
                               const std::string& request_id) const {
  Actor actor;
  actor.user_id = user.id;
  actor.name = user.name;
  actor.email = user.email;
  actor.grants = user.grants;
  actor.request_id = request_id;
  actor.session_id = session.id;
  return actor;
}

SignInResult SessionService::SignIn(const std::string& raw_email, const std::string& password,
                                    const std::string& address, const std::string& request_id) {
  const std::string email = AsciiLower(Trim(raw_email));
  Validation v;
  if (email.empty()) v.Add("email", "Enter your email address");
  if (password.empty()) v.Add("password", "Enter your password");
  v.ThrowIfAny();

  const Millis now = clock_.Now();
  const std::string email_hash = Sha256Hex(email);
  {
    auto tx = database_.Begin(db::TxMode::kRead);
    const auto since = now - kHour;
    if (throttle_.FailuresForEmail(*tx, email_hash, since) >= settings_.failures_per_account_per_hour ||
        throttle_.FailuresFromAddress(*tx, address, since) >= settings_.failures_per_address_per_hour) {
      tx->Commit();
      audit_.RecordNow(AnonymousActor(request_id), "session.sign_in_throttled", "user", "", AuditOutcome::kRefused);
      throw TooManyRequests("Too many failed attempts to sign in. Wait an hour and try again, or reset your password.");
    }
    tx->Commit();
  }

  std::optional<User> user;
  {
    auto tx = database_.Begin(db::TxMode::kRead);
    user = users_.FindByEmail(*tx, email);
    tx->Commit();
  }
  bool ok = false;
  if (user) ok = hasher_.Verify(password, user->password_hash);
  else hasher_.VerifyDummy(password);
  if (ok && (user->disabled() || !user->verified())) ok = false;

  if (!ok) {
    auto tx = database_.Begin();
    throttle_.RecordFailure(*tx, email_hash, address, now);
    audit_.Record(*tx, AnonymousActor(request_id), "session.sign_in", "user", user ? user->id : "",
                  AuditOutcome::kFailed);
    tx->Commit();
    throw Unauthorized(kSignInFailedMessage);
  }

  SignInResult result;
  result.token = RandomToken(32);
  Session& session = result.session;
  session.id = NewId(now);
  session.user_id = user->id;
  session.token_hash = Sha256Hex(result.token);
  session.csrf_token = RandomToken(32);
  session.kind = "browser";
  session.created_at = now;
  session.last_seen_at = now;
  session.expires_at = now + settings_.session_absolute;
  auto tx = database_.Begin();
  sessions_.Insert(*tx, session);
  audit_.Record(*tx, ActorFor(*user, session, request_id), "session.sign_in", "user", user->id);
  tx->Commit();
  result.user = *user;
  return result;
}

void SessionService::SignOut(const Actor& actor) {
  if (actor.session_id.empty()) return;
  auto tx = database_.Begin();
  sessions_.Revoke(*tx, actor.session_id, clock_.Now());
  audit_.Record(*tx, actor, "session.sign_out", "user", actor.user_id);
  tx->Commit();
}

std::optional<Authenticated> SessionService::Authenticate(const std::string& token,
                                                          const std::string& request_id) {
  if (token.empty() || token.size() > 200) return std::nullopt;
  const Millis now = clock_.Now();
  std::optional<Session> session;
  std::optional<User> user;
  {
    auto tx = database_.Begin(db::TxMode::kRead);
    session = sessions_.FindByTokenHash(*tx, Sha256Hex(token));
    if (!session || session->revoked_at || now >= session->expires_at) return std::nullopt;
    if (session->kind == "browser" && now - session->last_seen_at >= settings_.session_idle)
      return std::nullopt;
    user = users_.FindById(*tx, session->user_id);
    tx->Commit();
  }
  if (!user || user->disabled()) return std::nullopt;
  if (now - session->last_seen_at >= settings_.session_touch_every) {
    auto tx = database_.Begin();
    sessions_.Touch(*tx, session->id, now);
    tx->Commit();
    session->last_seen_at = now;
  }
  return Authenticated{ActorFor(*user, *session, request_id), *session};
}

std::pair<Session, std::string> SessionService::CreateApiToken(const Actor& actor, const std::string& raw_label) {
  if (actor.user_id.empty()) throw Unauthorized();
  const std::string label = Trim(raw_label);
  Validation v;
  if (label.empty()) v.Add("label", "Enter a name for the token, so you can recognise it later");
  else if (CharCount(label) > 100) v.Add("label", "The name must be 100 characters or fewer");
  v.ThrowIfAny();
  const Millis now = clock_.Now();
  auto tx = database_.Begin();
  std::string token = RandomToken(32);
  Session session;
  session.id = NewId(now);
  session.user_id = actor.user_id;
  session.token_hash = Sha256Hex(token);
  session.csrf_token = RandomToken(32);
  session.kind = "api_token";
  session.label = label;
  session.created_at = now;
  session.last_seen_at = now;
  session.expires_at = now + settings_.api_token_lifetime;
  sessions_.Insert(*tx, session);
  audit_.Record(*tx, actor, "api_token.create", "api_token", session.id);
  tx->Commit();
  return {session, token};
}

std::vector<Session> SessionService::ListApiTokens(const Actor& actor) {
  auto tx = database_.Begin(db::TxMode::kRead);
  auto tokens = sessions_.ListApiTokens(*tx, actor.user_id);
  tx->Commit();
  return tokens;
}

void SessionService::RevokeApiToken(const Actor& actor, const std::string& token_id) {
  auto tx = database_.Begin();
  auto session = IsUuid(token_id) ? sessions_.FindById(*tx, token_id) : std::nullopt;
  if (!session || session->kind != "api_token" || session->user_id != actor.user_id)
    throw NotFound("API token not found");
  sessions_.Revoke(*tx, session->id, clock_.Now());
  audit_.Record(*tx, actor, "api_token.revoke", "api_token", session->id);
  tx->Commit();
}

}  // namespace alongside
