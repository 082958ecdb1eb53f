#include "api/framework/framework_api.hpp"

#include "api/common/json_body.hpp"
#include "core/framework/framework_document.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

boost::json::object VersionSummaryJson(const FrameworkVersion& v) {
  boost::json::object out{{"id", v.id},
                          {"area_id", v.area_id},
                          {"number", v.number},
                          {"based_on_id", v.based_on_id.empty() ? boost::json::value(nullptr)
                                                                : boost::json::value(v.based_on_id)},
                          {"note", v.note},
                          {"created_at", v.created_at},
                          {"edition", v.framework.edition}};
  if (v.created_by.empty()) out["created_by"] = nullptr;
  else out["created_by"] = boost::json::object{{"id", v.created_by}, {"name", v.created_by_name}};
  return out;
}

boost::json::object VersionJson(const FrameworkVersion& v) {
  auto out = VersionSummaryJson(v);
  out["framework"] = boost::json::parse(WriteFrameworkDocument(v.framework));
  return out;
}

/// The area asked for (?area=), else the first the person may read.
std::string AreaFor(Services& services, const Actor& actor, const http::Request& request) {
  std::string area_id = request.Query("area");
  if (!area_id.empty()) return area_id;
  const auto areas = services.framework.Areas(actor);
  if (areas.empty()) throw AccessRefused(Resource::kFramework, Action::kRead, "");
  return areas.front().id;
}

/// The document's paths as paths in the request body ("framework.domains[0].name").
std::vector<FieldError> InBody(const std::vector<FieldError>& errors) {
  std::vector<FieldError> out;
  for (const auto& e : errors) {
    if (e.field == "note" || e.field == "based_on_id") out.push_back(e);
    else if (e.field == "document") out.push_back({"framework", e.message});
    else out.push_back({"framework." + e.field, e.message});
  }
  return out;
}

}  // namespace

void AddFrameworkApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/framework", [&services](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    return JsonResponse(VersionJson(services.framework.Current(actor, AreaFor(services, actor, request))));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/framework/versions", [&services](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    boost::json::array items;
    for (const auto& version : services.framework.Versions(actor, AreaFor(services, actor, request)))
      items.push_back(VersionSummaryJson(version));
    return JsonResponse(boost::json::object{{"items", std::move(items)}});
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/framework/versions/{id}", [&services](http::Request& request, http::RequestContext& context) {
    return JsonResponse(VersionJson(services.framework.Version(context.RequireActor(), request.PathParam("id"))));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/framework/versions", [&services](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto body = ParseObject(request, {"based_on_id", "note", "framework"});
    FrameworkAdaptation adaptation;
    adaptation.based_on_id = StringField(body, "based_on_id");
    adaptation.note = StringField(body, "note");
    if (adaptation.based_on_id.empty()) throw Invalid("based_on_id", "Give the id of the version you adapted");
    const auto* document = body.if_contains("framework");
    if (document == nullptr || !document->is_object())
      throw Invalid("framework", "Send the whole framework document as an object");
    std::string area_id;
    try {
      area_id = services.framework.Version(actor, adaptation.based_on_id).area_id;
    } catch (const NotFound&) {
      throw Invalid("based_on_id", "There is no version of the framework with this id");
    }
    try {
      adaptation.framework = ReadFrameworkDocument(boost::json::serialize(*document));
      return JsonResponse(VersionJson(services.framework.Adapt(actor, area_id, adaptation)), 201);
    } catch (const Invalid& invalid) {
      throw Invalid(InBody(invalid.errors()));
    }
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
