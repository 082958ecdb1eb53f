#include "api/api_routes.hpp"

#include "api/accounts/session_api.hpp"

namespace alongside::api {

void AddApiRoutes(http::RouteTable& routes, Services& services, std::string openapi_json) {
  AddSessionApi(routes, services);
  routes.Api("GET", "/api/v1/openapi.json", [document = std::move(openapi_json)](http::Request&, http::RequestContext&) {
    auto response = http::Response::Json(document);
    response.personal = false;
    return response;
  }, http::Access::kPublic);
}

}  // namespace alongside::api
