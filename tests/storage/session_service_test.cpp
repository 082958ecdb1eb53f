// Signing in and out, session lifetimes, API tokens and sign-in throttling, with the real
// repositories on SQLite and PostgreSQL and a clock the tests move by hand.

#include <gtest/gtest.h>

#include <string>

#include "core/common/crypto.hpp"
#include "service_test_wiring.hpp"

namespace alongside {
namespace {

using test::kKnownPassword;

class SessionServiceTest : public test::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    area_ = AddArea("North");
    programme_ = AddOrganisation(area_, "North Parents Together");
    ann_ = AddUser("Ann Example", "ann@example.org", Role::kPeerSupporter, programme_.id);
  }

  SignInResult SignIn(const std::string& email = "ann@example.org", const std::string& password = kKnownPassword,
                      const std::string& address = "192.0.2.1") {
    return w().session_service.SignIn(email, password, address, "req-sign-in");
  }

  std::optional<Authenticated> Authenticate(const std::string& token) {
    return w().session_service.Authenticate(token, "req-auth");
  }

  /// What SignIn would record for this many earlier failures, without paying for a hash each.
  void RecordEarlierFailures(const std::string& email, int count, Millis at) {
    auto tx = database().Begin();
    for (int i = 0; i < count; ++i)
      w().throttle.RecordFailure(*tx, Sha256Hex(email), "198.51.100." + std::to_string(i % 250), at);
    tx->Commit();
  }

  Area area_;
  Organisation programme_;
  User ann_;
};

TEST_P(SessionServiceTest, RightPasswordSignsInWithASessionThatAuthenticates) {
  const auto result = SignIn("  Ann@EXAMPLE.org ");  // as typed: spaces and capitals
  EXPECT_EQ(result.user.id, ann_.id);
  EXPECT_FALSE(result.token.empty());
  EXPECT_EQ(result.session.kind, "browser");
  EXPECT_EQ(result.session.expires_at, test::kStartTime + 12 * kHour);

  {
    auto tx = database().Begin(db::TxMode::kRead);
    const auto stored = w().sessions.FindById(*tx, result.session.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->token_hash, Sha256Hex(result.token));
    EXPECT_NE(stored->token_hash, result.token) << "only a hash of the secret is stored";
    EXPECT_FALSE(stored->csrf_token.empty());
  }

  const auto auth = Authenticate(result.token);
  ASSERT_TRUE(auth.has_value());
  EXPECT_EQ(auth->actor.user_id, ann_.id);
  EXPECT_EQ(auth->actor.name, "Ann Example");
  EXPECT_EQ(auth->actor.session_id, result.session.id);
  EXPECT_EQ(auth->actor.request_id, "req-auth");
  ASSERT_EQ(auth->actor.grants.size(), 1u);
  EXPECT_EQ(auth->actor.grants[0].role, Role::kPeerSupporter);
  EXPECT_EQ(auth->actor.grants[0].organisation_id, programme_.id);

  const auto entries = AuditEntriesFor("session.sign_in");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].outcome, "allowed");
  EXPECT_EQ(entries[0].actor_user_id, ann_.id);
  EXPECT_EQ(entries[0].actor_organisation_id, programme_.id);
  EXPECT_EQ(entries[0].record_id, ann_.id);
  EXPECT_EQ(entries[0].request_id, "req-sign-in");
  EXPECT_EQ(AuditLogText().find(kKnownPassword), std::string::npos);
  EXPECT_EQ(AuditLogText().find(result.token), std::string::npos);
}

