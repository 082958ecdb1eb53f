// Who may see and keep the directory of services, and who may see a referral: both sides
// of it, and nobody else.

#include <gtest/gtest.h>

#include "core/access/policy.hpp"

namespace alongside {
namespace {

Actor PersonWith(const std::string& id, Role role, const std::string& organisation, const std::string& area) {
  Actor actor;
  actor.user_id = id;
  RoleGrant grant;
  grant.role = role;
  grant.organisation_id = organisation;
  grant.area_id = area;
  actor.grants.push_back(grant);
  return actor;
}

RecordScope ServiceOf(const std::string& organisation, const std::string& area) {
  RecordScope scope;
  scope.organisation_ids = {organisation};
  scope.area_ids = {area};
  return scope;
}

/// A referral from the programme "prog-a" (family supported by "sam") to the health
/// visiting team "hv-b", both in area "north".
RecordScope ReferralFromAToB() {
  RecordScope scope;
  scope.organisation_ids = {"prog-a", "hv-b"};
  scope.area_ids = {"north"};
  scope.caseload_user_ids = {"sam"};
  return scope;
}

TEST(CorePathwayPolicy, EveryWorkerReadsTheDirectoryOfTheirOwnAreaOnly) {
  AccessPolicy policy;
  const auto service = ServiceOf("hv-b", "north");
  for (Role role : {Role::kPeerSupporter, Role::kCoordinator, Role::kPractitioner, Role::kCommissioner}) {
    EXPECT_TRUE(policy.Allows(PersonWith("u", role, "prog-a", "north"), Resource::kService, Action::kRead, service))
        << RoleCode(role);
    EXPECT_FALSE(policy.Allows(PersonWith("u", role, "prog-z", "south"), Resource::kService, Action::kRead, service))
        << RoleCode(role);
  }
  Actor parent;
  parent.user_id = "priya";
  parent.grants.push_back(RoleGrant{.role = Role::kParent});
  EXPECT_FALSE(policy.Allows(parent, Resource::kService, Action::kRead, service));
}

TEST(CorePathwayPolicy, AnOrganisationKeepsOnlyItsOwnEntries) {
  AccessPolicy policy;
  const auto theirs = ServiceOf("hv-b", "north");
  const Actor health_visitor = PersonWith("hana", Role::kPractitioner, "hv-b", "north");
  const Actor coordinator = PersonWith("cora", Role::kCoordinator, "prog-a", "north");
  const Actor supporter = PersonWith("sam", Role::kPeerSupporter, "hv-b", "north");
  EXPECT_TRUE(policy.Allows(health_visitor, Resource::kService, Action::kUpdate, theirs));
  EXPECT_FALSE(policy.Allows(coordinator, Resource::kService, Action::kUpdate, theirs));
  EXPECT_FALSE(policy.Allows(supporter, Resource::kService, Action::kUpdate, theirs));
  EXPECT_TRUE(policy.MayAtAll(coordinator, Resource::kService, Action::kCreate));
  EXPECT_FALSE(policy.MayAtAll(supporter, Resource::kService, Action::kCreate));
}

TEST(CorePathwayPolicy, BothSidesOfAReferralSeeItAndNoOtherOrganisationDoes) {
  AccessPolicy policy;
  const auto referral = ReferralFromAToB();
  EXPECT_TRUE(policy.Allows(PersonWith("cora", Role::kCoordinator, "prog-a", "north"), Resource::kReferral,
                            Action::kRead, referral));
  EXPECT_TRUE(policy.Allows(PersonWith("hana", Role::kPractitioner, "hv-b", "north"), Resource::kReferral,
                            Action::kUpdate, referral));
  EXPECT_FALSE(policy.Allows(PersonWith("fay", Role::kPractitioner, "hub-c", "north"), Resource::kReferral,
                             Action::kRead, referral));
  EXPECT_TRUE(policy.Allows(PersonWith("sam", Role::kPeerSupporter, "prog-a", "north"), Resource::kReferral,
                            Action::kRead, referral));
  EXPECT_FALSE(policy.Allows(PersonWith("sid", Role::kPeerSupporter, "prog-a", "north"), Resource::kReferral,
                             Action::kRead, referral));
  EXPECT_FALSE(policy.Allows(PersonWith("ann", Role::kCommissioner, "prog-a", "north"), Resource::kReferral,
                             Action::kRead, referral));
}

}  // namespace
}  // namespace alongside
