#pragma once
/// The JSON shapes of questionnaires, answers and safety alerts in /api/v1.

#include <boost/json.hpp>

#include "core/questionnaires/questionnaire_service.hpp"

namespace alongside::api {

/// Code, titles, edition, area and counts (no items).
boost::json::object QuestionnaireSummaryJson(const StoredQuestionnaire& stored);
/// The summary with the whole document as loaded under "document".
boost::json::object QuestionnaireJson(const StoredQuestionnaire& stored);
boost::json::object ResponseJson(const QuestionnaireResponse& response);
boost::json::object AlertJson(const SafetyAlert& alert);
boost::json::array AlertsJson(const std::vector<SafetyAlert>& alerts);
/// A saved or read answer: the response, the score with its band and meaning, and alerts.
boost::json::object ResultJson(const QuestionnaireResult& result);

}  // namespace alongside::api
