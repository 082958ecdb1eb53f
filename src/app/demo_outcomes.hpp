#pragma once
/// Goal areas scored at two points for three demo families (Bethan Hughes, Grace Mensah, Dana
/// Kowalska), so each family's outcomes page and the programme's distance travelled have a
/// chart to show.

#include "core/services.hpp"

namespace alongside::app {

/// Does nothing for a family that is missing or already has a scoring.
void SeedDemoOutcomes(Services& services, const Actor& system);

}  // namespace alongside::app
