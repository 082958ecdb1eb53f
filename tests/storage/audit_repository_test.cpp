// The append-only audit log on SQLite and PostgreSQL.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/common/ids.hpp"
#include "storage/accounts/sql_user_repository.hpp"
#include "storage/audit/sql_audit_repository.hpp"
#include "storage/organisations/sql_organisation_repository.hpp"
#include "test_databases.hpp"

namespace alongside::storage {
namespace {

using test::MigratedBackendTest;

constexpr Millis kT0 = 1'750'064'400'000;

class AuditRepositoryTest : public MigratedBackendTest {
 protected:
  void SetUp() override {
    MigratedBackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto tx = database().Begin();
    north_ = {NewId(kT0), "North", kT0};
    south_ = {NewId(kT0), "South", kT0};
    organisations_.InsertArea(*tx, north_);
    organisations_.InsertArea(*tx, south_);
    north_a_ = {NewId(kT0), north_.id, "", "North A", OrganisationKind::kPeerSupportProgramme, kT0};
    north_b_ = {NewId(kT0), north_.id, "", "North B", OrganisationKind::kUniversalService, kT0};
    south_a_ = {NewId(kT0), south_.id, "", "South A", OrganisationKind::kPeerSupportProgramme, kT0};
    for (const auto* o : {&north_a_, &north_b_, &south_a_}) organisations_.Insert(*tx, *o);
    ann_ = {NewId(kT0), "ann@example.org", "Ann <Admin>", "", kT0, std::nullopt, kT0, {}};
    users_.Insert(*tx, ann_);
    tx->Commit();
  }

  AuditEntry Append(Millis at, const std::string& actor, const std::string& organisation, const std::string& action,
                    const std::string& record_type = "user", const std::string& record_id = "",
                    const std::string& outcome = "allowed", const std::string& request_id = "") {
    AuditEntry entry;
    entry.id = NewId(at);
    entry.at = at;
    entry.actor_user_id = actor;
    entry.actor_organisation_id = organisation;
    entry.action = action;
    entry.record_type = record_type;
    entry.record_id = record_id;
    entry.outcome = outcome;
    entry.request_id = request_id;
    auto tx = database().Begin();
    audit_.Append(*tx, entry);
    tx->Commit();
    return entry;
  }

  Page<AuditEntry> List(AuditFilter filter, const ListScope& scope = All()) {
    auto tx = database().Begin(db::TxMode::kRead);
    return audit_.List(*tx, filter, scope);
  }

  static std::vector<std::string> Actions(const Page<AuditEntry>& page) {
    std::vector<std::string> actions;
    for (const auto& entry : page.items) actions.push_back(entry.action);
    return actions;
  }

  static ListScope All() {
    ListScope scope;
    scope.denied = false;
    scope.all = true;
    return scope;
  }

  std::int64_t CountEntries() {
    auto tx = database().Begin(db::TxMode::kRead);
    return tx->QueryOne("SELECT COUNT(*) FROM audit_log")->Int(0);
  }

