#include "web/common/navigation.hpp"

#include "core/access/policy.hpp"

namespace alongside::web {

std::vector<NavItem> NavigationFor(const Actor& actor) {
  static const AccessPolicy policy;
  std::vector<NavItem> items{{"/", "Home"}};
  if (policy.MayAtAll(actor, Resource::kUser, Action::kList)) items.push_back({"/admin/users", "People"});
  if (policy.MayAtAll(actor, Resource::kOrganisation, Action::kCreate))
    items.push_back({"/admin/organisations", "Organisations"});
  if (policy.MayAtAll(actor, Resource::kAuditLog, Action::kList)) items.push_back({"/admin/audit", "Audit log"});
  if (policy.MayAtAll(actor, Resource::kFramework, Action::kCreate))
    items.push_back({"/admin/needs-rules", "Needs rules"});
  if (policy.MayAtAll(actor, Resource::kQuestionnaire, Action::kCreate))
    items.push_back({"/admin/questionnaires", "Questionnaires"});
  // Workers who keep family records (a parent lists only their own family, at /my-family).
  if (policy.MayAtAll(actor, Resource::kFamily, Action::kList) && policy.MayAtAll(actor, Resource::kFamily, Action::kUpdate))
    items.push_back({"/families", "Families"});
  if (policy.MayAtAll(actor, Resource::kFamily, Action::kUpdate)) items.push_back({"/tasks", "Tasks"});
  // Coordinators handle safeguarding concerns across their programme.
  if (actor.Has(Role::kCoordinator)) items.push_back({"/safety-alerts", "Safety alerts"});
  if (policy.MayAtAll(actor, Resource::kFamily, Action::kUpdate)) items.push_back({"/hours", "Hours"});
  // The peer support programme: its coordinator runs it; a volunteer sees their own record.
  if (policy.MayAtAll(actor, Resource::kVolunteer, Action::kCreate)) items.push_back({"/programme", "Programme"});
  else if (policy.MayAtAll(actor, Resource::kVolunteer, Action::kRead))
    items.push_back({"/programme/me", "Your volunteering"});
  if (policy.MayAtAll(actor, Resource::kService, Action::kList)) items.push_back({"/services", "Services"});
  if (policy.MayAtAll(actor, Resource::kReferral, Action::kList)) items.push_back({"/referrals", "Referrals"});
  // A programme's distance travelled, for those who run it.
  if (policy.MayAtAll(actor, Resource::kProgrammeSettings, Action::kUpdate) &&
      policy.MayAtAll(actor, Resource::kFamily, Action::kList))
    items.push_back({"/programme/outcomes", "Outcomes"});
  // The caregiving framework: read by every worker of an area; a platform administrator, who
  // adapts it without an area of their own, goes straight to adapting it.
  if (policy.MayAtAll(actor, Resource::kFramework, Action::kRead)) items.push_back({"/framework", "Framework"});
  else if (policy.MayAtAll(actor, Resource::kFramework, Action::kUpdate))
    items.push_back({"/admin/framework", "Framework"});
  if (actor.Has(Role::kParent)) items.push_back({"/my-family", "Your family"});
  items.push_back({"/account", "Your account"});
  return items;
}

}  // namespace alongside::web
