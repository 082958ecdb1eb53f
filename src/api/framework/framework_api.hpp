#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// /api/v1/framework (the version in force), /api/v1/framework/versions (list, and POST to
/// adapt) and /api/v1/framework/versions/{id}.
void AddFrameworkApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
