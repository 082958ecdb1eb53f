#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// /api/v1/families/{id}/needs[/{nid}[/finish|/decision]]: needs conversations, drafts saved
/// with PATCH; /api/v1/needs-rules: the area's level of need rules.
void AddNeedsApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
