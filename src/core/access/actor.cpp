#include "core/access/actor.hpp"

namespace alongside {

Actor SystemActor() {
  Actor actor;
  actor.user_id = "system";
  actor.name = "System";
  RoleGrant grant;
  grant.role = Role::kAdministrator;
  actor.grants.push_back(grant);
  return actor;
}

}  // namespace alongside
