#include "web/goals/goal_view.hpp"

#include "core/common/london_time.hpp"
#include "core/framework/framework_tags.hpp"
#include "web/families/family_tabs.hpp"

namespace alongside::web {

std::string GoalsPath(const std::string& family_id) { return "/families/" + family_id + "/goals"; }
std::string GoalPath(const std::string& family_id, const std::string& goal_id) {
  return GoalsPath(family_id) + "/" + goal_id;
}

View FamilyPageTabs(const Services& services, const Actor& actor, const std::string& family_id, std::string_view tab) {
  return FamilyTabs(family_id, tab,
                    {.show_sensitive = services.policy.MayAtAll(actor, Resource::kFamilySensitive, Action::kRead)});
}

View GoalSummaryView(const Goal& goal, const std::string& href, const Framework* framework) {
  View item;
  item.set("id", goal.id);
  item.set("text", goal.text);
  item.set("href", href);
  if (goal.area) item.set("area", std::string(GoalAreaLabel(*goal.area)));
  if (goal.area && framework)
    if (const auto* domain = DomainOfGoalArea(*framework, GoalAreaCode(*goal.area))) item.set("area_domain", domain->name);
  item.set("status", std::string(GoalStatusLabel(goal.status)));
  item.set("status_code", std::string(GoalStatusCode(goal.status)));
  if (goal.status_changed_at) item.set("status_changed_on", FormatLondonDate(*goal.status_changed_at));
  item.set("set_on", FormatLondonDate(goal.created_at));
  View steps{View::type::list};
  for (const auto& step : goal.steps) {
    View s;
    s.set("id", step.id);
    s.set("text", step.text);
    s.set("done", step.done());
    if (step.done_at) s.set("done_on", FormatLondonDate(*step.done_at));
    steps.push_back(s);
  }
  item.set("steps", steps);
  item.set("has_steps", !goal.steps.empty());
  item.set("steps_done", std::to_string(goal.StepsDone()));
  item.set("steps_total", std::to_string(goal.steps.size()));
  return item;
}

View ProgressView(const GoalProgress& progress) {
  View item;
  item.set("date", FormatDate(progress.date));
  item.set("note", progress.note);
  item.set("by", progress.recorded_by_name);
  item.set("by_family", progress.by_family);
  return item;
}

std::vector<std::pair<std::string, std::string>> GoalAreaOptions() {
  std::vector<std::pair<std::string, std::string>> options{{"", "None"}};
  for (auto area : AllGoalAreas()) options.emplace_back(std::string(GoalAreaCode(area)), std::string(GoalAreaLabel(area)));
  return options;
}

std::vector<FieldError> RenamedErrors(const std::vector<FieldError>& errors,
                                      const std::map<std::string, std::string>& names) {
  std::vector<FieldError> out;
  for (const auto& e : errors) {
    const auto renamed = names.find(e.field);
    out.push_back({renamed == names.end() ? e.field : renamed->second, e.message});
  }
  return out;
}

}  // namespace alongside::web
