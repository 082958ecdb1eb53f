#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// /api/v1/training/... (modules, the usual modules, sessions, attendance, refreshers due),
/// /api/v1/volunteers/{id}/training (completions and refreshers; record a completion).
void AddTrainingApi(http::RouteTable& routes, Services& services);

/// /api/v1/supervision (log a session; statuses), /api/v1/supervision/{id}/note (the
/// reflective note: supervisor and supervisee only), /api/v1/volunteers/{id}/supervision
/// and /api/v1/volunteers/{id}/checkins.
void AddSupervisionApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