TEST_P(SessionServiceTest, UnknownEmailAndWrongPasswordGetTheSameMessage) {
  std::string unknown_message, wrong_message;
  try {
    SignIn("nobody@example.org", kKnownPassword);
    ADD_FAILURE() << "an unknown email signed in";
  } catch (const Unauthorized& error) {
    unknown_message = error.what();
  }
  try {
    SignIn("ann@example.org", "not the right password");
    ADD_FAILURE() << "a wrong password signed in";
  } catch (const Unauthorized& error) {
    wrong_message = error.what();
  }
  EXPECT_EQ(unknown_message, kSignInFailedMessage);
  EXPECT_EQ(wrong_message, kSignInFailedMessage);
  EXPECT_EQ(Count("sessions"), 0);

  const auto entries = AuditEntriesFor("session.sign_in");
  ASSERT_EQ(entries.size(), 2u);
  for (const auto& entry : entries) {
    EXPECT_EQ(entry.outcome, "failed");
    EXPECT_EQ(entry.actor_user_id, "") << "nobody is signed in yet";
    EXPECT_EQ(entry.request_id, "req-sign-in");
  }
  EXPECT_EQ(AuditLogText().find("not the right password"), std::string::npos);

  auto tx = database().Begin(db::TxMode::kRead);
  EXPECT_EQ(w().throttle.FailuresForEmail(*tx, Sha256Hex("nobody@example.org"), 0), 1)
      << "unknown addresses are throttled like known ones";
  EXPECT_EQ(w().throttle.FailuresForEmail(*tx, Sha256Hex("ann@example.org"), 0), 1);
  EXPECT_EQ(w().throttle.FailuresFromAddress(*tx, "192.0.2.1", 0), 2);
}

TEST_P(SessionServiceTest, UnverifiedAndDisabledAccountsGetTheSameMessageEvenWithTheRightPassword) {
  AddUser("Una Verified", "una@example.org", Role::kMember, "", /*verified=*/false);
  const User dee = AddUser("Dee Sabled", "dee@example.org", Role::kMember);
  {
    auto tx = database().Begin();
    w().users.SetDisabled(*tx, dee.id, clock().Now());
    tx->Commit();
  }
  for (const char* email : {"una@example.org", "dee@example.org"}) {
    try {
      SignIn(email, kKnownPassword);
      ADD_FAILURE() << email << " signed in";
    } catch (const Unauthorized& error) {
      EXPECT_STREQ(error.what(), kSignInFailedMessage) << email;
    }
  }
  EXPECT_EQ(Count("sessions"), 0);
}

TEST_P(SessionServiceTest, EmptyFieldsAreReportedAtEachField) {
  try {
    w().session_service.SignIn(" ", "", "192.0.2.1", "req");
    FAIL() << "empty fields were accepted";
  } catch (const Invalid& error) {
    ASSERT_EQ(error.errors().size(), 2u);
    EXPECT_EQ(error.errors()[0].field, "email");
    EXPECT_EQ(error.errors()[1].field, "password");
  }
  EXPECT_EQ(Count("sign_in_failures"), 0);
}

TEST_P(SessionServiceTest, SessionEndsAfterThirtyIdleMinutes) {
  const auto result = SignIn();
  clock().Advance(29 * kMinute);
  ASSERT_TRUE(Authenticate(result.token).has_value()) << "29 minutes idle: still signed in";
  clock().Advance(29 * kMinute);
  ASSERT_TRUE(Authenticate(result.token).has_value()) << "activity restarts the idle clock";
  {
    auto tx = database().Begin(db::TxMode::kRead);
    EXPECT_EQ(w().sessions.FindById(*tx, result.session.id)->last_seen_at, test::kStartTime + 58 * kMinute);
  }
  clock().Advance(30 * kMinute);
  EXPECT_FALSE(Authenticate(result.token).has_value()) << "30 minutes idle: signed out";
  clock().Advance(kMinute);
  EXPECT_FALSE(Authenticate(result.token).has_value()) << "and it stays that way";
}

TEST_P(SessionServiceTest, SessionEndsTwelveHoursAfterSignInHoweverActive) {
  const auto result = SignIn();
  for (Millis elapsed = 20 * kMinute; elapsed < 12 * kHour; elapsed += 20 * kMinute) {
    clock().Set(test::kStartTime + elapsed);
    ASSERT_TRUE(Authenticate(result.token).has_value()) << "after " << elapsed / kMinute << " minutes";
  }
  clock().Set(test::kStartTime + 12 * kHour - 1);
  EXPECT_TRUE(Authenticate(result.token).has_value());
  clock().Set(test::kStartTime + 12 * kHour);
  EXPECT_FALSE(Authenticate(result.token).has_value());
}

