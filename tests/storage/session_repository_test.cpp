// Sessions, API tokens, email links and sign-in throttling, stored on SQLite and PostgreSQL.

#include "account_repository_fixture.hpp"

namespace alongside::storage {
namespace {

using namespace test_accounts;

class SessionRepositoryTest : public AccountRepositoryTest {};

// ---------------------------------------------------------------- sessions

TEST_P(SessionRepositoryTest, SessionIsFoundByItsTokenHashWithEveryField) {
  const User ann = InsertUser("Ann", "ann@example.org");
  const Session s = InsertSession(ann.id, "browser", kT0);
  auto tx = database().Begin(db::TxMode::kRead);
  const auto found = sessions_.FindByTokenHash(*tx, s.token_hash);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, s.id);
  EXPECT_EQ(found->user_id, ann.id);
  EXPECT_EQ(found->token_hash, s.token_hash);
  EXPECT_EQ(found->csrf_token, s.csrf_token);
  EXPECT_EQ(found->kind, "browser");
  EXPECT_EQ(found->created_at, kT0);
  EXPECT_EQ(found->last_seen_at, kT0);
  EXPECT_EQ(found->expires_at, kT0 + 12 * kHour);
  EXPECT_FALSE(found->revoked_at.has_value());
  EXPECT_FALSE(sessions_.FindByTokenHash(*tx, "hash-unknown").has_value());
  EXPECT_FALSE(sessions_.FindByTokenHash(*tx, "' OR '1'='1").has_value());
}

TEST_P(SessionRepositoryTest, TouchOnlyMovesLastSeenForward) {
  const User ann = InsertUser("Ann", "ann@example.org");
  const Session s = InsertSession(ann.id, "browser", kT0);
  {
    auto tx = database().Begin();
    sessions_.Touch(*tx, s.id, kT0 + 10 * kMinute);
    sessions_.Touch(*tx, s.id, kT0 + 5 * kMinute);  // a slower request finishing late
    tx->Commit();
  }
  EXPECT_EQ(FindSession(s.id)->last_seen_at, kT0 + 10 * kMinute);
}

TEST_P(SessionRepositoryTest, RevokeKeepsTheFirstRevocationTime) {
  const User ann = InsertUser("Ann", "ann@example.org");
  const Session s = InsertSession(ann.id);
  {
    auto tx = database().Begin();
    sessions_.Revoke(*tx, s.id, kT0 + kMinute);
    sessions_.Revoke(*tx, s.id, kT0 + kHour);
    tx->Commit();
  }
  EXPECT_EQ(FindSession(s.id)->revoked_at, kT0 + kMinute);
}

TEST_P(SessionRepositoryTest, RevokeAllForUserKeepsOneSessionAndOtherPeoplesSessions) {
  const User ann = InsertUser("Ann", "ann@example.org");
  const User bob = InsertUser("Bob", "bob@example.org");
  const Session keep = InsertSession(ann.id);
  const Session other = InsertSession(ann.id);
  const Session token = InsertSession(ann.id, "api_token", kT0, "Reports");
  const Session bobs = InsertSession(bob.id);
  {
    auto tx = database().Begin();
    sessions_.RevokeAllForUser(*tx, ann.id, keep.id, kT0 + kMinute);
    tx->Commit();
  }
  EXPECT_FALSE(FindSession(keep.id)->revoked_at.has_value());
  EXPECT_EQ(FindSession(other.id)->revoked_at, kT0 + kMinute);
  EXPECT_EQ(FindSession(token.id)->revoked_at, kT0 + kMinute) << "API tokens are signed out too";
  EXPECT_FALSE(FindSession(bobs.id)->revoked_at.has_value());

  {
    auto tx = database().Begin();
    sessions_.RevokeAllForUser(*tx, ann.id, "", kT0 + kHour);
    tx->Commit();
  }
  EXPECT_EQ(FindSession(keep.id)->revoked_at, kT0 + kHour);
  EXPECT_EQ(FindSession(other.id)->revoked_at, kT0 + kMinute) << "an earlier revocation is kept";
}

TEST_P(SessionRepositoryTest, ApiTokensAreListedNewestFirstWithoutBrowserOrRevokedOnes) {
  const User ann = InsertUser("Ann", "ann@example.org");
  const User bob = InsertUser("Bob", "bob@example.org");
  InsertSession(ann.id, "browser", kT0);
  const Session first = InsertSession(ann.id, "api_token", kT0 + 1 * kMinute, "Reports <b>export</b>");
  const Session second = InsertSession(ann.id, "api_token", kT0 + 2 * kMinute, "Calendar");
  const Session revoked = InsertSession(ann.id, "api_token", kT0 + 3 * kMinute, "Old");
  InsertSession(bob.id, "api_token", kT0 + 4 * kMinute, "Bob's");
  {
    auto tx = database().Begin();
    sessions_.Revoke(*tx, revoked.id, kT0 + 5 * kMinute);
    tx->Commit();
  }
  auto tx = database().Begin(db::TxMode::kRead);
  const auto tokens = sessions_.ListApiTokens(*tx, ann.id);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].id, second.id);
  EXPECT_EQ(tokens[0].label, "Calendar");
  EXPECT_EQ(tokens[1].id, first.id);
  EXPECT_EQ(tokens[1].label, "Reports <b>export</b>");
  EXPECT_EQ(tokens[1].kind, "api_token");
}

