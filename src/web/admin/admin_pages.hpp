#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /admin/organisations and /admin/areas.
void AddOrganisationPages(http::RouteTable& routes, Services& services, const Views& views);
/// /admin/users: people, their roles, disabling.
void AddUserPages(http::RouteTable& routes, Services& services, const Views& views);
/// /admin/audit.
void AddAuditPages(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
