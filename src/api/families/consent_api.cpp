#include "api/common/json_body.hpp"
#include "api/families/privacy_api.hpp"

namespace alongside::api {
namespace {

boost::json::value PersonJson(const std::string& id, const std::string& name) {
  if (id.empty()) return nullptr;
  return boost::json::object{{"id", id}, {"name", name}};
}

boost::json::object DecisionJson(const ConsentHistoryEntry& entry, bool with_note) {
  const auto& r = entry.record;
  boost::json::object out{{"id", r.id},
                          {"kind", std::string(ConsentKindCode(r.kind))},
                          {"decision", std::string(ConsentDecisionCode(r.decision))},
                          {"method", std::string(ConsentMethodCode(r.method))},
                          {"decided_at", r.decided_at},
                          {"recorded_at", r.recorded_at},
                          {"recorded_by", PersonJson(r.recorded_by_user_id, entry.recorded_by_name)}};
  if (r.kind == ConsentKind::kSharing)
    out["service"] = boost::json::object{{"id", r.organisation_id}, {"name", entry.organisation_name}};
  if (with_note) out["note"] = r.note;
  return out;
}

boost::json::object ConsentJson(const FamilyConsent& consent) {
  boost::json::array current;
  for (const auto& standing : consent.current) {
    boost::json::object item{{"kind", std::string(ConsentKindCode(standing.kind))},
                             {"given", standing.given},
                             {"asked", standing.asked}};
    if (standing.kind == ConsentKind::kSharing)
      item["service"] = boost::json::object{{"id", standing.organisation_id}, {"name", standing.organisation_name}};
    item["decision"] = standing.asked ? boost::json::value(DecisionJson(standing.latest, !consent.shared_view))
                                      : boost::json::value(nullptr);
    current.push_back(std::move(item));
  }
  boost::json::array history;
  for (const auto& entry : consent.history) history.push_back(DecisionJson(entry, !consent.shared_view));
  return {{"family_id", consent.family_id},
          {"support_given", consent.support_given},
          {"may_record", consent.may_record},
          {"current", std::move(current)},
          {"history", std::move(history)}};
}

}  // namespace

void AddConsentApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/families/{id}/consent", [&services](http::Request& request, http::RequestContext& context) {
    return JsonResponse(ConsentJson(services.consent.Read(context.RequireActor(), request.PathParam("id"))));
  }, http::Access::kSignedIn);

  // A client of the API asks for a decision explicitly, so a withdrawal needs no second step.
  routes.Api("POST", "/api/v1/families/{id}/consent", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"kind", "organisation_id", "decision", "method", "decided_on", "note"});
    const ConsentForm form{StringField(body, "kind"),   StringField(body, "organisation_id"),
                           StringField(body, "decision"), StringField(body, "method"),
                           StringField(body, "decided_on"), StringField(body, "note")};
    const Actor& actor = context.RequireActor();
    const auto result = services.consent.Record(actor, request.PathParam("id"), form, true);
    ConsentHistoryEntry entry{*result.record, actor.name, ""};
    auto json = DecisionJson(entry, true);
    json["still_reaches_family"] = result.still_reaches;
    return JsonResponse(json, 201);
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
