#include "api/questionnaires/questionnaire_json.hpp"

namespace alongside::api {

boost::json::object QuestionnaireSummaryJson(const StoredQuestionnaire& stored) {
  const auto& q = stored.definition;
  boost::json::object out{{"id", stored.id},
                          {"code", q.code},
                          {"title", q.title},
                          {"short_title", q.short_title},
                          {"edition", q.edition},
                          {"shipped", stored.shipped()},
                          {"item_count", q.items.size()},
                          {"min_score", q.MinScore()},
                          {"max_score", q.MaxScore()},
                          {"loaded_at", stored.loaded_at}};
  out["area_id"] = stored.shipped() ? boost::json::value(nullptr) : boost::json::value(stored.area_id);
  if (!stored.loaded_by_name.empty()) out["loaded_by_name"] = stored.loaded_by_name;
  if (stored.replaced_at) out["replaced_at"] = *stored.replaced_at;
  return out;
}

boost::json::object QuestionnaireJson(const StoredQuestionnaire& stored) {
  auto out = QuestionnaireSummaryJson(stored);
  out["document"] = boost::json::parse(stored.document);
  return out;
}

boost::json::object ResponseJson(const QuestionnaireResponse& r) {
  boost::json::object answers;
  for (const auto& [code, value] : r.answers) answers[code] = value;
  return {{"id", r.id},
          {"family_id", r.family_id},
          {"definition_id", r.definition_id},
          {"code", r.code},
          {"short_title", r.short_title},
          {"edition", r.edition},
          {"answers", std::move(answers)},
          {"total", r.total},
          {"band", r.band_label},
          {"answered_on", IsoDate(r.answered_on)},
          {"recorded_by_name", r.recorded_by_name},
          {"recorded_at", r.recorded_at}};
}

boost::json::object AlertJson(const SafetyAlert& a) {
  boost::json::array steps;
  for (const auto& step : a.steps) steps.emplace_back(step);
  boost::json::object out{{"id", a.id},
                          {"family_id", a.family_id},
                          {"response_id", a.response_id},
                          {"questionnaire", a.questionnaire},
                          {"rule", a.rule_code},
                          {"severity", AlertSeverityCode(a.severity)},
                          {"title", a.title},
                          {"steps", std::move(steps)},
                          {"status", a.open() ? "open" : "resolved"},
                          {"task_id", a.task_id},
                          {"raised_by_name", a.raised_by_name},
                          {"raised_at", a.raised_at}};
  if (!a.open()) {
    out["action"] = a.action ? AlertActionCode(*a.action) : "";
    out["note"] = a.resolution_note;
    out["resolved_by_name"] = a.resolved_by_name;
    out["resolved_at"] = a.resolved_at.value_or(0);
  }
  return out;
}

boost::json::array AlertsJson(const std::vector<SafetyAlert>& alerts) {
  boost::json::array out;
  for (const auto& alert : alerts) out.push_back(AlertJson(alert));
  return out;
}

boost::json::object ResultJson(const QuestionnaireResult& result) {
  auto out = ResponseJson(result.response);
  out["min_score"] = result.score.min;
  out["max_score"] = result.score.max;
  out["meaning"] = result.score.band.meaning;
  if (!result.score.band.follow_up_code.empty()) out["follow_up"] = result.score.band.follow_up_code;
  out["alerts"] = AlertsJson(result.alerts);
  return out;
}

}  // namespace alongside::api
