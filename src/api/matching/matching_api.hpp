#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// Matching (/api/v1/matching/families, /api/v1/families/{id}/volunteer-suggestions,
/// /api/v1/matches...), hours given and time (/api/v1/volunteers/{id}/hours, /time),
/// availability (/api/v1/volunteers/{id}/availability) and expense claims
/// (/api/v1/volunteers/{id}/expenses, /api/v1/expenses...). Lists are small (a programme's
/// waiting families, one volunteer's offers and claims) and come whole, as {"items": [...]}.
void AddMatchingApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
