#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /programme/supervision (the programme's active volunteers with their last and next
/// supervision, overdue first), /programme/volunteers/{id}/supervision (their sessions and
/// check-ins, the reflective note only for the supervisor and the supervisee; the
/// coordinator logs a one-to-one or group there), and /checkins (a wellbeing check-in).
void AddSupervisionPages(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
