// The one access policy: deny by default, role permission AND record scope.
// The expectations below are written out by hand from the model in policy.cpp's comments,
// PRODUCT.md ("who sees what") and DESIGN.md ("Access: deny by default, one policy"),
// not computed from the permission table, so a change to the table shows up here.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/access/actor.hpp"
#include "core/access/policy.hpp"
#include "core/access/role.hpp"

namespace alongside {
namespace {

// Two areas; area A has two organisations, area B one.
constexpr const char* kAreaA = "area-a";
constexpr const char* kAreaB = "area-b";
constexpr const char* kOrgA1 = "org-a1";  // where every organisation-held test role sits
constexpr const char* kOrgA2 = "org-a2";  // same area, another organisation
constexpr const char* kOrgB1 = "org-b1";  // another area

RoleGrant GrantIn(Role role, const std::string& organisation_id, const std::string& area_id) {
  RoleGrant grant;
  grant.id = "grant-" + std::string(RoleCode(role)) + "-" + organisation_id;
  grant.role = role;
  grant.organisation_id = organisation_id;
  grant.area_id = area_id;
  if (!organisation_id.empty()) grant.organisation_name = "Organisation " + organisation_id;
  return grant;
}

Actor ActorWith(const std::string& user_id, std::vector<RoleGrant> grants) {
  Actor actor;
  actor.user_id = user_id;
  actor.name = "Person " + user_id;
  actor.email = user_id + "@example.org";
  actor.grants = std::move(grants);
  return actor;
}

/// A person holding one role in organisation A1 (area A), or with no organisation.
struct NamedActor {
  std::string label;
  Actor actor;
};

std::vector<NamedActor> TestActors() {
  return {
      {"parent", ActorWith("u-parent", {GrantIn(Role::kParent, kOrgA1, kAreaA)})},
      {"peer_supporter", ActorWith("u-peer", {GrantIn(Role::kPeerSupporter, kOrgA1, kAreaA)})},
      {"coordinator", ActorWith("u-coord", {GrantIn(Role::kCoordinator, kOrgA1, kAreaA)})},
      {"practitioner", ActorWith("u-pract", {GrantIn(Role::kPractitioner, kOrgA1, kAreaA)})},
      {"commissioner", ActorWith("u-comm", {GrantIn(Role::kCommissioner, kOrgA1, kAreaA)})},
      {"organisation_administrator", ActorWith("u-orgadmin", {GrantIn(Role::kAdministrator, kOrgA1, kAreaA)})},
      {"platform_administrator", ActorWith("u-platadmin", {GrantIn(Role::kAdministrator, "", "")})},
      {"member", ActorWith("u-member", {GrantIn(Role::kMember, "", "")})},
  };
}

/// Where a record lies relative to the acting person.
enum class Where {
  kSelf,                       ///< the actor's own record (tied to the actor's own organisation, if any)
  kSameOrganisation,           ///< someone else in organisation A1
  kSameAreaOtherOrganisation,  ///< someone else in organisation A2, also in area A
  kOtherArea,                  ///< someone else in organisation B1, area B
  kNoOrganisation,             ///< someone else tied to no organisation (a member, a platform administrator)
};

const std::vector<Where> kAllWheres{Where::kSelf, Where::kSameOrganisation, Where::kSameAreaOtherOrganisation,
                                    Where::kOtherArea, Where::kNoOrganisation};
const std::vector<Where> kInOwnOrganisation{Where::kSelf, Where::kSameOrganisation};
const std::vector<Where> kInOwnArea{Where::kSelf, Where::kSameOrganisation, Where::kSameAreaOtherOrganisation};

const char* WhereName(Where where) {
  switch (where) {
    case Where::kSelf: return "own record";
    case Where::kSameOrganisation: return "same organisation";
    case Where::kSameAreaOtherOrganisation: return "other organisation, same area";
    case Where::kOtherArea: return "other area";
    case Where::kNoOrganisation: return "no organisation";
  }
  return "?";
}

/// The record scope a service would build (ScopeOf(User), ScopeOf(Organisation), an area).
RecordScope RecordAt(Where where, const Actor& actor) {
  RecordScope record;
  switch (where) {
    case Where::kSelf:
      record.owner_user_id = actor.user_id;
      for (const auto& g : actor.grants) {
        if (!g.organisation_id.empty()) record.organisation_ids.push_back(g.organisation_id);
        if (!g.area_id.empty()) record.area_ids.push_back(g.area_id);
      }
      break;
    case Where::kSameOrganisation:
      record.owner_user_id = "u-someone-in-a1";
      record.organisation_ids = {kOrgA1};
      record.area_ids = {kAreaA};
      break;
    case Where::kSameAreaOtherOrganisation:
      record.owner_user_id = "u-someone-in-a2";
      record.organisation_ids = {kOrgA2};
      record.area_ids = {kAreaA};
      break;
    case Where::kOtherArea:
      record.owner_user_id = "u-someone-in-b1";
      record.organisation_ids = {kOrgB1};
      record.area_ids = {kAreaB};
      break;
    case Where::kNoOrganisation:
      record.owner_user_id = "u-someone-without-organisation";
      break;
  }
  return record;
}

const std::vector<Resource> kAllResources{Resource::kOwnAccount, Resource::kUser, Resource::kOrganisation,
                                          Resource::kArea, Resource::kAuditLog};
const std::vector<Action> kAllActions{Action::kRead, Action::kList, Action::kCreate, Action::kUpdate,
                                      Action::kDelete};

using Key = std::tuple<std::string, Resource, Action, Where>;

/// Everything the documented model allows. Anything else must be refused.
std::set<Key> DocumentedAllowances() {
  std::set<Key> allowed;
  const auto allow = [&](const std::string& who, Resource resource, const std::vector<Action>& actions,
                         const std::vector<Where>& wheres) {
    for (Action action : actions)
      for (Where where : wheres) allowed.insert({who, resource, action, where});
  };
  const std::vector<Action> read_list{Action::kRead, Action::kList};
  const std::vector<Action> all_but_delete{Action::kRead, Action::kList, Action::kCreate, Action::kUpdate};

  // Everyone may see and change their own sign-in, and nobody else's.
  for (const auto& named : TestActors())
    allow(named.label, Resource::kOwnAccount, {Action::kRead, Action::kUpdate}, {Where::kSelf});

  // Everyone with an organisation may read their own organisation's entry (read, not list).
  for (const char* who : {"parent", "peer_supporter", "coordinator", "practitioner", "commissioner",
                          "organisation_administrator"})
    allow(who, Resource::kOrganisation, {Action::kRead}, kInOwnOrganisation);

  // Coordinators see who works in their own programme (organisation), nobody else.
  allow("coordinator", Resource::kUser, read_list, kInOwnOrganisation);

  // An administrator held in an organisation administers that organisation's area:
  // people and organisations (no deleting), reads the area, lists its audit log.
  allow("organisation_administrator", Resource::kUser, all_but_delete, kInOwnArea);
  allow("organisation_administrator", Resource::kOrganisation, all_but_delete, kInOwnArea);
  allow("organisation_administrator", Resource::kArea, {Action::kRead}, kInOwnArea);
  allow("organisation_administrator", Resource::kAuditLog, {Action::kList}, kInOwnArea);

  // A platform administrator (no organisation) configures everything; the audit log is
  // read-only even to them.
  for (Resource resource : {Resource::kUser, Resource::kOrganisation, Resource::kArea})
    allow("platform_administrator", resource, kAllActions, kAllWheres);
  allow("platform_administrator", Resource::kAuditLog, read_list, kAllWheres);
  return allowed;
}

std::string Describe(const std::string& who, Resource resource, Action action, Where where) {
  return who + " " + std::string(ActionCode(action)) + " " + std::string(ResourceCode(resource)) + " (" +
         WhereName(where) + ")";
}

TEST(CoreAccessPolicy, EveryRoleResourceActionAndScopeMatchesTheDocumentedModel) {
  const AccessPolicy policy;
  const auto allowed = DocumentedAllowances();
  int checked = 0;
  for (const auto& named : TestActors()) {
    for (Resource resource : kAllResources) {
      for (Action action : kAllActions) {
        for (Where where : kAllWheres) {
          const bool expected = allowed.count({named.label, resource, action, where}) > 0;
          const auto record = RecordAt(where, named.actor);
          EXPECT_EQ(policy.Allows(named.actor, resource, action, record), expected)
              << Describe(named.label, resource, action, where) << " should be "
              << (expected ? "allowed" : "refused");
          ++checked;
        }
      }
    }
  }
  EXPECT_EQ(checked, 8 * 5 * 5 * 5);
}

TEST(CoreAccessPolicy, RequireThrowsAccessRefusedExactlyWhenAllowsSaysNo) {
  const AccessPolicy policy;
  for (const auto& named : TestActors()) {
    for (Resource resource : kAllResources) {
      for (Action action : kAllActions) {
        for (Where where : kAllWheres) {
          const auto record = RecordAt(where, named.actor);
          const bool allowed = policy.Allows(named.actor, resource, action, record);
          if (allowed) {
            EXPECT_NO_THROW(policy.Require(named.actor, resource, action, record, "rec-1"))
                << Describe(named.label, resource, action, where);
          } else {
            EXPECT_THROW(policy.Require(named.actor, resource, action, record, "rec-1"), AccessRefused)
                << Describe(named.label, resource, action, where);
          }
        }
      }
    }
  }
}

TEST(CoreAccessPolicy, MayAtAllMatchesWhetherAnyRecordCouldBeAllowed) {
  // The button or link for an action is shown exactly when the role could do it somewhere.
  const AccessPolicy policy;
  const auto allowed = DocumentedAllowances();
  for (const auto& named : TestActors()) {
    for (Resource resource : kAllResources) {
      for (Action action : kAllActions) {
        const bool expected = std::any_of(kAllWheres.begin(), kAllWheres.end(), [&](Where where) {
          return allowed.count({named.label, resource, action, where}) > 0;
        });
        EXPECT_EQ(policy.MayAtAll(named.actor, resource, action), expected)
            << named.label << " may " << ActionCode(action) << " " << ResourceCode(resource) << " at all";
      }
    }
  }
}

// ---- deny by default ----

TEST(CoreAccessPolicy, ActorWithNoGrantsIsRefusedEverything) {
  const AccessPolicy policy;
  const Actor nobody = ActorWith("u-nobody", {});
  for (Resource resource : kAllResources) {
    for (Action action : kAllActions) {
      for (Where where : kAllWheres) {
        EXPECT_FALSE(policy.Allows(nobody, resource, action, RecordAt(where, nobody)))
            << Describe("no grants", resource, action, where);
      }
      EXPECT_FALSE(policy.MayAtAll(nobody, resource, action));
    }
    EXPECT_TRUE(policy.ScopeForList(nobody, resource).denied);
  }
}

TEST(CoreAccessPolicy, ActorWithoutUserIdIsRefusedEvenWithAnAdministratorGrant) {
  // A half-built actor (no signed-in person) must never pass, whatever grants it carries.
  const AccessPolicy policy;
  const Actor anonymous = ActorWith("", {GrantIn(Role::kAdministrator, "", "")});
  RecordScope own;  // owner "" == actor "" must not count as "own"
  for (Resource resource : kAllResources) {
    for (Action action : kAllActions) {
      EXPECT_FALSE(policy.Allows(anonymous, resource, action, own));
      EXPECT_FALSE(policy.MayAtAll(anonymous, resource, action));
    }
    const auto scope = policy.ScopeForList(anonymous, resource);
    EXPECT_TRUE(scope.denied);
    EXPECT_FALSE(scope.all);
  }
}

TEST(CoreAccessPolicy, AnEmptyPermissionTableRefusesEvenAPlatformAdministrator) {
  const AccessPolicy policy(std::vector<Permission>{});
  const Actor admin = ActorWith("u-admin", {GrantIn(Role::kAdministrator, "", "")});
  for (Resource resource : kAllResources) {
    for (Action action : kAllActions) {
      EXPECT_FALSE(policy.Allows(admin, resource, action, RecordScope{}));
      EXPECT_FALSE(policy.MayAtAll(admin, resource, action));
    }
    EXPECT_TRUE(policy.ScopeForList(admin, resource).denied);
  }
}

TEST(CoreAccessPolicy, ACustomTableGrantsOnlyWhatItLists) {
  // One permission: coordinators may read users of their organisation. Nothing else follows.
  const AccessPolicy policy({{Role::kCoordinator, Resource::kUser, Action::kRead, Scope::kOrganisation, true}});
  const Actor coordinator = ActorWith("u-coord", {GrantIn(Role::kCoordinator, kOrgA1, kAreaA)});
  EXPECT_TRUE(policy.Allows(coordinator, Resource::kUser, Action::kRead,
                            RecordAt(Where::kSameOrganisation, coordinator)));
  EXPECT_FALSE(policy.Allows(coordinator, Resource::kUser, Action::kUpdate,
                             RecordAt(Where::kSameOrganisation, coordinator)));
  EXPECT_FALSE(policy.Allows(coordinator, Resource::kOwnAccount, Action::kRead, RecordAt(Where::kSelf, coordinator)));
  EXPECT_TRUE(policy.ScopeForList(coordinator, Resource::kUser).denied);  // read is not list
}

TEST(CoreAccessPolicy, CaseloadScopeReachesOnlyRecordsAssignedToTheActor) {
  // No built-in permission uses caseloads yet; family records will.
  const AccessPolicy policy({{Role::kPeerSupporter, Resource::kUser, Action::kRead, Scope::kCaseload, true},
                             {Role::kPeerSupporter, Resource::kUser, Action::kList, Scope::kCaseload, true}});
  const Actor peer = ActorWith("u-peer", {GrantIn(Role::kPeerSupporter, kOrgA1, kAreaA)});
  RecordScope mine;
  mine.caseload_user_ids = {"u-other-peer", "u-peer"};
  RecordScope theirs;
  theirs.caseload_user_ids = {"u-other-peer"};
  theirs.organisation_ids = {kOrgA1};  // same organisation is not enough
  EXPECT_TRUE(policy.Allows(peer, Resource::kUser, Action::kRead, mine));
  EXPECT_FALSE(policy.Allows(peer, Resource::kUser, Action::kRead, theirs));
  const auto scope = policy.ScopeForList(peer, Resource::kUser);
  EXPECT_FALSE(scope.denied);
  EXPECT_FALSE(scope.all);
  EXPECT_EQ(scope.caseload_user_id, "u-peer");
  EXPECT_TRUE(scope.organisation_ids.empty());
  EXPECT_TRUE(scope.area_ids.empty());
}

// ---- record scope, spelled out for the cases people ask about ----

TEST(CoreAccessPolicy, OwnAccountIsReachableOnlyByItsOwner) {
  const AccessPolicy policy;
  const Actor parent = ActorWith("u-parent", {GrantIn(Role::kParent, kOrgA1, kAreaA)});
  RecordScope mine;
  mine.owner_user_id = "u-parent";
  RecordScope someone_elses;
  someone_elses.owner_user_id = "u-other";
  RecordScope unowned;  // a record with no owner is nobody's own
  EXPECT_TRUE(policy.Allows(parent, Resource::kOwnAccount, Action::kRead, mine));
  EXPECT_TRUE(policy.Allows(parent, Resource::kOwnAccount, Action::kUpdate, mine));
  EXPECT_FALSE(policy.Allows(parent, Resource::kOwnAccount, Action::kDelete, mine));
  EXPECT_FALSE(policy.Allows(parent, Resource::kOwnAccount, Action::kRead, someone_elses));
  EXPECT_FALSE(policy.Allows(parent, Resource::kOwnAccount, Action::kUpdate, someone_elses));
  EXPECT_FALSE(policy.Allows(parent, Resource::kOwnAccount, Action::kRead, unowned));

  // Even a platform administrator reaches another person through kUser, not kOwnAccount.
  const Actor admin = ActorWith("u-admin", {GrantIn(Role::kAdministrator, "", "")});
  EXPECT_FALSE(policy.Allows(admin, Resource::kOwnAccount, Action::kUpdate, someone_elses));
}

TEST(CoreAccessPolicy, PlatformAndOrganisationAdministratorsDiffer) {
  const AccessPolicy policy;
  const Actor platform = ActorWith("u-platform", {GrantIn(Role::kAdministrator, "", "")});
  const Actor organisation = ActorWith("u-orgadmin", {GrantIn(Role::kAdministrator, kOrgA1, kAreaA)});
  EXPECT_TRUE(platform.IsPlatformAdministrator());
  EXPECT_FALSE(organisation.IsPlatformAdministrator());
  EXPECT_TRUE(organisation.Has(Role::kAdministrator));

  RecordScope area_b_org;
  area_b_org.organisation_ids = {kOrgB1};
  area_b_org.area_ids = {kAreaB};
  RecordScope area_b;
  area_b.area_ids = {kAreaB};

  // Only the platform administrator creates areas, deletes, or reaches another area.
  EXPECT_TRUE(policy.Allows(platform, Resource::kArea, Action::kCreate, RecordScope{}));
  EXPECT_FALSE(policy.Allows(organisation, Resource::kArea, Action::kCreate, RecordScope{}));
  EXPECT_TRUE(policy.Allows(platform, Resource::kOrganisation, Action::kUpdate, area_b_org));
  EXPECT_FALSE(policy.Allows(organisation, Resource::kOrganisation, Action::kUpdate, area_b_org));
  EXPECT_TRUE(policy.Allows(platform, Resource::kArea, Action::kRead, area_b));
  EXPECT_FALSE(policy.Allows(organisation, Resource::kArea, Action::kRead, area_b));
  EXPECT_TRUE(policy.Allows(platform, Resource::kUser, Action::kDelete, area_b_org));
  EXPECT_FALSE(policy.Allows(organisation, Resource::kUser, Action::kDelete, RecordAt(Where::kSameOrganisation, organisation)));

  // A person with no organisation (a member, another platform administrator) is the
  // platform administrator's business only: an organisation administrator cannot grant,
  // change or create platform-wide roles.
  RecordScope platform_wide;
  platform_wide.owner_user_id = "u-member";
  for (Action action : {Action::kRead, Action::kCreate, Action::kUpdate}) {
    EXPECT_TRUE(policy.Allows(platform, Resource::kUser, action, platform_wide));
    EXPECT_FALSE(policy.Allows(organisation, Resource::kUser, action, platform_wide)) << ActionCode(action);
  }

  // The organisation administrator lists but cannot open single audit entries; nobody
  // may write to or delete from the audit log.
  const auto in_area = RecordAt(Where::kSameAreaOtherOrganisation, organisation);
  EXPECT_TRUE(policy.Allows(organisation, Resource::kAuditLog, Action::kList, in_area));
  EXPECT_FALSE(policy.Allows(organisation, Resource::kAuditLog, Action::kRead, in_area));
  for (Action action : {Action::kCreate, Action::kUpdate, Action::kDelete}) {
    EXPECT_FALSE(policy.Allows(platform, Resource::kAuditLog, action, RecordScope{})) << ActionCode(action);
    EXPECT_FALSE(policy.MayAtAll(platform, Resource::kAuditLog, action)) << ActionCode(action);
  }
}

TEST(CoreAccessPolicy, RolesThatNeedAnOrganisationGrantNothingWithoutOne) {
  // A coordinator or an administrator-in-organisation permission must not fall back to
  // something wider when the grant lacks its organisation.
  const AccessPolicy policy;
  const Actor loose_coordinator = ActorWith("u-coord", {GrantIn(Role::kCoordinator, "", "")});
  EXPECT_FALSE(policy.MayAtAll(loose_coordinator, Resource::kUser, Action::kRead));
  EXPECT_FALSE(policy.MayAtAll(loose_coordinator, Resource::kOrganisation, Action::kRead));
  EXPECT_TRUE(policy.ScopeForList(loose_coordinator, Resource::kUser).denied);
  RecordScope empty_org;
  empty_org.organisation_ids = {""};
  empty_org.area_ids = {""};
  EXPECT_FALSE(policy.Allows(loose_coordinator, Resource::kUser, Action::kRead, empty_org));
}

TEST(CoreAccessPolicy, EmptyIdsNeverMatchEachOther) {
  // An organisation-held grant whose area is unknown (empty) must not match records whose
  // area is also unknown: that would reach every such record.
  const AccessPolicy policy;
  const Actor admin = ActorWith("u-orgadmin", {GrantIn(Role::kAdministrator, kOrgA1, "")});
  RecordScope unknown_area;
  unknown_area.owner_user_id = "u-other";
  unknown_area.organisation_ids = {kOrgA2};
  unknown_area.area_ids = {""};
  EXPECT_FALSE(policy.Allows(admin, Resource::kUser, Action::kRead, unknown_area));
  EXPECT_FALSE(policy.Allows(admin, Resource::kOrganisation, Action::kUpdate, unknown_area));
  const auto scope = policy.ScopeForList(admin, Resource::kUser);
  EXPECT_FALSE(scope.all);
  EXPECT_TRUE(scope.area_ids.empty());  // an empty area id is never handed to SQL

  const Actor coordinator = ActorWith("u-coord", {GrantIn(Role::kCoordinator, kOrgA1, kAreaA)});
  RecordScope unknown_org;
  unknown_org.organisation_ids = {""};
  EXPECT_FALSE(policy.Allows(coordinator, Resource::kUser, Action::kRead, unknown_org));
}

TEST(CoreAccessPolicy, ARecordInSeveralOrganisationsIsReachableFromAnyOfThem) {
  // A person working in organisations A2 and B1 is visible to the coordinator of B1 only
  // when the coordinator sits in one of them.
  const AccessPolicy policy;
  RecordScope two_places;
  two_places.owner_user_id = "u-two";
  two_places.organisation_ids = {kOrgA2, kOrgB1};
  two_places.area_ids = {kAreaA, kAreaB};
  const Actor coordinator_b1 = ActorWith("u-cb", {GrantIn(Role::kCoordinator, kOrgB1, kAreaB)});
  const Actor coordinator_a1 = ActorWith("u-ca", {GrantIn(Role::kCoordinator, kOrgA1, kAreaA)});
  EXPECT_TRUE(policy.Allows(coordinator_b1, Resource::kUser, Action::kRead, two_places));
  EXPECT_FALSE(policy.Allows(coordinator_a1, Resource::kUser, Action::kRead, two_places));
}

TEST(CoreAccessPolicy, EachGrantIsJudgedWithItsOwnOrganisation) {
  // A parent in B1 who coordinates in A1 may read users of A1, not of B1: the coordinator
  // permission travels with the A1 grant only.
  const AccessPolicy policy;
  const Actor both = ActorWith("u-both", {GrantIn(Role::kParent, kOrgB1, kAreaB),
                                          GrantIn(Role::kCoordinator, kOrgA1, kAreaA)});
  EXPECT_TRUE(policy.Allows(both, Resource::kUser, Action::kRead, RecordAt(Where::kSameOrganisation, both)));
  EXPECT_FALSE(policy.Allows(both, Resource::kUser, Action::kRead, RecordAt(Where::kOtherArea, both)));
  // Both organisations' own entries are readable.
  EXPECT_TRUE(policy.Allows(both, Resource::kOrganisation, Action::kRead, RecordAt(Where::kOtherArea, both)));
  EXPECT_TRUE(policy.Allows(both, Resource::kOrganisation, Action::kRead, RecordAt(Where::kSameOrganisation, both)));
  const auto scope = policy.ScopeForList(both, Resource::kUser);
  EXPECT_EQ(scope.organisation_ids, std::vector<std::string>{kOrgA1});
}

TEST(CoreAccessPolicy, RefusalCarriesWhatWasRefusedForTheAuditLog) {
  const AccessPolicy policy;
  const Actor parent = ActorWith("u-parent", {GrantIn(Role::kParent, kOrgA1, kAreaA)});
  try {
    policy.Require(parent, Resource::kUser, Action::kUpdate, RecordAt(Where::kSameOrganisation, parent), "user-42");
    FAIL() << "a parent must not update another person";
  } catch (const AccessRefused& refused) {
    EXPECT_EQ(refused.resource(), Resource::kUser);
    EXPECT_EQ(refused.action(), Action::kUpdate);
    EXPECT_EQ(refused.record_id(), "user-42");
    EXPECT_STREQ(refused.what(), "You do not have permission to do this");
  }
  // It is a Forbidden, so the one error mapping turns it into 403.
  EXPECT_THROW(policy.Require(parent, Resource::kArea, Action::kCreate, RecordScope{}), Forbidden);
}

TEST(CoreAccessPolicy, SystemActorIsAPlatformAdministrator) {
  const AccessPolicy policy;
  const Actor system = SystemActor();
  EXPECT_EQ(system.user_id, "system");
  EXPECT_TRUE(system.IsPlatformAdministrator());
  EXPECT_TRUE(policy.Allows(system, Resource::kOrganisation, Action::kCreate, RecordAt(Where::kOtherArea, system)));
  EXPECT_TRUE(policy.ScopeForList(system, Resource::kUser).all);
}

// ---- list scopes ----

struct ListExpectation {
  std::string who;
  Resource resource;
  bool denied;
  bool all;
  std::vector<std::string> organisation_ids;
  std::vector<std::string> area_ids;
};

TEST(CoreAccessPolicy, ListScopeForEachRoleAndResource) {
  const AccessPolicy policy;
  using V = std::vector<std::string>;
  // Rows not listed here are denied.
  const std::vector<ListExpectation> granted{
      {"coordinator", Resource::kUser, false, false, V{kOrgA1}, V{}},
      {"organisation_administrator", Resource::kUser, false, false, V{}, V{kAreaA}},
      {"organisation_administrator", Resource::kOrganisation, false, false, V{}, V{kAreaA}},
      {"organisation_administrator", Resource::kAuditLog, false, false, V{}, V{kAreaA}},
      {"platform_administrator", Resource::kUser, false, true, V{}, V{}},
      {"platform_administrator", Resource::kOrganisation, false, true, V{}, V{}},
      {"platform_administrator", Resource::kArea, false, true, V{}, V{}},
      {"platform_administrator", Resource::kAuditLog, false, true, V{}, V{}},
  };
  for (const auto& named : TestActors()) {
    for (Resource resource : kAllResources) {
      SCOPED_TRACE(named.label + " lists " + std::string(ResourceCode(resource)));
      const auto scope = policy.ScopeForList(named.actor, resource);
      const auto it = std::find_if(granted.begin(), granted.end(), [&](const ListExpectation& e) {
        return e.who == named.label && e.resource == resource;
      });
      if (it == granted.end()) {
        EXPECT_TRUE(scope.denied);
        EXPECT_FALSE(scope.all);
        EXPECT_TRUE(scope.organisation_ids.empty());
        EXPECT_TRUE(scope.area_ids.empty());
        continue;
      }
      EXPECT_EQ(scope.denied, it->denied);
      EXPECT_EQ(scope.all, it->all);
      EXPECT_EQ(scope.organisation_ids, it->organisation_ids);
      EXPECT_EQ(scope.area_ids, it->area_ids);
      EXPECT_TRUE(scope.own_user_id.empty());
      EXPECT_TRUE(scope.caseload_user_id.empty());
    }
  }
}

TEST(CoreAccessPolicy, ListScopeIsTheUnionOfEveryGrantWithoutRepeats) {
  const AccessPolicy policy;
  const Actor coordinator = ActorWith(
      "u-coord", {GrantIn(Role::kCoordinator, kOrgA1, kAreaA), GrantIn(Role::kCoordinator, kOrgB1, kAreaB),
                  GrantIn(Role::kParent, kOrgA2, kAreaA)});
  const auto users = policy.ScopeForList(coordinator, Resource::kUser);
  EXPECT_FALSE(users.denied);
  EXPECT_FALSE(users.all);
  EXPECT_EQ(users.organisation_ids, (std::vector<std::string>{kOrgA1, kOrgB1}));  // not A2: a parent there

  const Actor admin = ActorWith("u-admin", {GrantIn(Role::kAdministrator, kOrgA1, kAreaA),
                                            GrantIn(Role::kAdministrator, kOrgA2, kAreaA)});
  const auto organisations = policy.ScopeForList(admin, Resource::kOrganisation);
  EXPECT_FALSE(organisations.all);
  EXPECT_EQ(organisations.area_ids, std::vector<std::string>{kAreaA});

  // Platform and organisation administrator at once: the wider one wins.
  const Actor both = ActorWith("u-both", {GrantIn(Role::kAdministrator, kOrgA1, kAreaA),
                                          GrantIn(Role::kAdministrator, "", "")});
  EXPECT_TRUE(policy.ScopeForList(both, Resource::kUser).all);
}

TEST(CoreAccessPolicy, ListScopeAgreesWithDetailAccess) {
  // "A list never shows what a detail page would refuse": a row matched by the list scope
  // (by organisation or area) must be readable one by one.
  const AccessPolicy policy;
  for (const auto& named : TestActors()) {
    for (Resource resource : {Resource::kUser, Resource::kOrganisation}) {
      const auto scope = policy.ScopeForList(named.actor, resource);
      for (Where where : kAllWheres) {
        const auto record = RecordAt(where, named.actor);
        bool listed = !scope.denied && scope.all;
        for (const auto& o : record.organisation_ids)
          if (!scope.denied && std::count(scope.organisation_ids.begin(), scope.organisation_ids.end(), o)) listed = true;
        for (const auto& a : record.area_ids)
          if (!scope.denied && std::count(scope.area_ids.begin(), scope.area_ids.end(), a)) listed = true;
        if (listed) {
          EXPECT_TRUE(policy.Allows(named.actor, resource, Action::kRead, record))
              << named.label << " lists but may not read " << ResourceCode(resource) << " (" << WhereName(where) << ")";
        }
      }
    }
  }
}

TEST(CoreAccessPolicy, CodesForAuditEntriesAreStable) {
  EXPECT_EQ(ResourceCode(Resource::kOwnAccount), "own_account");
  EXPECT_EQ(ResourceCode(Resource::kUser), "user");
  EXPECT_EQ(ResourceCode(Resource::kOrganisation), "organisation");
  EXPECT_EQ(ResourceCode(Resource::kArea), "area");
  EXPECT_EQ(ResourceCode(Resource::kAuditLog), "audit_log");
  EXPECT_EQ(ActionCode(Action::kRead), "read");
  EXPECT_EQ(ActionCode(Action::kList), "list");
  EXPECT_EQ(ActionCode(Action::kCreate), "create");
  EXPECT_EQ(ActionCode(Action::kUpdate), "update");
  EXPECT_EQ(ActionCode(Action::kDelete), "delete");
}

}  // namespace
}  // namespace alongside
