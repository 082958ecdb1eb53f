#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// /api/v1/families/{id}/contacts[...], /api/v1/families/{id}/timeline and /api/v1/hours.
void AddContactApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
