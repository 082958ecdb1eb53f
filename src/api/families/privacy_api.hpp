#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// /api/v1/families/{id}/consent: current state and history; record a decision.
void AddConsentApi(http::RouteTable& routes, Services& services);
/// /api/v1/families/{id}/sensitive-notes: need to know only; every read audited.
void AddSensitiveApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
