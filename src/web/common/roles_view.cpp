#include "web/common/roles_view.hpp"

namespace alongside::web {

View RolesView(const std::vector<RoleGrant>& grants) {
  View list{View::type::list};
  for (const auto& grant : grants) {
    View item;
    item.set("id", grant.id);
    item.set("label", std::string(RoleLabel(grant.role)));
    if (!grant.organisation_name.empty()) item.set("organisation", grant.organisation_name);
    list.push_back(item);
  }
  return list;
}

}  // namespace alongside::web
