#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /programme/volunteers (a coordinator's list, filtered by stage or name), /programme/
/// volunteers/new (a first enquiry), /programme/volunteers/{id} (the record: details,
/// checks, journey, pathway), and /programme/me (a volunteer's way to their own record).
void AddVolunteerPages(http::RouteTable& routes, Services& services, const Views& views);

/// /programme/volunteers/{id}/edit, /stage, /positions/new and /account: the coordinator's
/// changes to one volunteer, each a form that comes back with every entry kept on bad input.
void AddVolunteerChangePages(http::RouteTable& routes, Services& services, const Views& views);

/// /programme/roles: the roles a programme names for itself and the supervision each needs.
void AddProgrammeRolePages(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
