// Administering people, areas and organisations with the real repositories on SQLite and
// PostgreSQL: who may do what, what lists show, and what the audit log records.

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "service_test_wiring.hpp"

namespace alongside {
namespace {

using test::kKnownPassword;

constexpr const char* kNewPassword = "a brand new long passphrase";

class AdminServiceTest : public test::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = AddArea("North");
    south_ = AddArea("South");
    north_programme_ = AddOrganisation(north_, "North Parents Together");
    north_hub_ = AddOrganisation(north_, "North Family Hub", OrganisationKind::kUniversalService);
    south_programme_ = AddOrganisation(south_, "South Peer Support");
    pat_ = AddUser("Pat Platform", "pat@example.org", Role::kAdministrator);
    ari_ = AddUser("Ari Area", "ari@example.org", Role::kAdministrator, north_programme_.id);
    cora_ = AddUser("Cora Coordinator", "cora@example.org", Role::kCoordinator, north_programme_.id);
    sam_ = AddUser("Sam Supporter", "sam@example.org", Role::kPeerSupporter, north_programme_.id);
    priya_ = AddUser("Priya Practitioner", "priya@example.org", Role::kPractitioner, north_hub_.id);
    sid_ = AddUser("Sid South", "sid@example.org", Role::kPeerSupporter, south_programme_.id);
    mo_ = AddUser("Mo Member", "mo@example.org", Role::kMember);
    clock().Advance(kMinute);
  }

  /// Runs a service call that must be refused, and audits the refusal the way the request
  /// pipeline does (after the service's own transaction has rolled back). Returns the entry.
  AuditEntry ExpectRefused(const User& who, const std::function<void(const Actor&)>& call,
                           const std::string& expected_action, const std::string& expected_record = "") {
    clock().Advance(kSecond);  // the refusal is strictly the newest entry
    const Actor actor = ActorOf(who, "req-refused");
    try {
      call(actor);
      ADD_FAILURE() << who.name << " was allowed to " << expected_action;
      return {};
    } catch (const AccessRefused& refused) {
      w().audit.RecordRefusal(actor, refused);
    }
    const auto entries = AuditEntriesFor(expected_action);
    if (entries.empty() || entries[0].outcome != "refused") {
      ADD_FAILURE() << "no refused " << expected_action << " entry";
      return {};
    }
    const auto& entry = entries[0];
    EXPECT_EQ(entry.actor_user_id, who.id);
    EXPECT_EQ(entry.record_id, expected_record);
    EXPECT_EQ(entry.request_id, "req-refused");
    return entry;
  }

  static std::vector<std::string> Names(const Page<User>& page) {
    std::vector<std::string> names;
    for (const auto& user : page.items) names.push_back(user.name);
    return names;
  }

  static std::vector<std::string> Names(const Page<Organisation>& page) {
    std::vector<std::string> names;
    for (const auto& organisation : page.items) names.push_back(organisation.name);
    return names;
  }

  Area north_, south_;
  Organisation north_programme_, north_hub_, south_programme_;
  User pat_, ari_, cora_, sam_, priya_, sid_, mo_;
};

// ---------------------------------------------------------------- areas and organisations

TEST_P(AdminServiceTest, PlatformAdministratorCreatesAreasAndOrganisations) {
  const Area east = w().organisation_service.CreateArea(ActorOf(pat_), "  East <Riding>  ");
  EXPECT_EQ(east.name, "East <Riding>");
  const Organisation service = w().organisation_service.Create(
      ActorOf(pat_), {east.id, " East Specialist Perinatal Team ", "specialist_service"});
  EXPECT_EQ(service.name, "East Specialist Perinatal Team");
  EXPECT_EQ(service.kind, OrganisationKind::kSpecialistService);
  EXPECT_EQ(service.area_name, "East <Riding>");

  const Organisation read = w().organisation_service.Get(ActorOf(pat_), service.id);
  EXPECT_EQ(read.name, "East Specialist Perinatal Team");
  EXPECT_EQ(read.area_id, east.id);

  const auto area_entries = AuditEntriesFor("area.create");
  ASSERT_EQ(area_entries.size(), 1u);
  EXPECT_EQ(area_entries[0].outcome, "allowed");
  EXPECT_EQ(area_entries[0].actor_user_id, pat_.id);
  EXPECT_EQ(area_entries[0].record_id, east.id);
  const auto organisation_entries = AuditEntriesFor("organisation.create");
  ASSERT_EQ(organisation_entries.size(), 1u);
  EXPECT_EQ(organisation_entries[0].record_id, service.id);
  EXPECT_EQ(organisation_entries[0].actor_user_id, pat_.id);
}

