#include "api/signposts/signpost_api.hpp"

#include "api/common/json_body.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

boost::json::value OptionalMillisJson(const std::optional<Millis>& at) {
  return at ? boost::json::value(*at) : boost::json::value(nullptr);
}

boost::json::object SignpostJson(const Signpost& p) {
  boost::json::object out{{"id", p.id},
                          {"family_id", p.family_id},
                          {"service_id", p.service_id.empty() ? boost::json::value(nullptr) : boost::json::value(p.service_id)},
                          {"service_name", p.service_name},
                          {"how", std::string(SignpostHowCode(p.how))},
                          {"note", p.note},
                          {"given_by", boost::json::object{{"id", p.given_by}, {"name", p.given_by_name}}},
                          {"given_at", p.given_at},
                          {"follow_up_due", IsoDate(p.follow_up_due)},
                          {"follow_up_task_id", p.follow_up_task_id.empty() ? boost::json::value(nullptr)
                                                                            : boost::json::value(p.follow_up_task_id)},
                          {"outcome", p.outcome ? boost::json::value(std::string(SignpostOutcomeCode(*p.outcome)))
                                                : boost::json::value(nullptr)},
                          {"outcome_note", p.outcome_note},
                          {"followed_up_at", OptionalMillisJson(p.followed_up_at)}};
  return out;
}

/// A whole number of days, or (for forms sent as text) its digits.
std::string DaysField(const boost::json::object& body) {
  const auto* value = body.if_contains("follow_up_days");
  if (!value || value->is_null()) return std::to_string(kDefaultFollowUpDays);
  if (value->is_int64()) return std::to_string(value->as_int64());
  throw http::BadRequest("The field follow_up_days must be a whole number of days");
}

boost::json::object SuggestionJson(const Suggestion& s) {
  boost::json::array reasons;
  for (const auto& reason : s.reasons) reasons.emplace_back(reason);
  return {{"service", boost::json::object{{"id", s.service.id},
                                          {"name", s.service.name},
                                          {"organisation_name", s.service.organisation_name},
                                          {"level", std::string(ServiceLevelCode(s.service.level))},
                                          {"type", std::string(ServiceTypeCode(s.service.type))},
                                          {"referral_route", std::string(ReferralRouteCode(s.service.referral_route))}}},
          {"reasons", std::move(reasons)},
          {"needs_met", s.needs_met},
          {"involvement", s.involvement.empty() ? boost::json::value(nullptr) : boost::json::value(s.involvement)}};
}

}  // namespace

void AddSignpostApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/families/{id}/signposts", [&services](http::Request& request,
                                                                   http::RequestContext& context) {
    const auto list = services.signposts.ListForFamily(context.RequireActor(), request.PathParam("id"));
    boost::json::array items;
    for (const auto& signpost : list.signposts) items.push_back(SignpostJson(signpost));
    return JsonResponse(boost::json::object{{"items", std::move(items)}});
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/signposts", [&services](http::Request& request,
                                                                    http::RequestContext& context) {
    const auto body = ParseObject(request, {"service_id", "service_name", "how", "note", "follow_up_days"});
    const SignpostForm form{StringField(body, "service_id"), StringField(body, "service_name"),
                            StringField(body, "how"), StringField(body, "note"), DaysField(body)};
    const auto signpost = services.signposts.Record(context.RequireActor(), request.PathParam("id"), form);
    return JsonResponse(SignpostJson(signpost), 201);
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/signposts/{sid}/follow-up", [&services](http::Request& request,
                                                                                    http::RequestContext& context) {
    const auto body = ParseObject(request, {"outcome", "note"});
    const auto signpost = services.signposts.FollowUp(context.RequireActor(), request.PathParam("id"),
                                                      request.PathParam("sid"),
                                                      {StringField(body, "outcome"), StringField(body, "note")});
    return JsonResponse(SignpostJson(signpost));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/families/{id}/suggestions", [&services](http::Request& request,
                                                                     http::RequestContext& context) {
    const auto result = services.suggestions.ForFamily(context.RequireActor(), request.PathParam("id"));
    boost::json::array items;
    for (const auto& suggestion : result.suggestions) items.push_back(SuggestionJson(suggestion));
    boost::json::array needs;
    for (const auto& need : result.needs) needs.push_back(boost::json::object{{"code", need.code}, {"from", need.from}});
    return JsonResponse(boost::json::object{{"family_id", result.family_id},
                                            {"stage", result.stage_label},
                                            {"postcode_district", result.postcode_district},
                                            {"needs", std::move(needs)},
                                            {"items", std::move(items)}});
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
