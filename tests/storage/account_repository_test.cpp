// Users, sessions, email links and sign-in throttling, stored on SQLite and PostgreSQL.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/common/ids.hpp"
#include "core/common/text.hpp"
#include "storage/accounts/sql_session_repositories.hpp"
#include "storage/accounts/sql_user_repository.hpp"
#include "storage/organisations/sql_organisation_repository.hpp"
#include "test_databases.hpp"

namespace alongside::storage {
namespace {

using test::MigratedBackendTest;

constexpr Millis kT0 = 1'750'064'400'000;
constexpr const char* kHostileName = "Robert'); DROP TABLE users;-- <script>alert(\"x\")</script> & Zoë 👪";

std::vector<std::string> Names(const Page<User>& page) {
  std::vector<std::string> names;
  for (const auto& user : page.items) names.push_back(user.name);
  return names;
}

ListScope AllScope() {
  ListScope scope;
  scope.denied = false;
  scope.all = true;
  return scope;
}

class AccountRepositoryTest : public MigratedBackendTest {
 protected:
  void SetUp() override {
    MigratedBackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = AddArea("North");
    south_ = AddArea("South");
    north_programme_ = AddOrganisation(north_, "North Parents Together");
    north_hub_ = AddOrganisation(north_, "North Family Hub", OrganisationKind::kUniversalService);
    south_programme_ = AddOrganisation(south_, "South Peer Support");
  }

  Area AddArea(const std::string& name) {
    Area area{NewId(kT0), name, kT0};
    auto tx = database().Begin();
    organisations_.InsertArea(*tx, area);
    tx->Commit();
    return area;
  }

  Organisation AddOrganisation(const Area& area, const std::string& name,
                               OrganisationKind kind = OrganisationKind::kPeerSupportProgramme) {
    Organisation organisation{NewId(kT0), area.id, area.name, name, kind, kT0};
    auto tx = database().Begin();
    organisations_.Insert(*tx, organisation);
    tx->Commit();
    return organisation;
  }

  User MakeUser(const std::string& name, const std::string& email) {
    User user;
    user.id = NewId(kT0);
    user.email = email;
    user.name = name;
    user.password_hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
    user.created_at = kT0;
    return user;
  }

  User InsertUser(const std::string& name, const std::string& email) {
    User user = MakeUser(name, email);
    auto tx = database().Begin();
    users_.Insert(*tx, user);
    tx->Commit();
    return user;
  }

  /// Adds a role; returns the grant id.
  std::string Grant(const User& user, Role role, const std::string& organisation_id = "", Millis at = kT0) {
    RoleGrant grant;
    grant.id = NewId(at);
    grant.role = role;
    grant.organisation_id = organisation_id;
    auto tx = database().Begin();
    users_.AddGrant(*tx, user.id, grant, at);
    tx->Commit();
    return grant.id;
  }

  std::optional<User> Find(const std::string& id) {
    auto tx = database().Begin(db::TxMode::kRead);
    auto user = users_.FindById(*tx, id);
    tx->Commit();
    return user;
  }

  Page<User> List(const UserFilter& filter, const ListScope& scope = AllScope()) {
    auto tx = database().Begin(db::TxMode::kRead);
    auto page = users_.List(*tx, filter, scope);
    tx->Commit();
    return page;
  }

  Session MakeSession(const std::string& user_id, const std::string& kind, Millis at,
                      const std::string& label = "") {
    Session s;
    s.id = NewId(at);
    s.user_id = user_id;
    s.token_hash = "hash-" + s.id;
    s.csrf_token = "csrf-" + s.id;
    s.kind = kind;
    s.label = label;
    s.created_at = at;
    s.last_seen_at = at;
    s.expires_at = at + 12 * kHour;
    return s;
  }

  Session InsertSession(const std::string& user_id, const std::string& kind = "browser", Millis at = kT0,
                        const std::string& label = "") {
    Session s = MakeSession(user_id, kind, at, label);
    auto tx = database().Begin();
    sessions_.Insert(*tx, s);
    tx->Commit();
    return s;
  }

