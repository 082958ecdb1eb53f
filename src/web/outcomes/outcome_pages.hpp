#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /families/{id}/outcomes: the points of the journey, which is due next, the family's
/// distance travelled (chart and table), notes and earlier scorings; /families/{id}/outcomes/score
/// and POST /families/{id}/outcomes to score a point.
void AddFamilyOutcomePages(http::RouteTable& routes, Services& services, const Views& views);
/// /programme/outcomes: the programme's distance travelled, by point pair;
/// /programme/outcomes/settings: the areas, points and scale, changed by the coordinator.
void AddProgrammeOutcomePages(http::RouteTable& routes, Services& services, const Views& views);
/// /my-family/outcomes: a parent's own scores over time, for each family their account is
/// linked to (read through the same gate as the worker's page; never the means to score).
void AddParentOutcomePage(http::RouteTable& routes, Services& services, const Views& views);

/// /families/{id}/outcomes
std::string OutcomesPath(const std::string& family_id);

}  // namespace alongside::web
