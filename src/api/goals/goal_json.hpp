#pragma once
/// Goals, progress and care plans as JSON, for the family API and the parent's own view.

#include <boost/json.hpp>

#include "core/care_plans/care_plan.hpp"
#include "core/goals/goal_service.hpp"

namespace alongside::api {

/// id, family_id, text, area, status, dates, links to the goal it replaced or became, steps.
boost::json::object GoalJson(const Goal& goal);
boost::json::object ProgressJson(const GoalProgress& progress);
boost::json::object CarePlanVersionJson(const CarePlanVersion& version);

}  // namespace alongside::api
