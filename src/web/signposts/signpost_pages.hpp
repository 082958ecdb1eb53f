#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /families/{id}/signposts/new (?service=ID chooses a directory service) and
/// /families/{id}/signposts/{sid}/follow-up: recording a signpost and whether it helped.
/// Both lead back to the family's Services tab.
void AddSignpostPages(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
