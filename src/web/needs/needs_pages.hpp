#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /families/{id}/needs: a family's needs conversations over time and how they compare;
/// /families/{id}/needs/new and /families/{id}/needs/{nid}[/edit]: the conversation itself,
/// saved as a draft until finished; the suggested level with its reasons and the worker's
/// decision on /families/{id}/needs/{nid}.
void AddNeedsPages(http::RouteTable& routes, Services& services, const Views& views);

/// /admin/needs-rules: an area's administrators read and change the level of need rules.
void AddNeedsRulesPages(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
