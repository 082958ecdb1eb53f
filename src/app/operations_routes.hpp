#pragma once
/// Routes for operators rather than people: GET /healthz and GET /metrics.

#include "db/database.hpp"
#include "http/metrics.hpp"
#include "http/route_table.hpp"

namespace alongside::app {

/// /healthz answers 200 {"status":"ok","database":...,"schema_version":N} when a query
/// succeeds and 503 with "status":"unavailable" when it does not; /metrics is the
/// Prometheus text with request counts, latency and database pool use.
void AddOperationsRoutes(http::RouteTable& routes, db::Database& database, const http::Metrics& metrics,
                         int schema_version);

}  // namespace alongside::app