  std::optional<Session> FindSession(const std::string& id) {
    auto tx = database().Begin(db::TxMode::kRead);
    auto s = sessions_.FindById(*tx, id);
    tx->Commit();
    return s;
  }

  SqlUserRepository users_;
  SqlSessionRepository sessions_;
  SqlEmailTokenRepository tokens_;
  SqlSignInThrottleRepository throttle_;
  SqlOrganisationRepository organisations_;
  Area north_, south_;
  Organisation north_programme_, north_hub_, south_programme_;
};

// ---------------------------------------------------------------- users

TEST_P(AccountRepositoryTest, InsertedUserIsFoundByIdAndByEmailWithEveryField) {
  User user = MakeUser("Ann Example", "ann@example.org");
  user.email_verified_at = kT0 + 5;
  {
    auto tx = database().Begin();
    users_.Insert(*tx, user);
    tx->Commit();
  }
  auto tx = database().Begin(db::TxMode::kRead);
  for (const auto& found : {users_.FindById(*tx, user.id), users_.FindByEmail(*tx, "ann@example.org")}) {
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->id, user.id);
    EXPECT_EQ(found->email, "ann@example.org");
    EXPECT_EQ(found->name, "Ann Example");
    EXPECT_EQ(found->password_hash, user.password_hash);
    EXPECT_EQ(found->email_verified_at, kT0 + 5);
    EXPECT_FALSE(found->disabled());
    EXPECT_EQ(found->created_at, kT0);
    EXPECT_TRUE(found->grants.empty());
  }
  EXPECT_FALSE(users_.FindById(*tx, NewId(kT0)).has_value());
  EXPECT_FALSE(users_.FindByEmail(*tx, "someone@example.org").has_value());
}

// Emails are stored lower-cased (services lower-case what is typed before asking), so the
// lower-cased form of any spelling finds the account, and only one account per address exists.
TEST_P(AccountRepositoryTest, EmailIsUniqueAndFoundByItsLowerCasedForm) {
  const User ann = InsertUser("Ann", "ann.o'brien+test@example.org");
  {
    auto tx = database().Begin();
    EXPECT_THROW(users_.Insert(*tx, MakeUser("Another Ann", "ann.o'brien+test@example.org")), db::UniqueViolation);
  }
  auto tx = database().Begin(db::TxMode::kRead);
  auto found = users_.FindByEmail(*tx, AsciiLower("Ann.O'Brien+Test@EXAMPLE.org"));
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, ann.id);
  EXPECT_EQ(tx->QueryOne("SELECT COUNT(*) FROM users")->Int(0), 1);
}

TEST_P(AccountRepositoryTest, HostileTextInNamesIsStoredAndReadBackByteForByte) {
  const User user = InsertUser(kHostileName, "x'--@example.org");
  auto tx = database().Begin();
  users_.UpdateName(*tx, user.id, std::string(kHostileName) + " '; DELETE FROM user_roles; --");
  tx->Commit();

  const auto found = Find(user.id);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->name, std::string(kHostileName) + " '; DELETE FROM user_roles; --");
  EXPECT_EQ(found->email, "x'--@example.org");
  UserFilter filter;
  filter.query = "drop table users;--";
  const auto page = List(filter);
  ASSERT_EQ(page.total, 1) << "the users table is intact and the name searchable";
  EXPECT_EQ(page.items[0].id, user.id);
}

TEST_P(AccountRepositoryTest, NameAndPasswordChangesAreStored) {
  const User user = InsertUser("Ann", "ann@example.org");
  {
    auto tx = database().Begin();
    users_.UpdateName(*tx, user.id, "Ann Other");
    users_.SetPassword(*tx, user.id, "$argon2id$new");
    tx->Commit();
  }
  const auto found = Find(user.id);
  EXPECT_EQ(found->name, "Ann Other");
  EXPECT_EQ(found->password_hash, "$argon2id$new");
}

TEST_P(AccountRepositoryTest, VerificationKeepsTheFirstTime) {
  const User user = InsertUser("Ann", "ann@example.org");
  EXPECT_FALSE(Find(user.id)->verified());
  {
    auto tx = database().Begin();
    users_.MarkVerified(*tx, user.id, kT0 + 100);
    users_.MarkVerified(*tx, user.id, kT0 + 999);
    tx->Commit();
  }
  EXPECT_EQ(Find(user.id)->email_verified_at, kT0 + 100);
}