TEST_P(AdminServiceTest, DuplicateNamesAreReportedAtTheNameField) {
  try {
    w().organisation_service.CreateArea(ActorOf(pat_), "North");
    FAIL() << "a second area called North";
  } catch (const Invalid& error) {
    EXPECT_EQ(error.errors().at(0).field, "name");
  }
  try {
    w().organisation_service.Create(ActorOf(pat_), {south_.id, "North Family Hub", "universal_service"});
    FAIL() << "a second organisation with the same name";
  } catch (const Invalid& error) {
    EXPECT_EQ(error.errors().at(0).field, "name");
  }
  EXPECT_EQ(Count("areas"), 2);
  EXPECT_EQ(Count("organisations"), 3);
}

TEST_P(AdminServiceTest, InvalidOrganisationReportsEveryField) {
  try {
    w().organisation_service.Create(ActorOf(pat_), {"", "  ", "bakery"});
    FAIL() << "an invalid organisation was created";
  } catch (const Invalid& error) {
    ASSERT_EQ(error.errors().size(), 3u);
    EXPECT_EQ(error.errors()[0].field, "name");
    EXPECT_EQ(error.errors()[1].field, "kind");
    EXPECT_EQ(error.errors()[2].field, "area_id");
  }
  try {
    w().organisation_service.Create(ActorOf(pat_), {"'; DROP TABLE areas;--", "New Service", "universal_service"});
    FAIL() << "an organisation in an unknown area was created";
  } catch (const Invalid& error) {
    ASSERT_EQ(error.errors().size(), 1u);
    EXPECT_EQ(error.errors()[0].field, "area_id");
  }
  EXPECT_EQ(Count("organisations"), 3);
  EXPECT_EQ(Count("areas"), 2);
}

TEST_P(AdminServiceTest, OnlyPlatformAdministratorsCreateAreas) {
  for (const User* who : {&ari_, &cora_, &sam_, &mo_}) {
    ExpectRefused(*who, [&](const Actor& actor) { w().organisation_service.CreateArea(actor, "East"); },
                  "area.create");
  }
  EXPECT_EQ(Count("areas"), 2);
  EXPECT_EQ(AuditEntriesFor("area.create").size(), 4u);
}

TEST_P(AdminServiceTest, AnAreaAdministratorCreatesOrganisationsInTheirOwnAreaOnly) {
  const auto created = w().organisation_service.Create(ActorOf(ari_), {north_.id, "North Doulas", "peer_support_programme"});
  EXPECT_EQ(created.area_id, north_.id);
  const auto allowed = AuditEntriesFor("organisation.create");
  ASSERT_EQ(allowed.size(), 1u);
  EXPECT_EQ(allowed[0].actor_organisation_id, north_programme_.id) << "the organisation acted from";

  ExpectRefused(
      ari_,
      [&](const Actor& actor) {
        w().organisation_service.Create(actor, {south_.id, "South Doulas", "peer_support_programme"});
      },
      "organisation.create");
  ExpectRefused(
      cora_,
      [&](const Actor& actor) {
        w().organisation_service.Create(actor, {north_.id, "Cora's Group", "peer_support_programme"});
      },
      "organisation.create");
  EXPECT_EQ(Count("organisations"), 4);
}

