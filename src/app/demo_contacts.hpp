#pragma once
/// A few contacts for the demo family that the demo parent's account is linked to: three
/// submitted by the demo supporter over the last weeks and one draft, so the contacts page,
/// the timeline, the caseload's last contact and /hours have something to show.

#include "core/services.hpp"

namespace alongside::app {

/// Does nothing until the demo parent is linked to a family; does nothing again once that
/// family has any contact.
void SeedDemoContacts(Services& services, const Actor& system);

}  // namespace alongside::app
