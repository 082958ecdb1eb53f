#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /families/{id}/pathways, the family's "Services" tab: services that fit the family with
/// every reason, a way to refer or signpost to each, and the family's signposts with their
/// follow-up.
void AddPathwaysPage(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
