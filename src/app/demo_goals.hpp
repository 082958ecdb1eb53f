#pragma once
/// A goal with steps and progress (one step done, one note in the parent's own words) and a
/// care plan for the demo family whose caregiver the demo parent's account is linked to, so
/// /my-family and the family's goals and plan pages have something to show.

#include "core/services.hpp"

namespace alongside::app {

/// Does nothing until the demo parent is linked to a family; does nothing again once that
/// family has any goal or plan.
void SeedDemoGoals(Services& services, const Actor& system);

}  // namespace alongside::app
