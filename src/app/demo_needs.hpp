#pragma once
/// Needs conversations for the demo: Bethan Hughes (late pregnancy, on the demo supporter's
/// caseload) has a finished conversation with a decision recorded, so the list, the suggested
/// level with its reasons and the Services tab have something to show; Grace Mensah (twins
/// home from neonatal care) has a draft to carry on with.

#include "core/services.hpp"

namespace alongside::app {

/// Does nothing for a family that already has a needs conversation, or that is not there.
void SeedDemoNeeds(Services& services, const Actor& system);

}  // namespace alongside::app
