#pragma once
/// Five fictional families of the demo programme at different stages (early and late
/// pregnancy, twins three weeks old, a baby of seven months, a toddler of two years and
/// three months), three on the demo supporter's caseload and two waiting for a supporter,
/// each with their consent to support. Recorded as the demo coordinator would record them.

#include "core/services.hpp"

namespace alongside::app {

/// Records whichever demo families are missing (found by caregiver name); needs the demo
/// coordinator and supporter to exist. Running it again changes nothing.
void SeedDemoFamilies(Services& services, const Actor& system, Millis now);

}  // namespace alongside::app
