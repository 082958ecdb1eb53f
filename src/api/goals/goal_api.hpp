#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// /api/v1/families/{id}/goals[/{goal_id}[/progress]].
void AddGoalApi(http::RouteTable& routes, Services& services);
/// /api/v1/me/family: a parent's own view of their family.
void AddMyFamilyApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
