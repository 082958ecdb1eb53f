#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// /api/v1/volunteers (list, create an enquiry), /api/v1/volunteers/mine,
/// /api/v1/volunteers/{id} (read, PUT details with their version), .../stage,
/// .../positions, .../account; /api/v1/programme/roles and /api/v1/programme/dashboard.
void AddVolunteerApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
