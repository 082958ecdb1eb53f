#pragma once
/// The sub-navigation at the top of every page about one volunteer, so the coordinator (or
/// the volunteer themself) moves between their record, training, supervision, hours and
/// expenses in one click. Render with {{> volunteer_tabs}} and the data key "tabs" set to
/// VolunteerTabs(...).

#include <string>
#include <string_view>

#include "web/common/views.hpp"

namespace alongside::web {

/// A list of {label, href, current}; `current` is the tab's key: "record" (the journey and
/// pathway), "training", "supervision", "matches" (families offered to them), "hours",
/// "availability", "expenses".
View VolunteerTabs(const std::string& volunteer_id, std::string_view current);

/// "/programme/volunteers/{id}" followed by `suffix` ("/training").
std::string VolunteerPath(const std::string& volunteer_id, std::string_view suffix = "");

}  // namespace alongside::web
