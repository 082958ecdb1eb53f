#include "web/questionnaires/questionnaire_view.hpp"

#include "core/common/london_time.hpp"
#include "web/families/privacy_pages.hpp"

namespace alongside::web {

std::string QuestionnairesPath(const std::string& family_id) { return "/families/" + family_id + "/questionnaires"; }

std::string AlertPath(const std::string& family_id, const std::string& alert_id) {
  return "/families/" + family_id + "/safety-alerts/" + alert_id;
}

View AlertView(const SafetyAlert& alert) {
  View item;
  item.set("title", alert.title);
  item.set("questionnaire", alert.questionnaire);
  item.set("severity", AlertSeverityLabel(alert.severity));
  item.set("href", AlertPath(alert.family_id, alert.id));
  item.set("family_name", alert.family_name);
  item.set("family_href", QuestionnairesPath(alert.family_id));
  item.set("raised", FormatLondonDateTime(alert.raised_at));
  item.set("raised_by", RecorderName(alert.raised_by_name));
  item.set("open", alert.open());
  View steps{View::type::list};
  for (const auto& step : alert.steps) steps.push_back(View("text", step));
  item.set("steps", steps);
  if (!alert.open()) {
    item.set("action", alert.action ? AlertActionLabel(*alert.action) : "");
    item.set("resolution_note", alert.resolution_note);
    item.set("resolved_by", RecorderName(alert.resolved_by_name));
    item.set("resolved", alert.resolved_at ? FormatLondonDateTime(*alert.resolved_at) : "");
  }
  return item;
}

View AlertList(const std::vector<SafetyAlert>& alerts) {
  View list{View::type::list};
  for (const auto& alert : alerts) list.push_back(AlertView(alert));
  return list;
}

}  // namespace alongside::web
