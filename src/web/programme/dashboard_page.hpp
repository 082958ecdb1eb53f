#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /programme: the coordinator's dashboard (?programme=ID when they run several).
void AddProgrammeDashboardPage(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
