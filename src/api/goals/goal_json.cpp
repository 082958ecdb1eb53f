#include "api/goals/goal_json.hpp"

namespace alongside::api {
namespace {

boost::json::value OptionalMillisJson(const std::optional<Millis>& at) {
  return at ? boost::json::value(*at) : boost::json::value(nullptr);
}

boost::json::value TextOrNullJson(const std::string& text) {
  return text.empty() ? boost::json::value(nullptr) : boost::json::value(text);
}

}  // namespace

boost::json::object GoalJson(const Goal& goal) {
  boost::json::array steps;
  for (const auto& s : goal.steps)
    steps.push_back(boost::json::object{{"id", s.id}, {"position", s.position}, {"text", s.text},
                                        {"done", s.done()}, {"done_at", OptionalMillisJson(s.done_at)}});
  return boost::json::object{
      {"id", goal.id},
      {"family_id", goal.family_id},
      {"text", goal.text},
      {"area", goal.area ? boost::json::value(std::string(GoalAreaCode(*goal.area))) : boost::json::value(nullptr)},
      {"status", std::string(GoalStatusCode(goal.status))},
      {"status_changed_at", OptionalMillisJson(goal.status_changed_at)},
      {"changed_from_goal_id", TextOrNullJson(goal.changed_from_goal_id)},
      {"changed_into_goal_id", TextOrNullJson(goal.changed_into_goal_id)},
      {"created_at", goal.created_at},
      {"updated_at", goal.updated_at},
      {"steps", std::move(steps)},
  };
}

boost::json::object ProgressJson(const GoalProgress& p) {
  return boost::json::object{{"id", p.id},
                             {"goal_id", p.goal_id},
                             {"date", IsoDate(p.date)},
                             {"note", p.note},
                             {"by_family", p.by_family},
                             {"recorded_by_name", p.recorded_by_name},
                             {"recorded_at", p.recorded_at}};
}

boost::json::object CarePlanVersionJson(const CarePlanVersion& v) {
  boost::json::array actions;
  for (const auto& a : v.actions)
    actions.push_back(boost::json::object{
        {"who", a.who},
        {"what", a.what},
        {"by_when", a.by_when ? boost::json::value(IsoDate(*a.by_when)) : boost::json::value(nullptr)}});
  return boost::json::object{{"family_id", v.family_id},
                             {"number", v.number},
                             {"what_matters", v.what_matters},
                             {"review_date", IsoDate(v.review_date)},
                             {"actions", std::move(actions)},
                             {"saved_by_name", v.saved_by_name},
                             {"saved_at", v.saved_at}};
}

}  // namespace alongside::api
