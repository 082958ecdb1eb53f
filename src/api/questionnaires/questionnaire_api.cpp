#include "api/questionnaires/questionnaire_api.hpp"

#include "api/common/json_body.hpp"
#include "api/questionnaires/questionnaire_json.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

/// "document" may be sent as the questionnaire object itself or as its text.
std::string DocumentField(const boost::json::object& body) {
  const auto* value = body.if_contains("document");
  if (!value || value->is_null()) return "";
  if (value->is_string()) return std::string(value->as_string());
  if (value->is_object()) return boost::json::serialize(*value);
  throw http::BadRequest("The field document must be the questionnaire object or its JSON text");
}

/// "answers": an object of item code -> chosen value (a number, or its text).
std::map<std::string, std::string> AnswersField(const boost::json::object& body) {
  std::map<std::string, std::string> answers;
  const auto* value = body.if_contains("answers");
  if (!value || value->is_null()) return answers;
  if (!value->is_object()) throw http::BadRequest("The field answers must be an object of item code to value");
  for (const auto& [code, answer] : value->as_object()) {
    if (answer.is_int64()) answers[std::string(code)] = std::to_string(answer.as_int64());
    else if (answer.is_string()) answers[std::string(code)] = std::string(answer.as_string());
    else if (!answer.is_null()) throw http::BadRequest("Each answer must be a whole number");
  }
  return answers;
}

}  // namespace

void AddQuestionnaireDefinitionApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/questionnaires", [&services](http::Request&, http::RequestContext& context) {
    boost::json::array items;
    for (const auto& stored : services.questionnaire_catalogue.Available(context.RequireActor()))
      items.push_back(QuestionnaireSummaryJson(stored));
    return JsonResponse(boost::json::object{{"items", std::move(items)}});
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/questionnaires/{code}", [&services](http::Request& request, http::RequestContext& context) {
    return JsonResponse(QuestionnaireJson(services.questionnaire_catalogue.Get(context.RequireActor(),
                                                                               request.PathParam("code"))));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/questionnaires", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"area_id", "document"});
    const auto stored = services.questionnaire_catalogue.Load(context.RequireActor(), StringField(body, "area_id"),
                                                              DocumentField(body));
    auto response = JsonResponse(QuestionnaireSummaryJson(stored), 201);
    response.SetHeader("Location", "/api/v1/questionnaires/" + stored.definition.code);
    return response;
  }, http::Access::kSignedIn);
}

void AddFamilyQuestionnaireApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/families/{id}/questionnaires", [&services](http::Request& request, http::RequestContext& context) {
    const auto page = services.questionnaires.ForFamily(context.RequireActor(), request.PathParam("id"));
    boost::json::array responses;
    for (const auto& response : page.responses) responses.push_back(ResponseJson(response));
    boost::json::array trends;
    for (const auto& trend : page.trends) {
      boost::json::array totals;
      for (const auto& point : trend.points)
        totals.push_back({{"on", IsoDate(point.on)}, {"total", point.total}, {"band", point.band_label}});
      trends.push_back(boost::json::object{{"code", trend.code}, {"short_title", trend.short_title},
                                           {"summary", trend.Summary()}, {"points", std::move(totals)}});
    }
    boost::json::array available;
    for (const auto& stored : page.available) available.push_back(QuestionnaireSummaryJson(stored));
    return JsonResponse(boost::json::object{{"responses", std::move(responses)}, {"trends", std::move(trends)},
                                            {"open_alerts", AlertsJson(page.open_alerts)},
                                            {"available", std::move(available)}, {"may_answer", page.may_answer}});
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/questionnaires", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"code", "answers", "answered_on"});
    const auto result = services.questionnaires.Answer(context.RequireActor(), request.PathParam("id"),
                                                       StringField(body, "code"), AnswersField(body),
                                                       StringField(body, "answered_on"));
    auto response = JsonResponse(ResultJson(result), 201);
    response.SetHeader("Location", "/api/v1/families/" + result.response.family_id + "/questionnaires/" +
                                       result.response.id);
    return response;
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/families/{id}/questionnaires/{response_id}", [&services](http::Request& request, http::RequestContext& context) {
    return JsonResponse(ResultJson(services.questionnaires.Get(context.RequireActor(), request.PathParam("id"),
                                                               request.PathParam("response_id"))));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/families/{id}/safety-alerts", [&services](http::Request& request, http::RequestContext& context) {
    const auto alerts = services.safety_alerts.ForFamily(context.RequireActor(), request.PathParam("id"));
    return JsonResponse(boost::json::object{{"items", AlertsJson(alerts.alerts)}, {"may_resolve", alerts.may_resolve}});
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/safety-alerts/{alert_id}/resolve", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"action", "note"});
    const auto alert = services.safety_alerts.Resolve(context.RequireActor(), request.PathParam("id"),
                                                      request.PathParam("alert_id"),
                                                      {StringField(body, "action"), StringField(body, "note")});
    return JsonResponse(AlertJson(alert));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
