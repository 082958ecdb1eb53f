#pragma once
/// The demo parent's own account linked to a caregiver of one demo family, and one
/// sensitive note on that family, so a newcomer can see both sides: what the supporter
/// reads, and that the parent's own view never shows it.

#include "core/services.hpp"

namespace alongside::app {

/// Does nothing until the demo family and the demo people exist; running it again changes nothing.
void SeedDemoPrivacy(Services& services, const Actor& system);

}  // namespace alongside::app
