#include "api/families/family_api.hpp"

#include "api/common/json_body.hpp"
#include "api/families/family_json.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

bool BoolField(const boost::json::object& body, std::string_view name) {
  const auto* value = body.if_contains(name);
  if (!value || value->is_null()) return false;
  if (!value->is_bool()) throw http::BadRequest("The field " + std::string(name) + " must be true or false");
  return value->as_bool();
}

/// A string, or a whole number given as a number (the form reads both as typed text).
std::string TextOrNumberField(const boost::json::object& body, std::string_view name) {
  const auto* value = body.if_contains(name);
  if (value && value->is_int64()) return std::to_string(value->as_int64());
  return StringField(body, name);
}

/// The record's fields in a body; those absent keep `base` (a PATCH changes only what it names).
FamilyDetailsForm DetailsFrom(const boost::json::object& body, FamilyDetailsForm base) {
  auto take = [&body](std::string_view name, std::string& field) {
    if (body.contains(name)) field = StringField(body, name);
  };
  take("address_line_1", base.address_line_1);
  take("address_line_2", base.address_line_2);
  take("town", base.town);
  take("postcode", base.postcode);
  take("strengths", base.strengths);
  if (body.contains("focus_areas")) base.focus_areas = StringListField(body, "focus_areas");
  return base;
}

NewFamilyInput NewFamilyFrom(const boost::json::object& body) {
  NewFamilyInput input;
  const auto details = DetailsFrom(body, {});
  auto& f = input.form;
  f.address_line_1 = details.address_line_1;
  f.address_line_2 = details.address_line_2;
  f.town = details.town;
  f.postcode = details.postcode;
  f.focus_areas = details.focus_areas;
  f.strengths = details.strengths;
  f.caregiver = {StringField(body, "caregiver_name"),
                 StringField(body, "caregiver_preferred_name"),
                 StringField(body, "caregiver_pronouns"),
                 StringField(body, "caregiver_date_of_birth"),
                 StringField(body, "caregiver_phone"),
                 StringField(body, "caregiver_email"),
                 StringField(body, "caregiver_preferred_language"),
                 BoolField(body, "caregiver_interpreter_needed"),
                 StringField(body, "caregiver_relationship")};
  f.baby = {StringField(body, "due_date"),
            StringField(body, "birth_date"),
            StringField(body, "baby_name"),
            BoolField(body, "born_early"),
            TextOrNumberField(body, "gestation_weeks_at_birth"),
            BoolField(body, "neonatal_care"),
            TextOrNumberField(body, "number_of_babies")};
  input.programme_id = StringField(body, "programme_id");
  input.support_consent = BoolField(body, "support_consent");
  input.save_anyway = BoolField(body, "save_anyway");
  return input;
}

/// 409 with the families the new one may duplicate; send again with save_anyway to save.
http::Response DuplicatesProblem(const std::vector<DuplicateWarning>& duplicates) {
  boost::json::array list;
  for (const auto& d : duplicates) {
    boost::json::array reasons;
    for (const auto& reason : d.reasons) reasons.emplace_back(reason);
    list.push_back({{"id", d.family_id}, {"display_name", d.display_name}, {"reasons", std::move(reasons)}});
  }
  boost::json::object problem{{"type", "about:blank"},
                              {"title", "This family may already be recorded"},
                              {"status", 409},
                              {"detail", "Nothing was saved. Check these families; to save anyway, send the same "
                                         "body with save_anyway set to true."},
                              {"duplicates", std::move(list)}};
  auto response = JsonResponse(problem, 409);
  response.content_type = "application/problem+json";
  return response;
}

CaseloadFilter FilterFrom(const http::Request& request) {
  CaseloadFilter filter;
  const std::string status = request.Query("status");
  if (status == "closed") filter.status = FamilyStatus::kClosed;
  else if (status == "all") filter.status.reset();
  else if (!status.empty() && status != "open") throw http::BadRequest("status must be open, closed or all");
  filter.unassigned_only = request.Query("unassigned") == "1";
  filter.supporter_user_id = request.Query("supporter");
  filter.query = request.Query("q");
  const std::string page = request.Query("page");
  if (!page.empty()) {
    if (page.size() > 6 || page.find_first_not_of("0123456789") != std::string::npos)
      throw http::BadRequest("page must be a positive whole number");
    filter.page.page = std::stoi(page);
  }
  return filter;
}

