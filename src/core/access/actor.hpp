#pragma once
/// Who is acting: the signed-in person with every role they hold. Services take an Actor
/// and ask the AccessPolicy; nothing decides access from the role names directly.

#include <string>
#include <vector>

#include "core/access/role.hpp"

namespace alongside {

/// One role held by one person, in an organisation (and so an area) or in none.
struct RoleGrant {
  std::string id;  ///< the stored grant, for revoking it
  Role role = Role::kMember;
  std::string organisation_id;    ///< empty when the role has no organisation
  std::string organisation_name;
  std::string organisation_kind;  ///< OrganisationKindCode, empty without an organisation
  std::string area_id;            ///< the organisation's area, empty without an organisation
};

struct Actor {
  std::string user_id;
  std::string name;
  std::string email;
  std::vector<RoleGrant> grants;
  std::string request_id;  ///< carried into audit entries
  std::string session_id;  ///< the session or API token in use, for sign-out

  bool Has(Role role) const {
    for (const auto& g : grants)
      if (g.role == role) return true;
    return false;
  }
  /// An administrator with no organisation administers everything.
  bool IsPlatformAdministrator() const {
    for (const auto& g : grants)
      if (g.role == Role::kAdministrator && g.organisation_id.empty()) return true;
    return false;
  }
};

/// The system itself, for commands run by an operator (seed-demo, create-user).
Actor SystemActor();

}  // namespace alongside
