#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /families/{id}/tasks: a family's tasks; adding, editing, completing and cancelling them.
void AddFamilyTaskPages(http::RouteTable& routes, Services& services, const Views& views);
/// /tasks: the signed-in worker's open tasks across their families, overdue first.
void AddMyTasksPage(http::RouteTable& routes, Services& services, const Views& views);
/// /programme/schedule: the programme's reminder schedule, changed by its coordinators.
void AddSchedulePages(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
