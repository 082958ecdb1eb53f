#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /framework (the version in force), /framework/versions and /framework/versions/{id}:
/// every worker of an area reads its caregiving framework.
void AddFrameworkPages(http::RouteTable& routes, Services& services, const Views& views);
/// /admin/framework: an area's administrators adapt the wording and add local items.
void AddFrameworkAdminPages(http::RouteTable& routes, Services& services, const Views& views);

/// The area a framework page is about: `requested` (?area=) when given, else the first area
/// the person may read. Throws AccessRefused when they may read none.
std::string FrameworkAreaFor(const std::vector<Area>& areas, const std::string& requested);

}  // namespace alongside::web
