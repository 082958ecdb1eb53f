#pragma once
/// The demo seed acts as the demo people themselves, so what it records goes through the
/// same services, rules and audit as a person's own work would.

#include <optional>
#include <string>

#include "core/services.hpp"

namespace alongside::app {

/// The demo person with this email as an Actor, or nothing when they have not been seeded.
std::optional<Actor> DemoActor(Services& services, const Actor& system, const std::string& email);

}  // namespace alongside::app
