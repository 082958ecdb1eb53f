// Who may see a family's record and its sensitive parts: the rules issue 3 asks for,
// checked on the one policy before any family service is built on it.

#include <gtest/gtest.h>

#include "core/access/policy.hpp"

namespace alongside {
namespace {

RoleGrant GrantIn(Role role, const std::string& organisation, const std::string& area) {
  RoleGrant grant;
  grant.role = role;
  grant.organisation_id = organisation;
  grant.area_id = area;
  return grant;
}

Actor Person(const std::string& id, std::vector<RoleGrant> grants) {
  Actor actor;
  actor.user_id = id;
  actor.grants = std::move(grants);
  return actor;
}

/// A family of the programme "prog-a" in area "north", assigned to supporter "sam",
/// whose caregiver "priya" has her own account.
RecordScope FamilyOfProgrammeA() {
  RecordScope scope;
  scope.organisation_ids = {"prog-a"};
  scope.area_ids = {"north"};
  scope.caseload_user_ids = {"sam"};
  scope.owner_user_id = "priya";
  return scope;
}

class CoreFamilyPolicy : public ::testing::Test {
 protected:
  AccessPolicy policy;
  RecordScope family = FamilyOfProgrammeA();
};

TEST_F(CoreFamilyPolicy, TheAssignedSupporterReadsAndUpdatesButAnotherSupporterDoesNot) {
  const Actor sam = Person("sam", {GrantIn(Role::kPeerSupporter, "prog-a", "north")});
  const Actor sid = Person("sid", {GrantIn(Role::kPeerSupporter, "prog-a", "north")});
  EXPECT_TRUE(policy.Allows(sam, Resource::kFamily, Action::kRead, family));
  EXPECT_TRUE(policy.Allows(sam, Resource::kFamily, Action::kUpdate, family));
  EXPECT_TRUE(policy.Allows(sam, Resource::kFamilySensitive, Action::kRead, family));
  EXPECT_FALSE(policy.Allows(sid, Resource::kFamily, Action::kRead, family)) << "same programme, not assigned";
  EXPECT_FALSE(policy.Allows(sid, Resource::kFamilySensitive, Action::kRead, family));
}

TEST_F(CoreFamilyPolicy, ASupportersListIsTheirCaseloadOnly) {
  const Actor sam = Person("sam", {GrantIn(Role::kPeerSupporter, "prog-a", "north")});
  const ListScope scope = policy.ScopeForList(sam, Resource::kFamily);
  EXPECT_FALSE(scope.denied);
  EXPECT_FALSE(scope.all);
  EXPECT_EQ(scope.caseload_user_id, "sam");
  EXPECT_TRUE(scope.organisation_ids.empty()) << "a supporter must not list the whole programme";
}

TEST_F(CoreFamilyPolicy, CoordinatorsAndPractitionersReachTheirOwnOrganisationsFamiliesOnly) {
  const Actor cora = Person("cora", {GrantIn(Role::kCoordinator, "prog-a", "north")});
  const Actor other_cora = Person("olga", {GrantIn(Role::kCoordinator, "prog-b", "north")});
  const Actor hana = Person("hana", {GrantIn(Role::kPractitioner, "hv-north", "north")});
  EXPECT_TRUE(policy.Allows(cora, Resource::kFamily, Action::kUpdate, family));
  EXPECT_TRUE(policy.Allows(cora, Resource::kFamilySensitive, Action::kRead, family));
  EXPECT_FALSE(policy.Allows(other_cora, Resource::kFamily, Action::kRead, family)) << "another programme";
  EXPECT_FALSE(policy.Allows(hana, Resource::kFamily, Action::kRead, family)) << "no referral yet";
  EXPECT_EQ(policy.ScopeForList(cora, Resource::kFamily).organisation_ids, std::vector<std::string>{"prog-a"});
}

TEST_F(CoreFamilyPolicy, AParentSeesTheirOwnFamilyButNeverItsSensitiveParts) {
  const Actor priya = Person("priya", {GrantIn(Role::kParent, "prog-a", "north")});
  const Actor partner = Person("partner", {GrantIn(Role::kParent, "prog-a", "north")});
  EXPECT_TRUE(policy.Allows(priya, Resource::kFamily, Action::kRead, family));
  EXPECT_FALSE(policy.Allows(priya, Resource::kFamily, Action::kUpdate, family));
  EXPECT_FALSE(policy.Allows(priya, Resource::kFamilySensitive, Action::kRead, family));
  EXPECT_FALSE(policy.Allows(partner, Resource::kFamilySensitive, Action::kRead, family));
  EXPECT_FALSE(policy.Allows(partner, Resource::kFamily, Action::kRead, family)) << "not their record";
}

TEST_F(CoreFamilyPolicy, AdministratorsCommissionersAndMembersDoNotReadCaseRecords) {
  const Actor platform_admin = Person("pat", {GrantIn(Role::kAdministrator, "", "")});
  const Actor area_admin = Person("ari", {GrantIn(Role::kAdministrator, "prog-a", "north")});
  const Actor commissioner = Person("cal", {GrantIn(Role::kCommissioner, "icb", "north")});
  const Actor member = Person("mo", {GrantIn(Role::kMember, "", "")});
  for (const Actor* actor : {&platform_admin, &area_admin, &commissioner, &member}) {
    for (Resource resource : {Resource::kFamily, Resource::kFamilySensitive}) {
      for (Action action : {Action::kRead, Action::kList, Action::kCreate, Action::kUpdate, Action::kDelete})
        EXPECT_FALSE(policy.Allows(*actor, resource, action, family))
            << actor->user_id << " " << ResourceCode(resource) << " " << ActionCode(action);
      EXPECT_TRUE(policy.ScopeForList(*actor, resource).denied) << actor->user_id;
    }
  }
}

TEST_F(CoreFamilyPolicy, NobodyDeletesAFamilyRecord) {
  // Support is closed with a reason, never erased; erasure requests are a separate process.
  const Actor cora = Person("cora", {GrantIn(Role::kCoordinator, "prog-a", "north")});
  EXPECT_FALSE(policy.Allows(cora, Resource::kFamily, Action::kDelete, family));
  EXPECT_EQ(ResourceCode(Resource::kFamily), "family");
  EXPECT_EQ(ResourceCode(Resource::kFamilySensitive), "family_sensitive");
}

}  // namespace
}  // namespace alongside
