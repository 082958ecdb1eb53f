#pragma once

#include <vector>

#include "core/access/actor.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// A list of {id, label, organisation} for showing the roles someone holds.
View RolesView(const std::vector<RoleGrant>& grants);

}  // namespace alongside::web