TEST_P(AccountRepositoryTest, DisablingAndEnablingAnAccount) {
  const User user = InsertUser("Ann", "ann@example.org");
  {
    auto tx = database().Begin();
    users_.SetDisabled(*tx, user.id, kT0 + kHour);
    tx->Commit();
  }
  EXPECT_TRUE(Find(user.id)->disabled());
  EXPECT_EQ(Find(user.id)->disabled_at, kT0 + kHour);
  {
    auto tx = database().Begin();
    users_.SetDisabled(*tx, user.id, std::nullopt);
    tx->Commit();
  }
  EXPECT_FALSE(Find(user.id)->disabled());
}

TEST_P(AccountRepositoryTest, GrantsAreReadWithTheirOrganisationAndCanBeRemoved) {
  const User user = InsertUser("Ann", "ann@example.org");
  const auto member = Grant(user, Role::kMember, "", kT0);
  const auto supporter = Grant(user, Role::kPeerSupporter, north_programme_.id, kT0 + 1);
  const auto practitioner = Grant(user, Role::kPractitioner, south_programme_.id, kT0 + 2);

  auto found = Find(user.id);
  ASSERT_EQ(found->grants.size(), 3u);
  EXPECT_EQ(found->grants[0].id, member);
  EXPECT_EQ(found->grants[0].role, Role::kMember);
  EXPECT_EQ(found->grants[0].organisation_id, "");
  EXPECT_EQ(found->grants[0].area_id, "");
  EXPECT_EQ(found->grants[1].id, supporter);
  EXPECT_EQ(found->grants[1].role, Role::kPeerSupporter);
  EXPECT_EQ(found->grants[1].organisation_id, north_programme_.id);
  EXPECT_EQ(found->grants[1].organisation_name, "North Parents Together");
  EXPECT_EQ(found->grants[1].organisation_kind, "peer_support_programme");
  EXPECT_EQ(found->grants[1].area_id, north_.id);
  EXPECT_EQ(found->grants[2].role, Role::kPractitioner);
  EXPECT_EQ(found->grants[2].area_id, south_.id);

  {
    auto tx = database().Begin();
    users_.RemoveGrant(*tx, user.id, supporter);
    tx->Commit();
  }
  found = Find(user.id);
  ASSERT_EQ(found->grants.size(), 2u);
  EXPECT_EQ(found->grants[0].id, member);
  EXPECT_EQ(found->grants[1].id, practitioner);
}

TEST_P(AccountRepositoryTest, RemovingAGrantNeedsTheRightPerson) {
  const User ann = InsertUser("Ann", "ann@example.org");
  const User bob = InsertUser("Bob", "bob@example.org");
  const auto grant = Grant(ann, Role::kCoordinator, north_programme_.id);
  {
    auto tx = database().Begin();
    users_.RemoveGrant(*tx, bob.id, grant);
    tx->Commit();
  }
  EXPECT_EQ(Find(ann.id)->grants.size(), 1u) << "another person's grant id removes nothing";
}

TEST_P(AccountRepositoryTest, TheSameRoleTwiceInOnePlaceIsAUniqueViolation) {
  const User user = InsertUser("Ann", "ann@example.org");
  Grant(user, Role::kMember);
  Grant(user, Role::kCoordinator, north_programme_.id);
  EXPECT_THROW(Grant(user, Role::kMember), db::UniqueViolation) << "no organisation counts as one place";
  EXPECT_THROW(Grant(user, Role::kCoordinator, north_programme_.id), db::UniqueViolation);
  EXPECT_NO_THROW(Grant(user, Role::kCoordinator, north_hub_.id)) << "another organisation is fine";
  EXPECT_EQ(Find(user.id)->grants.size(), 3u);
}

