#include "api/goals/goal_api.hpp"

#include "api/common/json_body.hpp"
#include "api/goals/goal_json.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

std::vector<std::string> StepsField(const boost::json::object& body) {
  std::vector<std::string> steps;
  const auto* value = body.if_contains("steps");
  if (!value || value->is_null()) return steps;
  if (!value->is_array()) throw http::BadRequest("The field steps must be an array of strings");
  for (const auto& step : value->as_array()) {
    if (!step.is_string()) throw http::BadRequest("The field steps must be an array of strings");
    steps.emplace_back(step.as_string());
  }
  return steps;
}

std::string GoalLocation(const Goal& goal) { return "/api/v1/families/" + goal.family_id + "/goals/" + goal.id; }

}  // namespace

void AddGoalApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/families/{id}/goals", [&services](http::Request& request, http::RequestContext& context) {
    const auto board = services.goals.List(context.RequireActor(), request.PathParam("id"));
    boost::json::array goals;
    for (const auto* group : {&board.active, &board.achieved, &board.ended})
      for (const auto& goal : *group) goals.push_back(GoalJson(goal));
    boost::json::array latest;
    for (const auto& p : board.latest_progress) latest.push_back(ProgressJson(p));
    return JsonResponse(boost::json::object{{"goals", std::move(goals)}, {"latest_progress", std::move(latest)},
                                            {"may_work", board.may_work}});
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/goals", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"text", "area", "steps"});
    GoalForm form{StringField(body, "text"), StringField(body, "area"), StepsField(body)};
    const auto goal = services.goals.Create(context.RequireActor(), request.PathParam("id"), form);
    auto response = JsonResponse(GoalJson(goal), 201);
    response.SetHeader("Location", GoalLocation(goal));
    return response;
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/families/{id}/goals/{goal_id}", [&services](http::Request& request, http::RequestContext& context) {
    const auto detail = services.goals.Get(context.RequireActor(), request.PathParam("id"), request.PathParam("goal_id"));
    auto out = GoalJson(detail.goal);
    boost::json::array progress;
    for (const auto& p : detail.progress) progress.push_back(ProgressJson(p));
    boost::json::array changes;
    for (const auto& c : detail.status_changes)
      changes.push_back(boost::json::object{{"status", std::string(GoalStatusCode(c.status))}, {"note", c.note},
                                            {"changed_by_name", c.changed_by_name}, {"changed_at", c.changed_at}});
    out["progress"] = std::move(progress);
    out["status_changes"] = std::move(changes);
    out["may_work"] = detail.may_work;
    out["may_add_progress"] = detail.may_add_progress;
    return JsonResponse(out);
  }, http::Access::kSignedIn);

  routes.Api("PATCH", "/api/v1/families/{id}/goals/{goal_id}", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"status", "note", "new_text", "new_area"});
    StatusForm form{StringField(body, "status"), StringField(body, "note"), StringField(body, "new_text"),
                    StringField(body, "new_area")};
    Goal replacement;
    const auto goal = services.goals.ChangeStatus(context.RequireActor(), request.PathParam("id"),
                                                  request.PathParam("goal_id"), form, &replacement);
    auto out = GoalJson(goal);
    if (!replacement.id.empty()) out["changed_into"] = GoalJson(replacement);
    return JsonResponse(out);
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/goals/{goal_id}/progress", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"note", "date"});
    const auto progress = services.goals.AddProgress(context.RequireActor(), request.PathParam("id"),
                                                     request.PathParam("goal_id"),
                                                     ProgressForm{StringField(body, "note"), StringField(body, "date")});
    return JsonResponse(ProgressJson(progress), 201);
  }, http::Access::kSignedIn);
}

void AddMyFamilyApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/me/family", [&services](http::Request&, http::RequestContext& context) {
    boost::json::array families;
    for (const auto& view : services.parent_views.ForParent(context.RequireActor())) {
      const auto& s = view.summary;
      auto goals_json = [](const std::vector<ParentGoal>& goals) {
        boost::json::array out;
        for (const auto& item : goals) {
          auto goal = GoalJson(item.goal);
          boost::json::array progress;
          for (const auto& p : item.progress) progress.push_back(ProgressJson(p));
          goal["progress"] = std::move(progress);
          out.push_back(std::move(goal));
        }
        return out;
      };
      boost::json::array upcoming;
      for (const auto& task : view.upcoming)
        upcoming.push_back(boost::json::object{{"title", task.title}, {"due_date", IsoDate(task.due)}});
      families.push_back(boost::json::object{
          {"family_id", s.family_id},
          {"caregiver_name", s.caregiver_name},
          {"programme_name", s.programme_name},
          {"supporter_first_name", s.supporter_first_name.empty() ? boost::json::value(nullptr)
                                                                  : boost::json::value(s.supporter_first_name)},
          {"goals", goals_json(view.goals)},
          {"achieved", goals_json(view.achieved)},
          {"care_plan", view.plan ? boost::json::value(CarePlanVersionJson(*view.plan)) : boost::json::value(nullptr)},
          {"upcoming", std::move(upcoming)},
          {"may_add_progress", view.may_add_progress},
      });
    }
    return JsonResponse(boost::json::object{{"families", std::move(families)}});
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
