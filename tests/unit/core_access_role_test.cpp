// Roles and organisation kinds: the codes are stored in the database and used in the API,
// the labels are what people read.

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/access/actor.hpp"
#include "core/access/role.hpp"

namespace alongside {
namespace {

TEST(CoreAccessRole, EveryRoleHasAStableCodeThatReadsBack) {
  EXPECT_EQ(AllRoles().size(), 7u);
  std::set<std::string_view> codes;
  std::set<std::string_view> labels;
  for (Role role : AllRoles()) {
    const auto code = RoleCode(role);
    ASSERT_FALSE(code.empty());
    EXPECT_EQ(RoleFromCode(code), role) << code;
    EXPECT_FALSE(RoleLabel(role).empty()) << code;
    codes.insert(code);
    labels.insert(RoleLabel(role));
  }
  EXPECT_EQ(codes.size(), AllRoles().size());
  EXPECT_EQ(labels.size(), AllRoles().size());
  EXPECT_EQ(RoleCode(Role::kParent), "parent");
  EXPECT_EQ(RoleCode(Role::kPeerSupporter), "peer_supporter");
  EXPECT_EQ(RoleCode(Role::kCoordinator), "coordinator");
  EXPECT_EQ(RoleCode(Role::kPractitioner), "practitioner");
  EXPECT_EQ(RoleCode(Role::kCommissioner), "commissioner");
  EXPECT_EQ(RoleCode(Role::kAdministrator), "administrator");
  EXPECT_EQ(RoleCode(Role::kMember), "member");
  EXPECT_EQ(RoleLabel(Role::kPeerSupporter), "Peer supporter");
  EXPECT_EQ(RoleLabel(Role::kParent), "Parent or carer");
}

TEST(CoreAccessRole, UnknownOrMisspelledRoleCodesAreRefused) {
  EXPECT_FALSE(RoleFromCode("").has_value());
  EXPECT_FALSE(RoleFromCode("Administrator").has_value());  // codes are exact, lower case
  EXPECT_FALSE(RoleFromCode("administrator ").has_value());
  EXPECT_FALSE(RoleFromCode("admin").has_value());
  EXPECT_FALSE(RoleFromCode("superuser").has_value());
  EXPECT_FALSE(RoleFromCode(std::string_view("parent\0", 7)).has_value());
}

TEST(CoreAccessRole, EveryOrganisationKindHasAStableCodeThatReadsBack) {
  EXPECT_EQ(AllOrganisationKinds().size(), 6u);
  for (OrganisationKind kind : AllOrganisationKinds()) {
    const auto code = OrganisationKindCode(kind);
    ASSERT_FALSE(code.empty());
    EXPECT_EQ(OrganisationKindFromCode(code), kind) << code;
    EXPECT_FALSE(OrganisationKindLabel(kind).empty()) << code;
  }
  EXPECT_EQ(OrganisationKindCode(OrganisationKind::kChildrensSocialCare), "childrens_social_care");
  EXPECT_EQ(OrganisationKindLabel(OrganisationKind::kChildrensSocialCare), "Children's social care");
  EXPECT_FALSE(OrganisationKindFromCode("hospital").has_value());
  EXPECT_FALSE(OrganisationKindFromCode("").has_value());
}

TEST(CoreAccessRole, OnlyMembersAndAdministratorsMayBeHeldWithoutAnOrganisation) {
  EXPECT_FALSE(RoleNeedsOrganisation(Role::kMember));
  EXPECT_FALSE(RoleNeedsOrganisation(Role::kAdministrator));
  for (Role role : {Role::kParent, Role::kPeerSupporter, Role::kCoordinator, Role::kPractitioner,
                    Role::kCommissioner})
    EXPECT_TRUE(RoleNeedsOrganisation(role)) << RoleCode(role);
}

TEST(CoreAccessActor, HasAndPlatformAdministrator) {
  Actor actor;
  actor.user_id = "u-1";
  EXPECT_FALSE(actor.Has(Role::kMember));
  EXPECT_FALSE(actor.IsPlatformAdministrator());

  RoleGrant in_organisation;
  in_organisation.role = Role::kAdministrator;
  in_organisation.organisation_id = "org-1";
  in_organisation.area_id = "area-1";
  actor.grants.push_back(in_organisation);
  EXPECT_TRUE(actor.Has(Role::kAdministrator));
  EXPECT_FALSE(actor.Has(Role::kCoordinator));
  EXPECT_FALSE(actor.IsPlatformAdministrator()) << "an administrator in an organisation is not platform-wide";

  RoleGrant platform;
  platform.role = Role::kAdministrator;
  actor.grants.push_back(platform);
  EXPECT_TRUE(actor.IsPlatformAdministrator());

  Actor member;
  member.grants.push_back(RoleGrant{});  // a default grant is a member with no organisation
  EXPECT_TRUE(member.Has(Role::kMember));
  EXPECT_FALSE(member.IsPlatformAdministrator());
}

}  // namespace
}  // namespace alongside