TEST_P(SessionRepositoryTest, TokenHashesAreUnique) {
  const User ann = InsertUser("Ann", "ann@example.org");
  const Session s = InsertSession(ann.id);
  Session clash = MakeSession(ann.id, "browser", kT0);
  clash.token_hash = s.token_hash;
  auto tx = database().Begin();
  EXPECT_THROW(sessions_.Insert(*tx, clash), db::UniqueViolation);
}

TEST_P(SessionRepositoryTest, DeleteExpiredRemovesOnlyExpiredAndLongRevokedSessions) {
  const User ann = InsertUser("Ann", "ann@example.org");
  const Session expired = InsertSession(ann.id, "browser", kT0 - 13 * kHour);  // expired at kT0 - 1h
  const Session revoked = InsertSession(ann.id, "browser", kT0 - kHour);
  const Session live = InsertSession(ann.id, "browser", kT0);
  {
    auto tx = database().Begin();
    sessions_.Revoke(*tx, revoked.id, kT0 - 30 * kMinute);
    tx->Commit();
  }
  {
    auto tx = database().Begin();
    EXPECT_EQ(sessions_.DeleteExpired(*tx, kT0), 2);
    tx->Commit();
  }
  EXPECT_FALSE(FindSession(expired.id).has_value());
  EXPECT_FALSE(FindSession(revoked.id).has_value());
  EXPECT_TRUE(FindSession(live.id).has_value());
}

// ---------------------------------------------------------------- email links

TEST_P(SessionRepositoryTest, EmailTokenIsStoredWithItsExpiryAndMarkedUsed) {
  const User ann = InsertUser("Ann", "ann@example.org");
  EmailToken token{NewId(kT0), ann.id, "reset_password", "token-hash-1", kT0, kT0 + kHour, std::nullopt};
  {
    auto tx = database().Begin();
    tokens_.Insert(*tx, token);
    tx->Commit();
  }
  {
    auto tx = database().Begin(db::TxMode::kRead);
    const auto found = tokens_.FindByHash(*tx, "token-hash-1");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->id, token.id);
    EXPECT_EQ(found->user_id, ann.id);
    EXPECT_EQ(found->purpose, "reset_password");
    EXPECT_EQ(found->created_at, kT0);
    EXPECT_EQ(found->expires_at, kT0 + kHour);
    EXPECT_FALSE(found->used_at.has_value());
    EXPECT_FALSE(tokens_.FindByHash(*tx, "token-hash-2").has_value());
  }
  {
    auto tx = database().Begin();
    tokens_.MarkUsed(*tx, token.id, kT0 + kMinute);
    tx->Commit();
  }
  auto tx = database().Begin(db::TxMode::kRead);
  EXPECT_EQ(tokens_.FindByHash(*tx, "token-hash-1")->used_at, kT0 + kMinute);
}

TEST_P(SessionRepositoryTest, EmailTokenHashesAreUniqueAndPurposesChecked) {
  const User ann = InsertUser("Ann", "ann@example.org");
  {
    auto tx = database().Begin();
    tokens_.Insert(*tx, {NewId(kT0), ann.id, "verify_email", "same-hash", kT0, kT0 + kHour, std::nullopt});
    tx->Commit();
  }
  {
    auto tx = database().Begin();
    EXPECT_THROW(tokens_.Insert(*tx, {NewId(kT0), ann.id, "verify_email", "same-hash", kT0, kT0 + kHour, std::nullopt}),
                 db::UniqueViolation);
  }
  auto tx = database().Begin();
  EXPECT_THROW(tokens_.Insert(*tx, {NewId(kT0), ann.id, "sign_in", "other-hash", kT0, kT0 + kHour, std::nullopt}),
               db::DatabaseError);
}

// ---------------------------------------------------------------- sign-in throttle

TEST_P(SessionRepositoryTest, ThrottleCountsFailuresWithinTheWindowByEmailAndByAddress) {
  {
    auto tx = database().Begin();
    throttle_.RecordFailure(*tx, "email-a", "10.0.0.1", kT0 - 61 * kMinute);
    throttle_.RecordFailure(*tx, "email-a", "10.0.0.1", kT0 - 60 * kMinute);
    throttle_.RecordFailure(*tx, "email-a", "10.0.0.2", kT0 - 59 * kMinute);
    throttle_.RecordFailure(*tx, "email-a", "10.0.0.2", kT0);
    throttle_.RecordFailure(*tx, "email-b", "10.0.0.1", kT0);
    tx->Commit();
  }
  const Millis since = kT0 - kHour;
  {
    auto tx = database().Begin(db::TxMode::kRead);
    EXPECT_EQ(throttle_.FailuresForEmail(*tx, "email-a", since), 3) << "the window includes its start";
    EXPECT_EQ(throttle_.FailuresForEmail(*tx, "email-b", since), 1);
    EXPECT_EQ(throttle_.FailuresForEmail(*tx, "email-c", since), 0);
    EXPECT_EQ(throttle_.FailuresFromAddress(*tx, "10.0.0.1", since), 2);
    EXPECT_EQ(throttle_.FailuresFromAddress(*tx, "10.0.0.2", since), 2);
    EXPECT_EQ(throttle_.FailuresForEmail(*tx, "email-a", kT0 + 1), 0);
  }
  {
    auto tx = database().Begin();
    EXPECT_EQ(throttle_.DeleteBefore(*tx, since), 1);
    tx->Commit();
  }
  auto tx = database().Begin(db::TxMode::kRead);
  EXPECT_EQ(throttle_.FailuresForEmail(*tx, "email-a", 0), 3);
}


INSTANTIATE_TEST_SUITE_P(Backends, SessionRepositoryTest, ::testing::ValuesIn(test::TestBackends()), test::BackendName);

}  // namespace
}  // namespace alongside::storage