TEST_P(AccountRepositoryTest, ListIsOrderedByNameAndPaginatedWithTotals) {
  for (const char* name : {"Gina", "Cara", "Amir", "Eve", "Bea", "Fay", "Dev"}) {
    InsertUser(name, std::string(name) + "@example.org");
  }
  UserFilter filter;
  filter.page = {1, 3};
  auto page = List(filter);
  EXPECT_EQ(page.total, 7);
  EXPECT_EQ(page.page, 1);
  EXPECT_EQ(page.page_size, 3);
  EXPECT_EQ(page.PageCount(), 3);
  EXPECT_TRUE(page.HasNext());
  EXPECT_EQ(Names(page), (std::vector<std::string>{"Amir", "Bea", "Cara"}));
  filter.page = {2, 3};
  EXPECT_EQ(Names(List(filter)), (std::vector<std::string>{"Dev", "Eve", "Fay"}));
  filter.page = {3, 3};
  page = List(filter);
  EXPECT_EQ(page.total, 7);
  EXPECT_FALSE(page.HasNext());
  EXPECT_EQ(Names(page), (std::vector<std::string>{"Gina"}));
  filter.page = {4, 3};
  page = List(filter);
  EXPECT_TRUE(page.items.empty());
  EXPECT_EQ(page.total, 7);
}

TEST_P(AccountRepositoryTest, ListQueryMatchesPartOfANameOrEmailIgnoringCase) {
  InsertUser("Alice Walker", "alice@example.org");
  InsertUser("Bob Stone", "bob.walker@example.net");
  InsertUser("Carol King", "carol@example.org");
  UserFilter filter;
  filter.query = "WALK";
  EXPECT_EQ(Names(List(filter)), (std::vector<std::string>{"Alice Walker", "Bob Stone"}));
  filter.query = "example.net";
  EXPECT_EQ(Names(List(filter)), (std::vector<std::string>{"Bob Stone"}));
  filter.query = "nobody";
  EXPECT_EQ(List(filter).total, 0);
}

TEST_P(AccountRepositoryTest, ListQueryTreatsLikeWildcardsAsPlainCharacters) {
  InsertUser("100% Parent", "percent@example.org");
  InsertUser("Under_score", "under@example.org");
  InsertUser("Back\\slash", "back@example.org");
  InsertUser("Plain Name", "plain@example.org");
  UserFilter filter;
  filter.query = "%";
  EXPECT_EQ(Names(List(filter)), (std::vector<std::string>{"100% Parent"}));
  filter.query = "_";
  EXPECT_EQ(Names(List(filter)), (std::vector<std::string>{"Under_score"}));
  filter.query = "\\";
  EXPECT_EQ(Names(List(filter)), (std::vector<std::string>{"Back\\slash"}));
  filter.query = "'";
  EXPECT_EQ(List(filter).total, 0);
}

TEST_P(AccountRepositoryTest, ListFiltersByOrganisationAndRole) {
  const User ann = InsertUser("Ann", "ann@example.org");
  const User bob = InsertUser("Bob", "bob@example.org");
  const User cat = InsertUser("Cat", "cat@example.org");
  const User dan = InsertUser("Dan", "dan@example.org");
  Grant(ann, Role::kCoordinator, north_programme_.id);
  Grant(bob, Role::kPeerSupporter, north_programme_.id);
  Grant(cat, Role::kPeerSupporter, south_programme_.id);
  Grant(dan, Role::kMember);

  UserFilter filter;
  filter.organisation_id = north_programme_.id;
  EXPECT_EQ(Names(List(filter)), (std::vector<std::string>{"Ann", "Bob"}));
  filter.role = "peer_supporter";
  EXPECT_EQ(Names(List(filter)), (std::vector<std::string>{"Bob"}));
  filter.organisation_id.clear();
  EXPECT_EQ(Names(List(filter)), (std::vector<std::string>{"Bob", "Cat"}));
  filter.role = "member";
  EXPECT_EQ(Names(List(filter)), (std::vector<std::string>{"Dan"}));
  filter.role = "coordinator";
  filter.organisation_id = south_programme_.id;
  EXPECT_EQ(List(filter).total, 0) << "role and organisation must match the same grant";
}

