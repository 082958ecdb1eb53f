#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// /api/v1/families/{id}/tasks, /api/v1/tasks and /api/v1/programme/schedule.
void AddTaskApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
