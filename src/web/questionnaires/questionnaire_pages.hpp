#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /families/{id}/questionnaires: what has been done and the change over time, starting one,
/// answering it, and the result with any safety alert.
void AddQuestionnairePages(http::RouteTable& routes, Services& services, const Views& views);
/// /families/{id}/safety-alerts/{alert_id} (steps and resolving) and /safety-alerts (open ones).
void AddSafetyAlertPages(http::RouteTable& routes, Services& services, const Views& views);
/// /admin/questionnaires: an area's licensed questionnaires, loaded from a document.
void AddQuestionnaireAdminPages(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