TEST_P(AdminServiceTest, OrganisationListsFollowTheActorsScope) {
  auto page = w().organisation_service.List(ActorOf(pat_), {});
  EXPECT_EQ(page.total, 3);
  EXPECT_EQ(Names(page), (std::vector<std::string>{"North Family Hub", "North Parents Together", "South Peer Support"}));

  page = w().organisation_service.List(ActorOf(ari_), {});
  EXPECT_EQ(page.total, 2);
  EXPECT_EQ(Names(page), (std::vector<std::string>{"North Family Hub", "North Parents Together"}));

  const auto areas = w().organisation_service.ListAreas(ActorOf(ari_));
  ASSERT_EQ(areas.size(), 1u);
  EXPECT_EQ(areas[0].name, "North");
  EXPECT_EQ(w().organisation_service.ListAreas(ActorOf(pat_)).size(), 2u);

  ExpectRefused(cora_, [&](const Actor& actor) { w().organisation_service.List(actor, {}); }, "organisation.list");
  ExpectRefused(mo_, [&](const Actor& actor) { w().organisation_service.List(actor, {}); }, "organisation.list");
  ExpectRefused(mo_, [&](const Actor& actor) { w().organisation_service.ListAreas(actor); }, "area.list");
}

TEST_P(AdminServiceTest, PeopleReadTheirOwnOrganisationButNotOthers) {
  EXPECT_EQ(w().organisation_service.Get(ActorOf(sam_), north_programme_.id).name, "North Parents Together");
  ExpectRefused(
      sam_, [&](const Actor& actor) { w().organisation_service.Get(actor, south_programme_.id); },
      "organisation.read", south_programme_.id);
  ExpectRefused(
      mo_, [&](const Actor& actor) { w().organisation_service.Get(actor, north_programme_.id); },
      "organisation.read", north_programme_.id);
  EXPECT_THROW(w().organisation_service.Get(ActorOf(pat_), "no-such-id"), NotFound);
}

// ---------------------------------------------------------------- people

TEST_P(AdminServiceTest, PlatformAdministratorCreatesAPersonWithAPassword) {
  const User created = w().user_admin.Create(
      ActorOf(pat_), {" Nia New ", " Nia.New@Example.ORG ", "practitioner", north_hub_.id, kNewPassword});
  EXPECT_EQ(created.name, "Nia New");
  EXPECT_EQ(created.email, "nia.new@example.org");
  EXPECT_EQ(created.password_hash, "") << "the hash never leaves the service";
  ASSERT_EQ(created.grants.size(), 1u);
  EXPECT_EQ(created.grants[0].role, Role::kPractitioner);

  const auto stored = FindUser(created.id);
  ASSERT_TRUE(stored.has_value());
  EXPECT_TRUE(stored->verified()) << "an administrator vouches for the address";
  ASSERT_EQ(stored->grants.size(), 1u);
  EXPECT_EQ(stored->grants[0].organisation_id, north_hub_.id);
  EXPECT_EQ(Count("outbox"), 0) << "no invitation when a password is set";
  EXPECT_NO_THROW(w().session_service.SignIn("nia.new@example.org", kNewPassword, "192.0.2.1", "req"));

  const auto entries = AuditEntriesFor("user.create");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].outcome, "allowed");
  EXPECT_EQ(entries[0].actor_user_id, pat_.id);
  EXPECT_EQ(entries[0].record_id, created.id);
  EXPECT_EQ(AuditLogText().find(kNewPassword), std::string::npos);
}

TEST_P(AdminServiceTest, APersonCreatedWithoutAPasswordIsInvitedByEmail) {
  const User created =
      w().user_admin.Create(ActorOf(ari_), {"Nia New", "nia@example.org", "peer_supporter", north_programme_.id, ""});
  EXPECT_FALSE(FindUser(created.id)->verified());
  const auto emails = Outbox();
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_EQ(emails[0].to, "nia@example.org");
  EXPECT_EQ(emails[0].subject, "You have been invited to Alongside");
  EXPECT_NE(emails[0].body.find("Ari Area has created an Alongside account for you"), std::string::npos);
  const auto token = LinkToken(emails[0].body, "/reset-password");
  ASSERT_FALSE(token.empty()) << emails[0].body;

  clock().Advance(7 * kDay - kMinute);
  EXPECT_TRUE(w().account_service.ResetLinkValid(token)) << "the invitation works for a week";
  clock().Advance(kMinute);
  EXPECT_FALSE(w().account_service.ResetLinkValid(token));
}

TEST_P(AdminServiceTest, ATakenEmailIsReportedAtTheEmailField) {
  try {
    w().user_admin.Create(ActorOf(pat_), {"Another Sam", "SAM@example.org", "member", "", ""});
    FAIL() << "a second account for the same address";
  } catch (const Invalid& error) {
    ASSERT_EQ(error.errors().size(), 1u);
    EXPECT_EQ(error.errors()[0].field, "email");
  }
  EXPECT_EQ(Count("users"), 7);
}

