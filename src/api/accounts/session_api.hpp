#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// POST /api/v1/sessions, DELETE /api/v1/sessions/current, GET /api/v1/me.
void AddSessionApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
