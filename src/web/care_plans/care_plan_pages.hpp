#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /families/{id}/plan: the current care plan, editing it (a new version on each save),
/// and reading earlier versions at /families/{id}/plan/versions/{n}.
void AddCarePlanPages(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