TEST_P(AdminServiceTest, AnAreaAdministratorCreatesPeopleInTheirOwnAreaOnly) {
  EXPECT_NO_THROW(
      w().user_admin.Create(ActorOf(ari_), {"Nia New", "nia@example.org", "practitioner", north_hub_.id, ""}));
  ExpectRefused(
      ari_,
      [&](const Actor& actor) {
        w().user_admin.Create(actor, {"Sol South", "sol@example.org", "peer_supporter", south_programme_.id, ""});
      },
      "user.create");
  ExpectRefused(
      ari_,
      [&](const Actor& actor) {
        w().user_admin.Create(actor, {"Pip Platform", "pip@example.org", "administrator", "", ""});
      },
      "user.create");
  EXPECT_FALSE(FindUserByEmail("sol@example.org").has_value());
  EXPECT_FALSE(FindUserByEmail("pip@example.org").has_value());
  EXPECT_EQ(Count("users"), 8);
  EXPECT_EQ(Count("outbox"), 1) << "refused invitations are never sent";
}

TEST_P(AdminServiceTest, CoordinatorsSupportersAndMembersCannotCreatePeople) {
  for (const User* who : {&cora_, &sam_, &mo_}) {
    ExpectRefused(
        *who,
        [&](const Actor& actor) {
          w().user_admin.Create(actor, {"Nia New", "nia@example.org", "peer_supporter", north_programme_.id, ""});
        },
        "user.create");
  }
  EXPECT_EQ(Count("users"), 7);
  const auto entries = AuditEntriesFor("user.create");
  ASSERT_EQ(entries.size(), 3u);
  for (const auto& entry : entries) EXPECT_EQ(entry.outcome, "refused");
}

TEST_P(AdminServiceTest, PeopleListsFollowTheActorsScope) {
  auto page = w().user_admin.List(ActorOf(cora_), {});
  EXPECT_EQ(Names(page), (std::vector<std::string>{"Ari Area", "Cora Coordinator", "Sam Supporter"}))
      << "a coordinator sees their own programme";
  EXPECT_EQ(page.total, 3);
  for (const auto& user : page.items) EXPECT_EQ(user.password_hash, "");

  page = w().user_admin.List(ActorOf(ari_), {});
  EXPECT_EQ(Names(page),
            (std::vector<std::string>{"Ari Area", "Cora Coordinator", "Priya Practitioner", "Sam Supporter"}))
      << "an area administrator sees the whole area";

  UserFilter filter;
  filter.page = {2, 3};
  page = w().user_admin.List(ActorOf(pat_), filter);
  EXPECT_EQ(page.total, 7);
  EXPECT_EQ(Names(page), (std::vector<std::string>{"Pat Platform", "Priya Practitioner", "Sam Supporter"}));

  filter = {};
  filter.query = "  south ";
  EXPECT_EQ(Names(w().user_admin.List(ActorOf(pat_), filter)), (std::vector<std::string>{"Sid South"}));
  EXPECT_TRUE(w().user_admin.List(ActorOf(ari_), filter).items.empty()) << "a search never reaches beyond the scope";

  EXPECT_EQ(AuditEntriesFor("user.list").size(), 5u);
  ExpectRefused(sam_, [&](const Actor& actor) { w().user_admin.List(actor, {}); }, "user.list");
  ExpectRefused(mo_, [&](const Actor& actor) { w().user_admin.List(actor, {}); }, "user.list");
}

TEST_P(AdminServiceTest, ReadingAPersonIsAuditedAndLimitedToTheScope) {
  const User read = w().user_admin.Get(ActorOf(cora_), sam_.id);
  EXPECT_EQ(read.name, "Sam Supporter");
  EXPECT_EQ(read.password_hash, "");
  const auto entries = AuditEntriesFor("user.read");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].actor_user_id, cora_.id);
  EXPECT_EQ(entries[0].record_id, sam_.id);
  EXPECT_EQ(entries[0].outcome, "allowed");

  ExpectRefused(cora_, [&](const Actor& actor) { w().user_admin.Get(actor, sid_.id); }, "user.read", sid_.id);
  ExpectRefused(cora_, [&](const Actor& actor) { w().user_admin.Get(actor, priya_.id); }, "user.read", priya_.id);
  ExpectRefused(sam_, [&](const Actor& actor) { w().user_admin.Get(actor, cora_.id); }, "user.read", cora_.id);
  EXPECT_THROW(w().user_admin.Get(ActorOf(pat_), NewId(clock().Now())), NotFound);
}