TEST_P(AccountRepositoryTest, ListScopeLimitsToAnOrganisationOrAnArea) {
  const User ann = InsertUser("Ann", "ann@example.org");
  const User bob = InsertUser("Bob", "bob@example.org");
  const User cat = InsertUser("Cat", "cat@example.org");
  InsertUser("Dan", "dan@example.org");  // a member with no organisation
  Grant(ann, Role::kCoordinator, north_programme_.id);
  Grant(bob, Role::kPractitioner, north_hub_.id);
  Grant(cat, Role::kPeerSupporter, south_programme_.id);

  ListScope organisation_scope;
  organisation_scope.denied = false;
  organisation_scope.organisation_ids = {north_programme_.id};
  auto page = List({}, organisation_scope);
  EXPECT_EQ(Names(page), (std::vector<std::string>{"Ann"}));
  EXPECT_EQ(page.total, 1) << "the total counts only what the scope lets the actor see";

  ListScope area_scope;
  area_scope.denied = false;
  area_scope.area_ids = {north_.id};
  page = List({}, area_scope);
  EXPECT_EQ(Names(page), (std::vector<std::string>{"Ann", "Bob"}));
  EXPECT_EQ(page.total, 2);

  area_scope.area_ids = {south_.id};
  area_scope.organisation_ids = {north_hub_.id};
  EXPECT_EQ(Names(List({}, area_scope)), (std::vector<std::string>{"Bob", "Cat"}));

  EXPECT_EQ(Names(List({}, AllScope())), (std::vector<std::string>{"Ann", "Bob", "Cat", "Dan"}));

  ListScope denied;  // the default denies everything
  page = List({}, denied);
  EXPECT_TRUE(page.items.empty());
  EXPECT_EQ(page.total, 0);

  // The query filter narrows further within the scope, never beyond it.
  UserFilter filter;
  filter.query = "cat";
  EXPECT_EQ(List(filter, organisation_scope).total, 0);
}

TEST_P(AccountRepositoryTest, ListedUsersCarryTheirGrants) {
  const User ann = InsertUser("Ann", "ann@example.org");
  Grant(ann, Role::kCoordinator, north_programme_.id);
  Grant(ann, Role::kMember, "", kT0 + 1);
  const auto page = List({});
  ASSERT_EQ(page.items.size(), 1u);
  ASSERT_EQ(page.items[0].grants.size(), 2u);
  EXPECT_EQ(page.items[0].grants[0].organisation_name, "North Parents Together");
  EXPECT_EQ(page.items[0].grants[1].role, Role::kMember);
}

// ---------------------------------------------------------------- sessions

TEST_P(AccountRepositoryTest, SessionIsFoundByItsTokenHashWithEveryField) {
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

TEST_P(AccountRepositoryTest, TouchOnlyMovesLastSeenForward) {
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

TEST_P(AccountRepositoryTest, RevokeKeepsTheFirstRevocationTime) {
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

TEST_P(AccountRepositoryTest, RevokeAllForUserKeepsOneSessionAndOtherPeoplesSessions) {
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

TEST_P(AccountRepositoryTest, ApiTokensAreListedNewestFirstWithoutBrowserOrRevokedOnes) {
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

TEST_P(AccountRepositoryTest, TokenHashesAreUnique) {
  const User ann = InsertUser("Ann", "ann@example.org");
  const Session s = InsertSession(ann.id);
  Session clash = MakeSession(ann.id, "browser", kT0);
  clash.token_hash = s.token_hash;
  auto tx = database().Begin();
  EXPECT_THROW(sessions_.Insert(*tx, clash), db::UniqueViolation);
}

TEST_P(AccountRepositoryTest, DeleteExpiredRemovesOnlyExpiredAndLongRevokedSessions) {
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

TEST_P(AccountRepositoryTest, EmailTokenIsStoredWithItsExpiryAndMarkedUsed) {
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

TEST_P(AccountRepositoryTest, EmailTokenHashesAreUniqueAndPurposesChecked) {
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

TEST_P(AccountRepositoryTest, ThrottleCountsFailuresWithinTheWindowByEmailAndByAddress) {
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

INSTANTIATE_TEST_SUITE_P(Backends, AccountRepositoryTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside::storage
