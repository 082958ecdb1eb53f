#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// /api/v1/programme/outcome-settings (GET, PUT), /api/v1/programme/outcomes (GET),
/// /api/v1/families/{id}/outcomes (GET, POST: score a point).
void AddOutcomeApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
