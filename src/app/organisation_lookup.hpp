#pragma once
/// Finding organisations by their exact name, for operator commands (seed-demo,
/// create-user --organisation) that name them rather than give an id.

#include <optional>
#include <string>
#include <vector>

#include "core/services.hpp"

namespace alongside::app {

/// Every organisation `actor` may list, page by page.
std::vector<Organisation> AllOrganisations(Services& services, const Actor& actor);

std::optional<Organisation> FindOrganisationNamed(Services& services, const Actor& actor, const std::string& name);

}  // namespace alongside::app