TEST_P(SessionServiceTest, UnknownOrOversizedTokensDoNotAuthenticate) {
  SignIn();
  EXPECT_FALSE(Authenticate("").has_value());
  EXPECT_FALSE(Authenticate("not-a-token").has_value());
  EXPECT_FALSE(Authenticate("' OR '1'='1").has_value());
  EXPECT_FALSE(Authenticate(std::string(201, 'a')).has_value());
}

TEST_P(SessionServiceTest, SignOutRevokesTheSessionOnly) {
  const auto first = SignIn();
  const auto second = SignIn();
  const auto auth = Authenticate(first.token);
  ASSERT_TRUE(auth.has_value());
  w().session_service.SignOut(auth->actor);

  EXPECT_FALSE(Authenticate(first.token).has_value());
  EXPECT_TRUE(Authenticate(second.token).has_value()) << "another browser stays signed in";
  {
    auto tx = database().Begin(db::TxMode::kRead);
    EXPECT_EQ(w().sessions.FindById(*tx, first.session.id)->revoked_at, test::kStartTime);
  }
  const auto entries = AuditEntriesFor("session.sign_out");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].actor_user_id, ann_.id);
  EXPECT_EQ(entries[0].outcome, "allowed");
}

TEST_P(SessionServiceTest, DisablingAnAccountEndsItsSessions) {
  const auto result = SignIn();
  {
    auto tx = database().Begin();
    w().users.SetDisabled(*tx, ann_.id, clock().Now());
    tx->Commit();
  }
  EXPECT_FALSE(Authenticate(result.token).has_value());
}

TEST_P(SessionServiceTest, ApiTokensAreCreatedListedUsedAndRevoked) {
  const Actor ann = ActorOf(ann_);
  const auto [reports, reports_secret] = w().session_service.CreateApiToken(ann, "  Reports <export>  ");
  clock().Advance(kMinute);
  const auto [calendar, calendar_secret] = w().session_service.CreateApiToken(ann, "Calendar");
  EXPECT_EQ(reports.label, "Reports <export>");
  EXPECT_EQ(reports.kind, "api_token");
  EXPECT_EQ(reports.expires_at, test::kStartTime + 365 * kDay);

  auto tokens = w().session_service.ListApiTokens(ann);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].id, calendar.id) << "newest first";
  EXPECT_EQ(tokens[1].id, reports.id);
  EXPECT_EQ(tokens[1].label, "Reports <export>");
  for (const auto& token : tokens) {
    EXPECT_NE(token.token_hash, reports_secret);
    EXPECT_NE(token.token_hash, calendar_secret);
  }

  clock().Advance(3 * kHour);  // API tokens have no idle limit
  const auto auth = Authenticate(reports_secret);
  ASSERT_TRUE(auth.has_value());
  EXPECT_EQ(auth->actor.user_id, ann_.id);
  EXPECT_EQ(auth->session.kind, "api_token");

  w().session_service.RevokeApiToken(ann, reports.id);
  EXPECT_FALSE(Authenticate(reports_secret).has_value());
  EXPECT_TRUE(Authenticate(calendar_secret).has_value());
  tokens = w().session_service.ListApiTokens(ann);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].id, calendar.id);

  EXPECT_EQ(AuditEntriesFor("api_token.create").size(), 2u);
  const auto revoked = AuditEntriesFor("api_token.revoke");
  ASSERT_EQ(revoked.size(), 1u);
  EXPECT_EQ(revoked[0].record_id, reports.id);
  EXPECT_EQ(revoked[0].actor_user_id, ann_.id);
  EXPECT_EQ(AuditLogText().find(calendar_secret), std::string::npos);
}

