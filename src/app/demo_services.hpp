#pragma once
/// The Riverside directory: a dozen fictional services across every level of need, each
/// kept by its own (demo) organisation, one of them past its review date.

#include <string>

#include "core/services.hpp"

namespace alongside::app {

/// Adds missing demo organisations and services by name; does nothing for those present.
void SeedDemoServices(Services& services, const Actor& system, const std::string& area_id);

}  // namespace alongside::app
