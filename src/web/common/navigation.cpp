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
  items.push_back({"/account", "Your account"});
  return items;
}

}  // namespace alongside::web