TEST_P(SessionServiceTest, NobodyRevokesAnotherPersonsTokenOrABrowserSession) {
  const User bob = AddUser("Bob", "bob@example.org", Role::kMember);
  const auto [token, secret] = w().session_service.CreateApiToken(ActorOf(ann_), "Reports");
  const auto browser = SignIn();
  EXPECT_THROW(w().session_service.RevokeApiToken(ActorOf(bob), token.id), NotFound);
  EXPECT_THROW(w().session_service.RevokeApiToken(ActorOf(ann_), browser.session.id), NotFound);
  EXPECT_THROW(w().session_service.RevokeApiToken(ActorOf(ann_), "'; DELETE FROM sessions;--"), NotFound);
  EXPECT_TRUE(Authenticate(secret).has_value());
  EXPECT_TRUE(Authenticate(browser.token).has_value());
  EXPECT_TRUE(w().session_service.ListApiTokens(ActorOf(bob)).empty());
}

TEST_P(SessionServiceTest, ApiTokenNeedsANameOfAtMostAHundredCharacters) {
  try {
    w().session_service.CreateApiToken(ActorOf(ann_), "   ");
    FAIL() << "an unnamed token was created";
  } catch (const Invalid& error) {
    ASSERT_EQ(error.errors().size(), 1u);
    EXPECT_EQ(error.errors()[0].field, "label");
  }
  EXPECT_THROW(w().session_service.CreateApiToken(ActorOf(ann_), std::string(101, 'x')), Invalid);
  EXPECT_NO_THROW(w().session_service.CreateApiToken(ActorOf(ann_), std::string(100, 'x')));
  EXPECT_THROW(w().session_service.CreateApiToken(Actor{}, "Reports"), Unauthorized);
  EXPECT_EQ(w().session_service.ListApiTokens(ActorOf(ann_)).size(), 1u);
}

// A failed attempt costs a password hash (a dummy one for unknown addresses), so the 99
// earlier failures are recorded straight into the throttle table the way SignIn records
// them; the hundredth goes through SignIn itself.
TEST_P(SessionServiceTest, AfterAHundredFailuresInAnHourEvenTheRightPasswordIsRefusedForAnHour) {
  RecordEarlierFailures("ann@example.org", 99, test::kStartTime);
  clock().Advance(10 * kMinute);
  EXPECT_TRUE(Authenticate(SignIn().token).has_value()) << "99 failures do not lock the account";
  EXPECT_THROW(SignIn("ann@example.org", "wrong password"), Unauthorized);  // the hundredth

  const Millis last_failure = clock().Now();
  clock().Advance(kMinute);
  try {
    SignIn("ANN@example.org", kKnownPassword, "203.0.113.9");
    FAIL() << "signed in after 100 failures in an hour";
  } catch (const TooManyRequests& error) {
    EXPECT_NE(std::string(error.what()).find("Wait an hour"), std::string::npos) << error.what();
  }
  EXPECT_THROW(SignIn(), TooManyRequests);
  const auto throttled = AuditEntriesFor("session.sign_in_throttled");
  ASSERT_EQ(throttled.size(), 2u);
  EXPECT_EQ(throttled[0].outcome, "refused");

  // Another account is not affected.
  AddUser("Bob", "bob@example.org", Role::kMember);
  EXPECT_NO_THROW(SignIn("bob@example.org"));

  // 59 minutes after the 99 earlier failures they still count; a minute later they do not.
  clock().Set(test::kStartTime + 59 * kMinute);
  EXPECT_THROW(SignIn(), TooManyRequests);
  clock().Set(last_failure + kHour + kMinute);
  const auto result = SignIn();
  EXPECT_TRUE(Authenticate(result.token).has_value()) << "an hour later the right password works again";
}

TEST_P(SessionServiceTest, ThreeHundredFailuresFromOneAddressRefuseEveryAccountFromThatAddress) {
  auto tx = database().Begin();
  for (int i = 0; i < 300; ++i)
    w().throttle.RecordFailure(*tx, Sha256Hex("guess" + std::to_string(i) + "@example.org"), "192.0.2.66",
                               test::kStartTime);
  tx->Commit();
  clock().Advance(kMinute);
  EXPECT_THROW(SignIn("ann@example.org", kKnownPassword, "192.0.2.66"), TooManyRequests);
  EXPECT_NO_THROW(SignIn("ann@example.org", kKnownPassword, "192.0.2.67")) << "other addresses are unaffected";
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionServiceTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside
