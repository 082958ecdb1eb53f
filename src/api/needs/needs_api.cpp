#include "api/needs/needs_api.hpp"

#include "api/common/json_body.hpp"
#include "core/needs/level_rules_document.hpp"
#include "core/services/service_need.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace json = boost::json;
namespace {

/// A list of codes; nothing when the member is absent (so adversities are left as stored).
std::optional<std::vector<std::string>> Codes(const json::object& body, std::string_view name) {
  const auto* value = body.if_contains(name);
  if (!value) return std::nullopt;
  std::vector<std::string> codes;
  const bool list = value->is_array();
  if (list)
    for (const auto& item : value->as_array())
      if (item.is_string()) codes.emplace_back(item.as_string());
  if (!list || codes.size() != value->as_array().size())
    throw http::BadRequest("The field " + std::string(name) + " must be an array of codes");
  return codes;
}

/// {"domains": {"<code>": {"rating": 1..5 or null, "going_well": "", "would_help": ""}}, …}
NeedsForm FormFrom(const http::Request& request) {
  const auto body = ParseObject(request, {"domains", "pressures", "pressure_note", "adversities", "focus_areas"});
  NeedsForm form;
  const auto* domains = body.if_contains("domains");
  if (domains && !domains->is_object()) throw http::BadRequest("The field domains must be an object keyed by domain code");
  for (const auto& code : kDomainCodes) {
    NeedsForm::Domain domain;
    const auto* entry = domains ? domains->as_object().if_contains(code) : nullptr;
    if (entry) {
      if (!entry->is_object()) throw http::BadRequest("Each domain must be an object with rating, going_well, would_help");
      const auto& object = entry->as_object();
      for (const auto& member : object)
        if (member.key() != "rating" && member.key() != "going_well" && member.key() != "would_help")
          throw http::BadRequest("Each domain must be an object with rating, going_well, would_help");
      if (const auto* rating = object.if_contains("rating"); rating && !rating->is_null()) {
        if (!rating->is_int64()) throw http::BadRequest("A rating must be a whole number from 1 to 5, or null");
        domain.rating = std::to_string(rating->as_int64());
      }
      domain.going_well = StringField(object, "going_well");
      domain.would_help = StringField(object, "would_help");
    }
    form.domains.push_back(std::move(domain));
  }
  form.pressures = Codes(body, "pressures").value_or(std::vector<std::string>{});
  form.pressure_note = StringField(body, "pressure_note");
  form.adversities = Codes(body, "adversities");
  form.focus_areas = Codes(body, "focus_areas").value_or(std::vector<std::string>{});
  return form;
}

json::value Optional(const std::optional<Millis>& at) { return at ? json::value(*at) : json::value(nullptr); }

json::array Strings(const std::vector<std::string>& values) { return json::array(values.begin(), values.end()); }

/// The suggestion as stored (level_rules_document.hpp), with words for each kind of support.
json::value SuggestionJson(const NeedsSuggestion& suggestion) {
  auto out = json::parse(WriteSuggestion(suggestion));
  for (auto& kind : out.as_object()["kinds"].as_array()) {
    const auto need = ServiceNeedFromCode(kind.as_object()["code"].as_string());
    kind.as_object()["label"] = need ? ServiceNeedLabel(*need) : std::string_view(kind.as_object()["code"].as_string());
  }
  return out;
}

json::object ConversationJson(const NeedsConversation& c) {
  json::object out;
  out["id"] = c.id;
  out["family_id"] = c.family_id;
  out["status"] = NeedsStatusCode(c.status);
  out["framework_version_id"] = c.framework_version_id;
  out["reviewed_from_id"] = c.reviewed_from_id.empty() ? json::value(nullptr) : json::value(c.reviewed_from_id);
  out["started_by_name"] = c.started_by_name;
  out["started_at"] = c.started_at;
  out["updated_at"] = c.updated_at;
  out["finished_at"] = Optional(c.finished_at);
  json::object domains;
  for (const auto& d : c.answers.domains)
    domains[d.domain] = json::object{{"rating", d.rating ? json::value(*d.rating) : json::value(nullptr)},
                                     {"going_well", d.going_well},
                                     {"would_help", d.would_help}};
  out["domains"] = domains;
  out["pressures"] = Strings(c.answers.pressures);
  out["pressure_note"] = c.answers.pressure_note;
  json::array focus;
  for (auto area : c.answers.focus_areas) focus.emplace_back(FocusAreaCode(area));
  out["focus_areas"] = focus;
  if (!c.adversities_withheld) {
    json::array adversities;
    for (auto category : c.answers.adversities) adversities.emplace_back(SensitiveCategoryCode(category));
    out["adversities"] = adversities;
  }
  out["suggestion"] = c.suggestion ? SuggestionJson(*c.suggestion) : json::value(nullptr);
  if (c.decision) {
    out["decision"] = json::object{{"level", ServiceLevelCode(c.decision->level)},
                                   {"reason", c.decision->reason},
                                   {"needs", Strings(c.decision->needs)},
                                   {"decided_by_name", c.decision->decided_by_name},
                                   {"decided_at", c.decision->decided_at}};
  } else {
    out["decision"] = nullptr;
  }
  return out;
}

std::string Location(const NeedsConversation& c) { return "/api/v1/families/" + c.family_id + "/needs/" + c.id; }

/// ?area_id=, else the area of the actor's first organisation.
std::string AreaOf(const http::Request& request, const http::RequestContext& context) {
  if (auto area = request.Query("area_id"); !area.empty()) return area;
  for (const auto& grant : context.RequireActor().grants)
    if (!grant.area_id.empty()) return grant.area_id;
  throw http::BadRequest("Give the area with ?area_id=");
}

json::object RulesJson(const NeedsRulesVersion& version) {
  json::error_code error;
  auto document = json::parse(version.document, error);
  return json::object{{"area_id", version.area_id},
                      {"number", version.number},
                      {"is_default", version.is_default()},
                      {"note", version.note},
                      {"created_at", version.is_default() ? json::value(nullptr) : json::value(version.created_at)},
                      {"document", error ? json::value(nullptr) : document}};
}

}  // namespace

void AddNeedsApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/families/{id}/needs", [&services](http::Request& request, http::RequestContext& context) {
    const auto history = services.needs.History(context.RequireActor(), request.PathParam("id"));
    json::array items;
    for (const auto& c : history.conversations) items.push_back(ConversationJson(c));
    json::array changes;
    for (const auto& change : history.changes)
      changes.push_back(json::object{{"domain", change.domain},
                                     {"from", change.from ? json::value(*change.from) : json::value(nullptr)},
                                     {"to", change.to ? json::value(*change.to) : json::value(nullptr)},
                                     {"change", change.words}});
    return JsonResponse(json::object{{"items", items},
                                     {"changes", changes},
                                     {"draft_id", history.draft_id.empty() ? json::value(nullptr) : json::value(history.draft_id)}});
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/needs", [&services](http::Request& request, http::RequestContext& context) {
    const auto conversation = services.needs.Start(context.RequireActor(), request.PathParam("id"), FormFrom(request));
    auto response = JsonResponse(ConversationJson(conversation), 201);
    response.SetHeader("Location", Location(conversation));
    return response;
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/families/{id}/needs/{nid}", [&services](http::Request& request, http::RequestContext& context) {
    const auto view = services.needs.Get(context.RequireActor(), request.PathParam("id"), request.PathParam("nid"));
    return JsonResponse(ConversationJson(view.conversation));
  }, http::Access::kSignedIn);

  routes.Api("PATCH", "/api/v1/families/{id}/needs/{nid}", [&services](http::Request& request, http::RequestContext& context) {
    const auto conversation =
        services.needs.Save(context.RequireActor(), request.PathParam("id"), request.PathParam("nid"), FormFrom(request));
    return JsonResponse(ConversationJson(conversation));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/needs/{nid}/finish", [&services](http::Request& request, http::RequestContext& context) {
    std::optional<NeedsForm> form;
    if (!request.body.empty()) form = FormFrom(request);
    const auto conversation = services.needs.Finish(context.RequireActor(), request.PathParam("id"),
                                                    request.PathParam("nid"), form);
    return JsonResponse(ConversationJson(conversation));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/needs/{nid}/decision", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"level", "reason", "needs"});
    NeedsDecisionForm form{StringField(body, "level"), StringField(body, "reason"),
                           Codes(body, "needs").value_or(std::vector<std::string>{})};
    const auto conversation =
        services.needs.Decide(context.RequireActor(), request.PathParam("id"), request.PathParam("nid"), form);
    return JsonResponse(ConversationJson(conversation));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/needs-rules", [&services](http::Request& request, http::RequestContext& context) {
    return JsonResponse(RulesJson(services.needs_rules.Current(context.RequireActor(), AreaOf(request, context))));
  }, http::Access::kSignedIn);

  routes.Api("PUT", "/api/v1/needs-rules", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"document", "note"});
    const auto* document = body.if_contains("document");
    if (!document || !document->is_object()) throw http::BadRequest("The field document must be the rules as a JSON object");
    const auto saved = services.needs_rules.Save(context.RequireActor(), AreaOf(request, context),
                                                 json::serialize(*document), StringField(body, "note"));
    return JsonResponse(RulesJson(saved));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