http::Response FamilyResponse(Services& services, const Actor& actor, const std::string& id, int status = 200) {
  return JsonResponse(FamilyJson(services.families.Get(actor, id)), status);
}

}  // namespace

void AddFamilyApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/families", [&services](http::Request& request, http::RequestContext& context) {
    const auto caseload = services.caseloads.List(context.RequireActor(), FilterFrom(request));
    boost::json::array items;
    for (const auto& entry : caseload.page.items) items.push_back(CaseloadEntryJson(entry, caseload.today));
    return JsonResponse(boost::json::object{{"items", std::move(items)},
                                            {"page", caseload.page.page},
                                            {"page_size", caseload.page.page_size},
                                            {"total", caseload.page.total}});
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(
        request, {"programme_id", "support_consent", "save_anyway", "address_line_1", "address_line_2", "town",
                  "postcode", "focus_areas", "strengths", "caregiver_name", "caregiver_preferred_name",
                  "caregiver_pronouns", "caregiver_date_of_birth", "caregiver_phone", "caregiver_email",
                  "caregiver_preferred_language", "caregiver_interpreter_needed", "caregiver_relationship",
                  "due_date", "birth_date", "baby_name", "born_early", "gestation_weeks_at_birth", "neonatal_care",
                  "number_of_babies"});
    const Actor& actor = context.RequireActor();
    const auto result = services.families.Create(actor, NewFamilyFrom(body));
    if (!result.duplicates.empty()) return DuplicatesProblem(result.duplicates);
    if (!result.readable)  // a supporter without the family's consent: recorded, not yet theirs to read
      return JsonResponse(boost::json::object{{"id", result.family_id}}, 201);
    return FamilyResponse(services, actor, result.family_id, 201);
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/families/{id}", [&services](http::Request& request, http::RequestContext& context) {
    return FamilyResponse(services, context.RequireActor(), request.PathParam("id"));
  }, http::Access::kSignedIn);

  routes.Api("PATCH", "/api/v1/families/{id}", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"version", "address_line_1", "address_line_2", "town", "postcode",
                                            "focus_areas", "strengths"});
    const auto* version = body.if_contains("version");
    if (!version || !version->is_int64()) throw http::BadRequest("version (a whole number) is required");
    const Actor& actor = context.RequireActor();
    const std::string id = request.PathParam("id");
    const auto current = services.families.Get(actor, id);
    FamilyDetailsForm base{current.record.family.address_line_1, current.record.family.address_line_2,
                           current.record.family.town, current.record.family.postcode, {},
                           current.record.family.strengths};
    for (auto area : current.record.family.focus_areas) base.focus_areas.emplace_back(FocusAreaCode(area));
    services.families.UpdateDetails(actor, id, DetailsFrom(body, base), version->as_int64());
    return FamilyResponse(services, actor, id);
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/assignment", [&services](http::Request& request,
                                                                    http::RequestContext& context) {
    const auto body = ParseObject(request, {"supporter_user_id"});
    const Actor& actor = context.RequireActor();
    services.caseloads.Assign(actor, request.PathParam("id"), StringField(body, "supporter_user_id"));
    return FamilyResponse(services, actor, request.PathParam("id"));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/closure", [&services](http::Request& request,
                                                                 http::RequestContext& context) {
    const auto body = ParseObject(request, {"reason", "summary"});
    const Actor& actor = context.RequireActor();
    services.caseloads.Close(actor, request.PathParam("id"), {StringField(body, "reason"), StringField(body, "summary")});
    return FamilyResponse(services, actor, request.PathParam("id"));
  }, http::Access::kSignedIn);

  routes.Api("DELETE", "/api/v1/families/{id}/closure", [&services](http::Request& request,
                                                                   http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    services.caseloads.Reopen(actor, request.PathParam("id"));
    return FamilyResponse(services, actor, request.PathParam("id"));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
