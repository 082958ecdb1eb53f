#pragma once
/// The sub-navigation shown at the top of every page about one family, so a worker moves
/// between the record, its timeline, contacts, goals, plan, tasks and consent in one click.
/// Render with {{> family_tabs}} and the data key "tabs" set to FamilyTabs(...).

#include <string>
#include <string_view>

#include "web/common/views.hpp"

namespace alongside::web {

struct FamilyTabOptions {
  bool show_sensitive = false;  ///< only for workers the policy lets read sensitive notes and answers
};

/// A list of {label, href, current} for the family's pages; `current` is the tab's key:
/// "overview", "timeline", "contacts", "goals", "plan", "needs" (needs conversations),
/// "outcomes" (goal areas scored over time), "questionnaires", "tasks", "pathways" (Services),
/// "referrals", "consent", "sensitive". Questionnaire answers are sensitive, so that tab shows
/// only with `show_sensitive`.
View FamilyTabs(const std::string& family_id, std::string_view current, FamilyTabOptions options = {});

}  // namespace alongside::web
