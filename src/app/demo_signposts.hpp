#pragma once
/// One signpost for the demo parent's family, to the demo food bank, recorded by the demo
/// coordinator with its follow-up task for the family's supporter, so the family's Services
/// tab, the supporter's tasks and /my-family have something to show.

#include "core/services.hpp"

namespace alongside::app {

/// Does nothing while the demo parent is not linked, the family is not open to new work, or
/// the directory has no demo food bank; does nothing again once the family has a signpost.
void SeedDemoSignposts(Services& services, const Actor& system);

}  // namespace alongside::app
