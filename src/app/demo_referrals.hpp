#pragma once
/// Demo referrals from the programme to Riverside Health Visiting: the demo parent's family
/// agrees to share and a referral waits in practitioner@'s inbox; a second family's referral
/// was declined with no onward route, so it is flagged to the coordinator.

#include "core/services.hpp"

namespace alongside::app {

/// Runs after the demo services; does nothing while the health visiting service is not in the
/// directory, and nothing for a family that already has a referral.
void SeedDemoReferrals(Services& services, const Actor& system);

}  // namespace alongside::app
