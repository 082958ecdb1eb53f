#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /families/{id}/goals: the family's goals with achievements celebrated, and setting a goal.
void AddGoalPages(http::RouteTable& routes, Services& services, const Views& views);
/// /families/{id}/goals/{goal_id}: one goal, its steps, progress and status.
void AddGoalDetailPages(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
