// Registration, email verification, password reset and change, with the real repositories
// on SQLite and PostgreSQL. Emails are read back from the outbox as a person would get them.

#include <gtest/gtest.h>

#include <string>

#include "core/common/crypto.hpp"
#include "service_test_wiring.hpp"

namespace alongside {
namespace {

using test::kKnownPassword;

constexpr const char* kNewPassword = "a brand new long passphrase";

class AccountServiceTest : public test::ServiceTest {
 protected:
  Registration ValidRegistration() {
    return {"  Zoë O'Neill <b>  ", "  Zoe.ONeill@Example.ORG ", kNewPassword, kNewPassword};
  }

  SignInResult SignIn(const std::string& email, const std::string& password) {
    return w().session_service.SignIn(email, password, "192.0.2.1", "req-sign-in");
  }

  bool SignInWorks(const std::string& email, const std::string& password) {
    try {
      SignIn(email, password);
      return true;
    } catch (const Unauthorized&) {
      return false;
    }
  }

  bool Authenticates(const std::string& token) {
    return w().session_service.Authenticate(token, "req").has_value();
  }

  /// The newest email to `to`, which must exist.
  Email LatestEmailTo(const std::string& to) {
    for (const auto& email : Outbox())
      if (email.to == to) return email;
    ADD_FAILURE() << "no email to " << to;
    return {};
  }
};

TEST_P(AccountServiceTest, RegistrationQueuesAVerificationLinkThatWorksOnce) {
  w().account_service.Register(ValidRegistration(), "req-register");

  const auto user = FindUserByEmail("zoe.oneill@example.org");
  ASSERT_TRUE(user.has_value()) << "the email is stored lower-cased and trimmed";
  EXPECT_EQ(user->name, "Zoë O'Neill <b>");
  EXPECT_FALSE(user->verified());
  EXPECT_NE(user->password_hash.find("$argon2id$"), std::string::npos);
  EXPECT_EQ(user->password_hash.find(kNewPassword), std::string::npos);
  ASSERT_EQ(user->grants.size(), 1u);
  EXPECT_EQ(user->grants[0].role, Role::kMember);

  const auto emails = Outbox();
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_EQ(emails[0].to, "zoe.oneill@example.org");
  EXPECT_EQ(emails[0].subject, "Confirm your email address for Alongside");
  EXPECT_NE(emails[0].body.find("Hello Zoë O'Neill <b>,"), std::string::npos) << emails[0].body;
  EXPECT_EQ(emails[0].body.find(kNewPassword), std::string::npos) << "a password is never emailed";
  const auto token = LinkToken(emails[0].body, "/verify-email");
  ASSERT_FALSE(token.empty()) << emails[0].body;

  EXPECT_FALSE(SignInWorks("zoe.oneill@example.org", kNewPassword)) << "not before the address is confirmed";

  clock().Advance(kHour);
  w().account_service.VerifyEmail(token, "req-verify");
  EXPECT_EQ(FindUser(user->id)->email_verified_at, test::kStartTime + kHour);
  try {
    w().account_service.VerifyEmail(token, "req-verify-again");
    FAIL() << "a verification link worked twice";
  } catch (const Invalid& error) {
    ASSERT_EQ(error.errors().size(), 1u);
    EXPECT_EQ(error.errors()[0].field, "token");
  }
  EXPECT_TRUE(SignInWorks("Zoe.ONeill@example.org", kNewPassword));

  const auto registered = AuditEntriesFor("user.register");
  ASSERT_EQ(registered.size(), 1u);
  EXPECT_EQ(registered[0].actor_user_id, user->id);
  EXPECT_EQ(registered[0].record_id, user->id);
  EXPECT_EQ(registered[0].request_id, "req-register");
  const auto verified = AuditEntriesFor("user.verify_email");
  ASSERT_EQ(verified.size(), 1u);
  EXPECT_EQ(verified[0].record_id, user->id);
  EXPECT_EQ(AuditLogText().find(kNewPassword), std::string::npos);
  EXPECT_EQ(AuditLogText().find(token), std::string::npos);
}

TEST_P(AccountServiceTest, VerificationLinkExpiresAfterFortyEightHours) {
  w().account_service.Register(ValidRegistration(), "req");
  const auto token = LinkToken(Outbox().at(0).body, "/verify-email");
  clock().Advance(48 * kHour);
  EXPECT_THROW(w().account_service.VerifyEmail(token, "req"), Invalid);
  EXPECT_FALSE(FindUserByEmail("zoe.oneill@example.org")->verified());
  EXPECT_THROW(w().account_service.VerifyEmail("", "req"), Invalid);
  EXPECT_THROW(w().account_service.VerifyEmail("made-up-token", "req"), Invalid);
}

TEST_P(AccountServiceTest, RegisteringATakenAddressEmailsItsOwnerAndCreatesNothing) {
  const User ann = AddUser("Ann Example", "ann@example.org", Role::kMember);
  Registration again = ValidRegistration();
  again.email = "ANN@Example.org";
  EXPECT_NO_THROW(w().account_service.Register(again, "req-again")) << "the form must not reveal the account";

  EXPECT_EQ(Count("users"), 1);
  EXPECT_EQ(FindUser(ann.id)->password_hash, test::KnownPasswordHash()) << "the password is untouched";
  const auto emails = Outbox();
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_EQ(emails[0].to, "ann@example.org");
  EXPECT_EQ(emails[0].subject, "Someone tried to register with your email address");
  EXPECT_EQ(LinkToken(emails[0].body, "/verify-email"), "");
  const auto entries = AuditEntriesFor("user.register_existing");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].record_id, ann.id);
  EXPECT_EQ(entries[0].actor_user_id, "");
}

