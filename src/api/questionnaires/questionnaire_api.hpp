#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// /api/v1/questionnaires[/{code}]: the definitions an area may use, and loading a licensed one.
void AddQuestionnaireDefinitionApi(http::RouteTable& routes, Services& services);
/// /api/v1/families/{id}/questionnaires[/{response_id}] and /api/v1/families/{id}/safety-alerts.
void AddFamilyQuestionnaireApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
