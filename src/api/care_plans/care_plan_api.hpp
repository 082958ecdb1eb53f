#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// /api/v1/families/{id}/care-plan (GET current, PUT a new version) and
/// /api/v1/families/{id}/care-plan/versions/{number}.
void AddCarePlanApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