TEST_P(AdminServiceTest, GrantingAndRevokingRolesWithinTheScope) {
  w().user_admin.GrantRole(ActorOf(ari_), priya_.id, "coordinator", north_programme_.id);
  auto priya = FindUser(priya_.id);
  ASSERT_EQ(priya->grants.size(), 2u);
  EXPECT_EQ(priya->grants[1].role, Role::kCoordinator);
  EXPECT_EQ(priya->grants[1].organisation_id, north_programme_.id);

  try {
    w().user_admin.GrantRole(ActorOf(ari_), priya_.id, "coordinator", north_programme_.id);
    FAIL() << "the same role was granted twice";
  } catch (const Invalid& error) {
    EXPECT_EQ(error.errors().at(0).field, "role");
  }
  ExpectRefused(
      ari_, [&](const Actor& actor) { w().user_admin.GrantRole(actor, priya_.id, "coordinator", south_programme_.id); },
      "user.update", priya_.id);
  ExpectRefused(
      ari_, [&](const Actor& actor) { w().user_admin.GrantRole(actor, sid_.id, "coordinator", north_programme_.id); },
      "user.update", sid_.id);
  ExpectRefused(
      cora_, [&](const Actor& actor) { w().user_admin.GrantRole(actor, sam_.id, "coordinator", north_programme_.id); },
      "user.update", sam_.id);
  EXPECT_EQ(FindUser(priya_.id)->grants.size(), 2u);
  EXPECT_EQ(FindUser(sid_.id)->grants.size(), 1u);

  w().user_admin.RevokeRole(ActorOf(ari_), priya_.id, priya->grants[1].id);
  priya = FindUser(priya_.id);
  ASSERT_EQ(priya->grants.size(), 1u);
  EXPECT_EQ(priya->grants[0].role, Role::kPractitioner);

  ExpectRefused(
      ari_, [&](const Actor& actor) { w().user_admin.RevokeRole(actor, sid_.id, sid_.grants.at(0).id); },
      "user.update", sid_.id);
  EXPECT_EQ(FindUser(sid_.id)->grants.size(), 1u);

  const auto granted = AuditEntriesFor("user.grant_role");
  ASSERT_EQ(granted.size(), 1u);
  EXPECT_EQ(granted[0].actor_user_id, ari_.id);
  EXPECT_EQ(granted[0].record_id, priya_.id);
  ASSERT_EQ(AuditEntriesFor("user.revoke_role").size(), 1u);
}

TEST_P(AdminServiceTest, NobodyRemovesTheirOwnAdministratorRole) {
  EXPECT_THROW(w().user_admin.RevokeRole(ActorOf(pat_), pat_.id, pat_.grants.at(0).id), Invalid);
  EXPECT_EQ(FindUser(pat_.id)->grants.size(), 1u);
  EXPECT_TRUE(AuditEntriesFor("user.revoke_role").empty());
}

TEST_P(AdminServiceTest, DisablingAPersonSignsThemOutEverywhere) {
  const auto signed_in = w().session_service.SignIn("sam@example.org", kKnownPassword, "192.0.2.1", "req");
  w().user_admin.SetDisabled(ActorOf(ari_), sam_.id, true);
  EXPECT_TRUE(FindUser(sam_.id)->disabled());
  EXPECT_FALSE(w().session_service.Authenticate(signed_in.token, "req").has_value());
  {
    auto tx = database().Begin(db::TxMode::kRead);
    EXPECT_TRUE(w().sessions.FindById(*tx, signed_in.session.id)->revoked_at.has_value());
  }
  EXPECT_THROW(w().session_service.SignIn("sam@example.org", kKnownPassword, "192.0.2.1", "req"), Unauthorized);

  w().user_admin.SetDisabled(ActorOf(ari_), sam_.id, false);
  EXPECT_FALSE(FindUser(sam_.id)->disabled());

  const auto disabled = AuditEntriesFor("user.disable");
  ASSERT_EQ(disabled.size(), 1u);
  EXPECT_EQ(disabled[0].actor_user_id, ari_.id);
  EXPECT_EQ(disabled[0].record_id, sam_.id);
  EXPECT_EQ(AuditEntriesFor("user.enable").size(), 1u);
}

