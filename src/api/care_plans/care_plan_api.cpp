#include "api/care_plans/care_plan_api.hpp"

#include <charconv>

#include "api/common/json_body.hpp"
#include "api/goals/goal_json.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

constexpr const char* kActionsShape = "The field actions must be an array of objects with who, what and by_when";

std::vector<CarePlanActionForm> ActionsField(const boost::json::object& body) {
  std::vector<CarePlanActionForm> actions;
  const auto* value = body.if_contains("actions");
  if (!value || value->is_null()) return actions;
  if (!value->is_array()) throw http::BadRequest(kActionsShape);
  for (const auto& item : value->as_array()) {
    if (!item.is_object()) throw http::BadRequest(kActionsShape);
    const auto& row = item.as_object();
    for (const auto& member : row)
      if (member.key() != "who" && member.key() != "what" && member.key() != "by_when")
        throw http::BadRequest(kActionsShape);
    actions.push_back({StringField(row, "who"), StringField(row, "what"), StringField(row, "by_when")});
  }
  return actions;
}

boost::json::object PlanJson(const CarePlanView& view) {
  return boost::json::object{
      {"latest_number", view.latest_number},
      {"version", view.version ? boost::json::value(CarePlanVersionJson(*view.version)) : boost::json::value(nullptr)},
      {"may_edit", view.may_edit}};
}

}  // namespace

void AddCarePlanApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/families/{id}/care-plan", [&services](http::Request& request, http::RequestContext& context) {
    return JsonResponse(PlanJson(services.care_plans.Current(context.RequireActor(), request.PathParam("id"))));
  }, http::Access::kSignedIn);

  routes.Api("PUT", "/api/v1/families/{id}/care-plan", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"what_matters", "review_date", "actions"});
    CarePlanForm form{StringField(body, "what_matters"), StringField(body, "review_date"), ActionsField(body)};
    const auto version = services.care_plans.Save(context.RequireActor(), request.PathParam("id"), form);
    auto response = JsonResponse(CarePlanVersionJson(version), 201);
    response.SetHeader("Location", "/api/v1/families/" + version.family_id + "/care-plan/versions/" +
                                       std::to_string(version.number));
    return response;
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/families/{id}/care-plan/versions/{number}", [&services](http::Request& request, http::RequestContext& context) {
    const auto text = request.PathParam("number");
    int number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size()) throw NotFound("There is no such version of the care plan");
    return JsonResponse(PlanJson(services.care_plans.Version(context.RequireActor(), request.PathParam("id"), number)));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
