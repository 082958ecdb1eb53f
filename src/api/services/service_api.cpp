#include "api/services/service_api.hpp"

#include <array>

#include "api/common/json_body.hpp"
#include "core/services/service_review.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

/// The form's text fields by their JSON names (the same as the form's).
constexpr std::array<std::pair<std::string_view, std::string ServiceForm::*>, 17> kTextFields{{
    {"organisation_id", &ServiceForm::organisation_id},
    {"name", &ServiceForm::name},
    {"level", &ServiceForm::level},
    {"type", &ServiceForm::type},
    {"summary", &ServiceForm::summary},
    {"eligibility", &ServiceForm::eligibility},
    {"min_age_months", &ServiceForm::min_age_months},
    {"max_age_months", &ServiceForm::max_age_months},
    {"postcode_districts", &ServiceForm::postcode_districts},
    {"local_authorities", &ServiceForm::local_authorities},
    {"referral_route", &ServiceForm::referral_route},
    {"referral_contact", &ServiceForm::referral_contact},
    {"hours", &ServiceForm::hours},
    {"languages", &ServiceForm::languages},
    {"accessibility", &ServiceForm::accessibility},
    {"response_days", &ServiceForm::response_days},
    {"review_due", &ServiceForm::review_due},
}};

const std::initializer_list<std::string_view> kBodyFields = {
    "version", "organisation_id", "name", "level", "type", "summary", "eligibility", "in_pregnancy",
    "min_age_months", "max_age_months", "needs", "postcode_districts", "local_authorities", "referral_route",
    "referral_contact", "hours", "languages", "accessibility", "response_days", "internal_notes", "review_due"};

/// Members present in the body replace the form's; absent ones keep `form` (a PATCH
/// changes only what it names). Numbers may be sent as numbers or as text.
ServiceForm Apply(const boost::json::object& body, ServiceForm form) {
  for (const auto& [name, member] : kTextFields) {
    const auto* value = body.if_contains(name);
    if (!value) continue;
    if (value->is_int64()) form.*member = std::to_string(value->as_int64());
    else if (value->is_null()) form.*member = "";
    else form.*member = StringField(body, name);
  }
  if (body.contains("internal_notes")) form.internal_notes = StringField(body, "internal_notes");
  if (const auto* value = body.if_contains("in_pregnancy")) {
    if (!value->is_bool()) throw http::BadRequest("in_pregnancy must be true or false");
    form.in_pregnancy = value->as_bool();
  }
  if (const auto* value = body.if_contains("needs")) {
    if (!value->is_array()) throw http::BadRequest("needs must be an array of need codes");
    form.needs.clear();
    for (const auto& item : value->as_array()) {
      if (!item.is_string()) throw http::BadRequest("needs must be an array of need codes");
      form.needs.emplace_back(item.as_string());
    }
  }
  return form;
}

boost::json::value OptionalMonths(const std::optional<int>& months) {
  return months ? boost::json::value(*months) : boost::json::value(nullptr);
}

boost::json::object ServiceJson(const Service& s, const std::string& today) {
  boost::json::array needs, districts, authorities;
  for (const auto& need : s.needs) needs.emplace_back(need);
  for (const auto& c : s.coverage)
    (c.kind == CoverageKind::kPostcodeDistrict ? districts : authorities).emplace_back(c.value);
  const auto date = ParseDate(today);
  return {{"id", s.id},
          {"organisation_id", s.organisation_id},
          {"organisation_name", s.organisation_name},
          {"area_id", s.area_id},
          {"name", s.name},
          {"level", ServiceLevelCode(s.level)},
          {"type", ServiceTypeCode(s.type)},
          {"summary", s.summary},
          {"eligibility", s.eligibility},
          {"in_pregnancy", s.in_pregnancy},
          {"min_age_months", OptionalMonths(s.min_age_months)},
          {"max_age_months", OptionalMonths(s.max_age_months)},
          {"needs", needs},
          {"postcode_districts", districts},
          {"local_authorities", authorities},
          {"referral_route", ReferralRouteCode(s.referral_route)},
          {"referral_contact", s.referral_contact},
          {"hours", s.hours},
          {"languages", s.languages},
          {"accessibility", s.accessibility},
          {"response_days", s.response_days},
          {"internal_notes", s.internal_notes},
          {"review_due", s.review_due},
          {"stale", date && IsStale(s, *date)},
          {"status", ServiceStatusCode(s.status)},
          {"version", s.version}};
}

int PageParam(const http::Request& request) {
  const std::string page = request.Query("page");
  if (page.empty()) return 1;
  if (page.size() > 6 || page.find_first_not_of("0123456789") != std::string::npos || page == "0")
    throw http::BadRequest("page must be a positive whole number");
  return std::stoi(page);
}

}  // namespace

void AddServiceApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/services", [&services](http::Request& request, http::RequestContext& context) {
    ServiceSearch search;
    search.area_id = request.Query("area_id");
    search.text = request.Query("q");
    search.level = request.Query("level");
    search.type = request.Query("type");
    search.postcode = request.Query("postcode");
    search.need = request.Query("need");
    search.organisation_id = request.Query("organisation_id");
    search.stale_only = request.Query("stale") == "true";
    search.include_archived = request.Query("archived") == "true";
    PageRequest page;
    page.page = PageParam(request);
    const auto results = services.directory.Search(context.RequireActor(), search, page);
    boost::json::array items;
    for (const auto& service : results.page.items) items.push_back(ServiceJson(service, results.today));
    return JsonResponse(boost::json::object{{"items", items},
                                            {"area_id", results.area_id},
                                            {"page", results.page.page},
                                            {"page_size", results.page.page_size},
                                            {"total", results.page.total}});
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/services", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, kBodyFields);
    ServiceForm defaults;
    defaults.response_days = "10";
    defaults.review_due = NextReviewDate(*ParseDate(services.directory.Today()));
    const auto service = services.directory.Create(context.RequireActor(), Apply(body, defaults));
    auto response = JsonResponse(ServiceJson(service, services.directory.Today()), 201);
    response.SetHeader("Location", "/api/v1/services/" + service.id);
    return response;
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/services/{id}", [&services](http::Request& request, http::RequestContext& context) {
    const auto service = services.directory.Find(context.RequireActor(), request.PathParam("id"));
    return JsonResponse(ServiceJson(service, services.directory.Today()));
  }, http::Access::kSignedIn);

  routes.Api("PATCH", "/api/v1/services/{id}", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, kBodyFields);
    const auto* version = body.if_contains("version");
    if (!version || !version->is_int64()) throw http::BadRequest("version (a whole number) is required");
    if (body.contains("organisation_id")) throw http::BadRequest("An entry's organisation cannot be changed");
    const Actor& actor = context.RequireActor();
    const auto current = services.directory.Find(actor, request.PathParam("id"));
    const auto service = services.directory.Update(actor, current.id, Apply(body, ServiceFormOf(current)),
                                                   static_cast<int>(version->as_int64()));
    return JsonResponse(ServiceJson(service, services.directory.Today()));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
