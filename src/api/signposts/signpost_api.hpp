#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// /api/v1/families/{id}/signposts (list, record), .../signposts/{sid}/follow-up and
/// /api/v1/families/{id}/suggestions.
void AddSignpostApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