TEST_P(AccountServiceTest, InvalidRegistrationReportsEveryFieldAndStoresNothing) {
  try {
    w().account_service.Register({"", "not-an-email", "short", "short"}, "req");
    FAIL() << "an invalid registration was accepted";
  } catch (const Invalid& error) {
    ASSERT_EQ(error.errors().size(), 3u);
    EXPECT_EQ(error.errors()[0].field, "name");
    EXPECT_EQ(error.errors()[1].field, "email");
    EXPECT_EQ(error.errors()[2].field, "password");
  }
  try {
    w().account_service.Register({"Ann", "ann@example.org", test::kCommonPassword, test::kCommonPassword}, "req");
    FAIL() << "a common password was accepted";
  } catch (const Invalid& error) {
    ASSERT_EQ(error.errors().size(), 1u);
    EXPECT_EQ(error.errors()[0].field, "password");
  }
  try {
    w().account_service.Register({"Ann", "ann@example.org", kNewPassword, "something else entirely"}, "req");
    FAIL() << "mismatched passwords were accepted";
  } catch (const Invalid& error) {
    ASSERT_EQ(error.errors().size(), 1u);
    EXPECT_EQ(error.errors()[0].field, "password_confirm");
  }
  EXPECT_EQ(Count("users"), 0);
  EXPECT_EQ(Count("outbox"), 0);
  EXPECT_EQ(Count("audit_log"), 0);
}

TEST_P(AccountServiceTest, PasswordResetLinkWorksOnceAndSignsOutEverywhere) {
  const User ann = AddUser("Ann Example", "ann@example.org", Role::kMember);
  const auto before = SignIn("ann@example.org", kKnownPassword);
  const auto [api_token, api_secret] = w().session_service.CreateApiToken(ActorOf(ann), "Reports");

  w().account_service.RequestPasswordReset(" ANN@example.org ", "req-forgot");
  const Email email = LatestEmailTo("ann@example.org");
  EXPECT_EQ(email.subject, "Reset your Alongside password");
  const auto token = LinkToken(email.body, "/reset-password");
  ASSERT_FALSE(token.empty()) << email.body;
  EXPECT_TRUE(w().account_service.ResetLinkValid(token));

  clock().Advance(30 * kMinute);
  w().account_service.ResetPassword(token, kNewPassword, kNewPassword, "req-reset");

  EXPECT_FALSE(w().account_service.ResetLinkValid(token));
  try {
    w().account_service.ResetPassword(token, "yet another passphrase", "yet another passphrase", "req");
    FAIL() << "a reset link worked twice";
  } catch (const Invalid& error) {
    EXPECT_EQ(error.errors().at(0).field, "token");
  }
  EXPECT_FALSE(Authenticates(before.token)) << "the old browser session is signed out";
  EXPECT_FALSE(Authenticates(api_secret)) << "and so are API tokens";
  EXPECT_FALSE(SignInWorks("ann@example.org", kKnownPassword));
  EXPECT_TRUE(SignInWorks("ann@example.org", kNewPassword));

  EXPECT_EQ(AuditEntriesFor("user.request_password_reset").size(), 1u);
  const auto reset = AuditEntriesFor("user.reset_password");
  ASSERT_EQ(reset.size(), 1u);
  EXPECT_EQ(reset[0].record_id, ann.id);
  EXPECT_EQ(reset[0].actor_user_id, ann.id);
  EXPECT_EQ(AuditLogText().find(kNewPassword), std::string::npos);
  EXPECT_EQ(AuditLogText().find(token), std::string::npos);
}

