#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /my-family: a parent's own view of their family's goals, plan and support, and adding
/// progress to their goals in their own words.
void AddMyFamilyPage(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
