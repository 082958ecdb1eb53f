#include "app/demo_seed.hpp"

#include "app/demo_families.hpp"
#include "app/demo_contacts.hpp"
#include "app/demo_goals.hpp"
#include "app/demo_outcomes.hpp"
#include "app/demo_needs.hpp"
#include "app/demo_privacy.hpp"
#include "app/demo_questionnaires.hpp"
#include "app/demo_referrals.hpp"
#include "app/demo_signposts.hpp"
#include "app/demo_training.hpp"
#include "app/demo_matching.hpp"
#include "app/demo_volunteers.hpp"
#include "app/demo_services.hpp"
#include "app/organisation_lookup.hpp"
#include "core/access/role.hpp"

namespace alongside::app {
namespace {

struct DemoOrganisation {
  const char* name;
  OrganisationKind kind;
};

/// Every name says "Riverside" or "demo" so nobody mistakes it for a real service.
const DemoOrganisation kOrganisations[] = {
    {"Riverside Community Parents (demo)", OrganisationKind::kPeerSupportProgramme},
    {"Riverside Health Visiting (demo)", OrganisationKind::kUniversalService},
    {"Riverside Family Hub (demo)", OrganisationKind::kUniversalService},
    {"Riverside Parent-Infant Relationship Team (demo)", OrganisationKind::kSpecialistService},
    {"Riverside Children's Social Care (demo)", OrganisationKind::kChildrensSocialCare},
    {"Riverside Integrated Care Board (demo)", OrganisationKind::kCommissioner},
};

struct DemoPerson {
  const char* email;
  const char* name;
  Role role;
  const char* organisation;  ///< nullptr: no organisation
};

const DemoPerson kPeople[] = {
    {"admin@demo.alongside.test", "Avery Admin", Role::kAdministrator, nullptr},
    {"coordinator@demo.alongside.test", "Chloe Coordinator", Role::kCoordinator, "Riverside Community Parents (demo)"},
    {"supporter@demo.alongside.test", "Sam Supporter", Role::kPeerSupporter, "Riverside Community Parents (demo)"},
    {"parent@demo.alongside.test", "Priya Parent", Role::kParent, "Riverside Community Parents (demo)"},
    {"practitioner@demo.alongside.test", "Hana Health Visitor", Role::kPractitioner, "Riverside Health Visiting (demo)"},
    {"commissioner@demo.alongside.test", "Cal Commissioner", Role::kCommissioner,
     "Riverside Integrated Care Board (demo)"},
    {"member@demo.alongside.test", "Morgan Member", Role::kMember, nullptr},
};

bool UserExists(Services& services, const Actor& system, const std::string& email) {
  UserFilter filter;
  filter.query = email;
  filter.page.page_size = 100;
  for (const auto& user : services.users.List(system, filter).items)
    if (user.email == email) return true;
  return false;
}

}  // namespace

std::vector<DemoSignIn> SeedDemo(Services& services) {
  const Actor system = SystemActor();

  std::string area_id;
  for (const auto& area : services.organisations.ListAreas(system))
    if (area.name == kDemoAreaName) area_id = area.id;
  if (area_id.empty()) area_id = services.organisations.CreateArea(system, kDemoAreaName).id;

  auto existing = AllOrganisations(services, system);
  auto find = [&existing](const std::string& name) -> const Organisation* {
    for (const auto& organisation : existing)
      if (organisation.name == name) return &organisation;
    return nullptr;
  };
  for (const auto& demo : kOrganisations) {
    if (find(demo.name)) continue;
    existing.push_back(services.organisations.Create(
        system, NewOrganisation{area_id, demo.name, std::string(OrganisationKindCode(demo.kind))}));
  }

  std::vector<DemoSignIn> sign_ins;
  for (const auto& person : kPeople) {
    const Organisation* organisation = person.organisation ? find(person.organisation) : nullptr;
    if (!UserExists(services, system, person.email)) {
      NewUser user;
      user.name = person.name;
      user.email = person.email;
      user.role = std::string(RoleCode(person.role));
      user.organisation_id = organisation ? organisation->id : "";
      user.password = kDemoPassword;
      services.users.Create(system, user);
    }
    sign_ins.push_back({person.email, std::string(RoleLabel(person.role)), organisation ? organisation->name : ""});
  }
  SeedDemoFamilies(services, system, SystemClock().Now());
  SeedDemoPrivacy(services, system);
  SeedDemoGoals(services, system);
  SeedDemoContacts(services, system);
  SeedDemoServices(services, system, area_id);
  SeedDemoReferrals(services, system);
  SeedDemoSignposts(services, system);
  SeedDemoOutcomes(services, system);
  SeedDemoNeeds(services, system);
  SeedDemoQuestionnaires(services, system);
  SeedDemoVolunteers(services, system);
  SeedDemoTraining(services, system);
  SeedDemoMatching(services, system);
  return sign_ins;
}

}  // namespace alongside::app
