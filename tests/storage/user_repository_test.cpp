// People: accounts, roles and the scoped list, stored on SQLite and PostgreSQL.

#include "account_repository_fixture.hpp"

namespace alongside::storage {
namespace {

using namespace test_accounts;

class UserRepositoryTest : public AccountRepositoryTest {};

// ---------------------------------------------------------------- users

TEST_P(UserRepositoryTest, InsertedUserIsFoundByIdAndByEmailWithEveryField) {
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
TEST_P(UserRepositoryTest, EmailIsUniqueAndFoundByItsLowerCasedForm) {
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

TEST_P(UserRepositoryTest, HostileTextInNamesIsStoredAndReadBackByteForByte) {
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

TEST_P(UserRepositoryTest, NameAndPasswordChangesAreStored) {
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

TEST_P(UserRepositoryTest, VerificationKeepsTheFirstTime) {
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

TEST_P(UserRepositoryTest, DisablingAndEnablingAnAccount) {
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

TEST_P(UserRepositoryTest, GrantsAreReadWithTheirOrganisationAndCanBeRemoved) {
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

TEST_P(UserRepositoryTest, RemovingAGrantNeedsTheRightPerson) {
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

TEST_P(UserRepositoryTest, TheSameRoleTwiceInOnePlaceIsAUniqueViolation) {
  const User user = InsertUser("Ann", "ann@example.org");
  Grant(user, Role::kMember);
  Grant(user, Role::kCoordinator, north_programme_.id);
  EXPECT_THROW(Grant(user, Role::kMember), db::UniqueViolation) << "no organisation counts as one place";
  EXPECT_THROW(Grant(user, Role::kCoordinator, north_programme_.id), db::UniqueViolation);
  EXPECT_NO_THROW(Grant(user, Role::kCoordinator, north_hub_.id)) << "another organisation is fine";
  EXPECT_EQ(Find(user.id)->grants.size(), 3u);
}

TEST_P(UserRepositoryTest, ListIsOrderedByNameAndPaginatedWithTotals) {
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

TEST_P(UserRepositoryTest, ListQueryMatchesPartOfANameOrEmailIgnoringCase) {
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

TEST_P(UserRepositoryTest, ListQueryTreatsLikeWildcardsAsPlainCharacters) {
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

TEST_P(UserRepositoryTest, ListFiltersByOrganisationAndRole) {
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

TEST_P(UserRepositoryTest, ListScopeLimitsToAnOrganisationOrAnArea) {
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

TEST_P(UserRepositoryTest, ListedUsersCarryTheirGrants) {
  const User ann = InsertUser("Ann", "ann@example.org");
  Grant(ann, Role::kCoordinator, north_programme_.id);
  Grant(ann, Role::kMember, "", kT0 + 1);
  const auto page = List({});
  ASSERT_EQ(page.items.size(), 1u);
  ASSERT_EQ(page.items[0].grants.size(), 2u);
  EXPECT_EQ(page.items[0].grants[0].organisation_name, "North Parents Together");
  EXPECT_EQ(page.items[0].grants[1].role, Role::kMember);
}


INSTANTIATE_TEST_SUITE_P(Backends, UserRepositoryTest, ::testing::ValuesIn(test::TestBackends()), test::BackendName);

}  // namespace
}  // namespace alongside::storage
