#pragma once
/// /api/v1/families: the caseload and search, recording a family, reading and changing
/// its record, assigning a supporter, closing and reopening. The same services and access
/// rules as the pages; field names in bodies and in problem details are the pages' form
/// field names, so a 422 names the body field that was wrong.

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

void AddFamilyApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