  SqlAuditRepository audit_;
  SqlUserRepository users_;
  SqlOrganisationRepository organisations_;
  Area north_, south_;
  Organisation north_a_, north_b_, south_a_;
  User ann_;
};

TEST_P(AuditRepositoryTest, AppendedEntryIsListedWithEveryFieldAndTheActorsName) {
  const auto entry = Append(kT0, ann_.id, north_a_.id, "user.read", "user", "record-1", "allowed", "req-42");
  const auto page = List({});
  ASSERT_EQ(page.items.size(), 1u);
  const auto& got = page.items[0];
  EXPECT_EQ(got.id, entry.id);
  EXPECT_EQ(got.at, kT0);
  EXPECT_EQ(got.actor_user_id, ann_.id);
  EXPECT_EQ(got.actor_name, "Ann <Admin>");
  EXPECT_EQ(got.actor_organisation_id, north_a_.id);
  EXPECT_EQ(got.action, "user.read");
  EXPECT_EQ(got.record_type, "user");
  EXPECT_EQ(got.record_id, "record-1");
  EXPECT_EQ(got.outcome, "allowed");
  EXPECT_EQ(got.request_id, "req-42");
}

TEST_P(AuditRepositoryTest, AnonymousEntriesHaveNoActorName) {
  Append(kT0, "", "", "session.sign_in", "user", "", "failed");
  const auto page = List({});
  ASSERT_EQ(page.items.size(), 1u);
  EXPECT_EQ(page.items[0].actor_user_id, "");
  EXPECT_EQ(page.items[0].actor_name, "");
  EXPECT_EQ(page.items[0].outcome, "failed");
}

TEST_P(AuditRepositoryTest, HostileTextIsStoredAndReadBackByteForByte) {
  const std::string hostile = "Robert'); DROP TABLE audit_log;-- <script>alert(1)</script>";
  Append(kT0, ann_.id, "", "user.read", "user", hostile, "allowed", hostile);
  AuditFilter filter;
  filter.record_id = hostile;
  const auto page = List(filter);
  ASSERT_EQ(page.items.size(), 1u);
  EXPECT_EQ(page.items[0].record_id, hostile);
  EXPECT_EQ(page.items[0].request_id, hostile);
}

TEST_P(AuditRepositoryTest, ListIsNewestFirstAndPaginated) {
  for (int i = 0; i < 5; ++i) Append(kT0 + i * kMinute, ann_.id, "", "action." + std::to_string(i));
  AuditFilter filter;
  filter.page = {1, 2};
  auto page = List(filter);
  EXPECT_EQ(page.total, 5);
  EXPECT_EQ(Actions(page), (std::vector<std::string>{"action.4", "action.3"}));
  filter.page = {3, 2};
  page = List(filter);
  EXPECT_EQ(page.total, 5);
  EXPECT_EQ(Actions(page), (std::vector<std::string>{"action.0"}));
}

TEST_P(AuditRepositoryTest, ListFiltersByActorActionRecordOutcomeAndTime) {
  const std::string bob = NewId(kT0);
  Append(kT0 + 1, ann_.id, "", "session.sign_in", "user", ann_.id, "allowed");
  Append(kT0 + 2, "", "", "session.sign_in", "user", "", "failed");
  Append(kT0 + 3, ann_.id, "", "session.sign_out", "user", ann_.id, "allowed");
  Append(kT0 + 4, bob, "", "user.read", "user", ann_.id, "allowed");
  Append(kT0 + 5, bob, "", "organisation.create", "organisation", north_a_.id, "refused");
  Append(kT0 + 6, ann_.id, "", "sessionXsign_in", "user", "", "allowed");

  AuditFilter filter;
  filter.actor_user_id = ann_.id;
  EXPECT_EQ(Actions(List(filter)), (std::vector<std::string>{"sessionXsign_in", "session.sign_out", "session.sign_in"}));

  filter = {};
  filter.action = "session.";
  EXPECT_EQ(Actions(List(filter)), (std::vector<std::string>{"session.sign_out", "session.sign_in", "session.sign_in"}))
      << "a prefix ending in '.' matches that family of actions only";

  filter = {};
  filter.action = "session.sign_in";
  EXPECT_EQ(List(filter).total, 2);

  filter = {};
  filter.record_type = "user";
  filter.record_id = ann_.id;
  EXPECT_EQ(Actions(List(filter)), (std::vector<std::string>{"user.read", "session.sign_out", "session.sign_in"}));

  filter = {};
  filter.outcome = "refused";
  EXPECT_EQ(Actions(List(filter)), (std::vector<std::string>{"organisation.create"}));

  filter = {};
  filter.from = kT0 + 2;
  filter.to = kT0 + 4;
  EXPECT_EQ(Actions(List(filter)), (std::vector<std::string>{"session.sign_out", "session.sign_in"}))
      << "from is inclusive, to exclusive";
}

TEST_P(AuditRepositoryTest, AreaScopeShowsOnlyActorsOfThatAreasOrganisations) {
  Append(kT0 + 1, "u1", north_a_.id, "north.a");
  Append(kT0 + 2, "u2", north_b_.id, "north.b");
  Append(kT0 + 3, "u3", south_a_.id, "south.a");
  Append(kT0 + 4, "u4", "", "platform");

  ListScope area;
  area.denied = false;
  area.area_ids = {north_.id};
  auto page = List({}, area);
  EXPECT_EQ(Actions(page), (std::vector<std::string>{"north.b", "north.a"}));
  EXPECT_EQ(page.total, 2);

  ListScope organisation;
  organisation.denied = false;
  organisation.organisation_ids = {south_a_.id};
  EXPECT_EQ(Actions(List({}, organisation)), (std::vector<std::string>{"south.a"}));

  EXPECT_EQ(List({}, All()).total, 4);
  ListScope denied;
  page = List({}, denied);
  EXPECT_TRUE(page.items.empty());
  EXPECT_EQ(page.total, 0);
}

TEST_P(AuditRepositoryTest, EntriesCannotBeChangedOrDeleted) {
  const auto entry = Append(kT0, ann_.id, "", "user.read", "user", "record-1");
  const std::vector<std::string> attempts = {
      "UPDATE audit_log SET action = 'nothing.happened' WHERE id = $1",
      "UPDATE audit_log SET outcome = 'refused'",
      "DELETE FROM audit_log WHERE id = $1",
      "DELETE FROM audit_log",
  };
  for (const auto& sql : attempts) {
    auto tx = database().Begin();
    const db::Params params = sql.find("$1") != std::string::npos ? db::Params{entry.id} : db::Params{};
    EXPECT_THROW(
        {
          tx->Execute(sql, params);
          tx->Commit();
        },
        db::DatabaseError)
        << sql;
  }
  if (database().dialect() == db::Dialect::kPostgres) {
    auto tx = database().Begin();
    EXPECT_THROW(
        {
          tx->Execute("TRUNCATE audit_log");
          tx->Commit();
        },
        db::DatabaseError);
  }
  const auto page = List({});
  ASSERT_EQ(page.items.size(), 1u);
  EXPECT_EQ(page.items[0].action, "user.read");
  EXPECT_EQ(page.items[0].outcome, "allowed");
  EXPECT_EQ(CountEntries(), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditRepositoryTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside::storage