TEST_P(AdminServiceTest, DisablingIsRefusedForOneselfAndBeyondTheScope) {
  EXPECT_THROW(w().user_admin.SetDisabled(ActorOf(ari_), ari_.id, true), Invalid);
  ExpectRefused(ari_, [&](const Actor& actor) { w().user_admin.SetDisabled(actor, sid_.id, true); }, "user.update",
                sid_.id);
  ExpectRefused(cora_, [&](const Actor& actor) { w().user_admin.SetDisabled(actor, sam_.id, true); }, "user.update",
                sam_.id);
  EXPECT_FALSE(FindUser(ari_.id)->disabled());
  EXPECT_FALSE(FindUser(sid_.id)->disabled());
  EXPECT_FALSE(FindUser(sam_.id)->disabled());
  EXPECT_TRUE(AuditEntriesFor("user.disable").empty());
}

TEST_P(AdminServiceTest, AnAreaAdministratorCannotDisableSomeoneWhoAlsoWorksBeyondTheirArea) {
  // Sid works in the south and now also in the north; Pat administers the whole platform
  // and also coordinates in the north. Ari, the north's administrator, reaches neither fully.
  w().user_admin.GrantRole(ActorOf(pat_), sid_.id, "peer_supporter", north_programme_.id);
  w().user_admin.GrantRole(ActorOf(pat_), pat_.id, "coordinator", north_programme_.id);
  ExpectRefused(ari_, [&](const Actor& actor) { w().user_admin.SetDisabled(actor, sid_.id, true); }, "user.update",
                sid_.id);
  ExpectRefused(ari_, [&](const Actor& actor) { w().user_admin.SetDisabled(actor, pat_.id, true); }, "user.update",
                pat_.id);
  EXPECT_FALSE(FindUser(sid_.id)->disabled());
  EXPECT_FALSE(FindUser(pat_.id)->disabled());
  // The platform administrator still can.
  w().user_admin.SetDisabled(ActorOf(pat_), sid_.id, true);
  EXPECT_TRUE(FindUser(sid_.id)->disabled());
}

// ---------------------------------------------------------------- the audit log itself

TEST_P(AdminServiceTest, AuditLogBrowsingFollowsTheScopeAndIsItselfAudited) {
  w().user_admin.Get(ActorOf(cora_), sam_.id);  // acting from North Parents Together
  clock().Advance(kSecond);
  w().organisation_service.CreateArea(ActorOf(pat_), "East");  // platform-level
  clock().Advance(kSecond);
  w().user_admin.Get(ActorOf(pat_), sid_.id);
  clock().Advance(kSecond);

  const auto platform = w().audit.List(ActorOf(pat_), {});
  EXPECT_EQ(platform.total, 3);
  ASSERT_FALSE(platform.items.empty());
  EXPECT_EQ(platform.items[0].action, "user.read") << "newest first";
  EXPECT_EQ(platform.items[0].actor_name, "Pat Platform");

  clock().Advance(kSecond);
  const auto area = w().audit.List(ActorOf(ari_), {});
  ASSERT_EQ(area.total, 1) << "an area administrator sees what people of their area did";
  EXPECT_EQ(area.items[0].actor_user_id, cora_.id);
  EXPECT_EQ(area.items[0].record_id, sam_.id);

  const auto browsed = AuditEntriesFor("audit_log.list");
  ASSERT_EQ(browsed.size(), 2u);
  EXPECT_EQ(browsed[0].actor_user_id, ari_.id);
  EXPECT_EQ(browsed[1].actor_user_id, pat_.id);

  ExpectRefused(cora_, [&](const Actor& actor) { w().audit.List(actor, {}); }, "audit_log.list");
  ExpectRefused(mo_, [&](const Actor& actor) { w().audit.List(actor, {}); }, "audit_log.list");
}

INSTANTIATE_TEST_SUITE_P(Backends, AdminServiceTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside
