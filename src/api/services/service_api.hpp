#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// /api/v1/services[/{id}]: the workers' directory of services.
void AddServiceApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
