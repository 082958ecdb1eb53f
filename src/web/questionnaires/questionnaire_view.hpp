#pragma once
/// Pieces of the questionnaire pages shared by the list, the result and the alert pages.

#include <string>

#include "core/questionnaires/questionnaire_service.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

std::string QuestionnairesPath(const std::string& family_id);
std::string AlertPath(const std::string& family_id, const std::string& alert_id);

/// An alert with its steps, who raised it and (once resolved) what was done.
View AlertView(const SafetyAlert& alert);
/// A list of AlertView.
View AlertList(const std::vector<SafetyAlert>& alerts);

}  // namespace alongside::web
