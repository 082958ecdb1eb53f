#pragma once
/// View models shared by the goal, care plan and parent pages.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/goals/goal_service.hpp"
#include "core/services.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

std::string GoalsPath(const std::string& family_id);
std::string GoalPath(const std::string& family_id, const std::string& goal_id);

/// The family's sub-navigation with `tab` current; sensitive only for those who may read it.
View FamilyPageTabs(const Services& services, const Actor& actor, const std::string& family_id, std::string_view tab);

/// A goal for a list or a celebration: text, href, area, status, steps with ticks, counts;
/// with `framework`, also `area_domain`: the Domain of Caregiving the goal area belongs to.
View GoalSummaryView(const Goal& goal, const std::string& href, const Framework* framework = nullptr);

/// A progress note: date, note, who, and whether the family wrote it themself.
View ProgressView(const GoalProgress& progress);

/// The goal area choices for a select, "None" first.
std::vector<std::pair<std::string, std::string>> GoalAreaOptions();

/// The same errors under the page's field names (core's "note" becomes "progress_note").
std::vector<FieldError> RenamedErrors(const std::vector<FieldError>& errors,
                                      const std::map<std::string, std::string>& names);

}  // namespace alongside::web
