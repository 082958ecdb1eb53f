#pragma once

#include <string>

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// Every /api/v1 route. `openapi_json` is the OpenAPI document served at /api/v1/openapi.json.
void AddApiRoutes(http::RouteTable& routes, Services& services, std::string openapi_json);

}  // namespace alongside::api
