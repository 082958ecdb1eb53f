#pragma once
/// Demo data for matching, hours given and expenses: Sam Supporter's availability, some
/// time logged beyond contacts (a group, travel) and a mileage claim awaiting approval.
/// The demo families Dana Kowalska and Efe Adeyemi are already waiting for a supporter.

#include "core/services.hpp"

namespace alongside::app {

/// Does nothing when the demo coordinator or Sam's volunteer record is missing, or Sam
/// already has a claim (the demo was seeded before).
void SeedDemoMatching(Services& services, const Actor& system);

}  // namespace alongside::app
