#pragma once
/// The demo programme's roles and volunteers at every part of the journey, recorded by the
/// demo coordinator through the volunteer service: Sam Supporter (the demo peer supporter's
/// account) an active Pregnancy Pal, others in training, waiting for a DBS check, newly
/// enquired, paused, and one whose DBS check is due for renewal soon.

#include "core/services.hpp"

namespace alongside::app {

/// Does nothing when the demo coordinator is missing or the programme already has volunteers.
void SeedDemoVolunteers(Services& services, const Actor& system);

}  // namespace alongside::app