TEST_P(AccountServiceTest, PasswordResetLinkExpiresAfterAnHour) {
  const User ann = AddUser("Ann Example", "ann@example.org", Role::kMember);
  w().account_service.RequestPasswordReset("ann@example.org", "req");
  const auto token = LinkToken(LatestEmailTo("ann@example.org").body, "/reset-password");
  clock().Advance(59 * kMinute);
  EXPECT_TRUE(w().account_service.ResetLinkValid(token));
  clock().Advance(kMinute);
  EXPECT_FALSE(w().account_service.ResetLinkValid(token));
  EXPECT_THROW(w().account_service.ResetPassword(token, kNewPassword, kNewPassword, "req"), Invalid);
  EXPECT_EQ(FindUser(ann.id)->password_hash, test::KnownPasswordHash());
}

TEST_P(AccountServiceTest, ResetRequestsForUnknownOrDisabledAccountsSendNothing) {
  const User dee = AddUser("Dee", "dee@example.org", Role::kMember);
  {
    auto tx = database().Begin();
    w().users.SetDisabled(*tx, dee.id, clock().Now());
    tx->Commit();
  }
  EXPECT_NO_THROW(w().account_service.RequestPasswordReset("nobody@example.org", "req"));
  EXPECT_NO_THROW(w().account_service.RequestPasswordReset("dee@example.org", "req"));
  EXPECT_EQ(Count("outbox"), 0);
  EXPECT_EQ(Count("email_tokens"), 0);
  EXPECT_THROW(w().account_service.RequestPasswordReset("not an email", "req"), Invalid);
}

TEST_P(AccountServiceTest, AVerificationLinkCannotResetAPassword) {
  w().account_service.Register(ValidRegistration(), "req");
  const auto token = LinkToken(Outbox().at(0).body, "/verify-email");
  EXPECT_FALSE(w().account_service.ResetLinkValid(token));
  EXPECT_THROW(w().account_service.ResetPassword(token, "another long passphrase", "another long passphrase", "req"),
               Invalid);
}

TEST_P(AccountServiceTest, ChangingThePasswordSignsOutEveryOtherSession) {
  const User ann = AddUser("Ann Example", "ann@example.org", Role::kMember);
  const auto here = SignIn("ann@example.org", kKnownPassword);
  const auto elsewhere = SignIn("ann@example.org", kKnownPassword);
  const auto actor = w().session_service.Authenticate(here.token, "req-change")->actor;

  w().account_service.ChangePassword(actor, {kKnownPassword, kNewPassword, kNewPassword});

  EXPECT_TRUE(Authenticates(here.token)) << "the session that changed it stays signed in";
  EXPECT_FALSE(Authenticates(elsewhere.token));
  EXPECT_TRUE(SignInWorks("ann@example.org", kNewPassword));
  const auto entries = AuditEntriesFor("user.change_password");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].actor_user_id, ann.id);
  EXPECT_EQ(entries[0].request_id, "req-change");
  EXPECT_EQ(AuditLogText().find(kNewPassword), std::string::npos);
  EXPECT_EQ(AuditLogText().find(kKnownPassword), std::string::npos);
}

TEST_P(AccountServiceTest, AWrongCurrentPasswordChangesNothing) {
  const User ann = AddUser("Ann Example", "ann@example.org", Role::kMember);
  const auto here = SignIn("ann@example.org", kKnownPassword);
  const auto elsewhere = SignIn("ann@example.org", kKnownPassword);
  const auto actor = w().session_service.Authenticate(here.token, "req")->actor;
  try {
    w().account_service.ChangePassword(actor, {"not my password", kNewPassword, kNewPassword});
    FAIL() << "the password was changed without the current one";
  } catch (const Invalid& error) {
    ASSERT_EQ(error.errors().size(), 1u);
    EXPECT_EQ(error.errors()[0].field, "current_password");
  }
  EXPECT_EQ(FindUser(ann.id)->password_hash, test::KnownPasswordHash());
  EXPECT_TRUE(Authenticates(elsewhere.token));
  EXPECT_THROW(w().account_service.ChangePassword(Actor{}, {kKnownPassword, kNewPassword, kNewPassword}),
               Unauthorized);
}

TEST_P(AccountServiceTest, MeNeverReturnsThePasswordHash) {
  const User ann = AddUser("Ann Example", "ann@example.org", Role::kMember);
  const User me = w().account_service.Me(ActorOf(ann));
  EXPECT_EQ(me.id, ann.id);
  EXPECT_EQ(me.email, "ann@example.org");
  EXPECT_EQ(me.password_hash, "");
  EXPECT_THROW(w().account_service.Me(Actor{}), Unauthorized);
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountServiceTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside
