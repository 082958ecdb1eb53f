#include "api/accounts/session_api.hpp"

#include "api/common/json_body.hpp"
#include "core/common/london_time.hpp"

namespace alongside::api {
namespace {

boost::json::object UserJson(const User& user) {
  boost::json::array roles;
  for (const auto& grant : user.grants) {
    boost::json::object role{{"role", std::string(RoleCode(grant.role))}};
    if (grant.organisation_id.empty()) {
      role["organisation"] = nullptr;
    } else {
      role["organisation"] = boost::json::object{
          {"id", grant.organisation_id}, {"name", grant.organisation_name}, {"kind", grant.organisation_kind}};
    }
    roles.push_back(std::move(role));
  }
  return boost::json::object{{"id", user.id}, {"email", user.email}, {"name", user.name}, {"roles", std::move(roles)}};
}

}  // namespace

void AddSessionApi(http::RouteTable& routes, Services& services) {
  routes.Api("POST", "/api/v1/sessions", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"email", "password"});
    auto result = services.sessions.SignIn(StringField(body, "email"), StringField(body, "password"),
                                           request.remote_address, request.request_id);
    boost::json::object out{{"token", result.token},
                            {"expires_at", result.session.expires_at},
                            {"user", UserJson(result.user)}};
    auto response = JsonResponse(out, 201);
    response.headers.emplace_back("Set-Cookie", http::CookieHeader(http::SessionCookieName(context.secure_cookies),
                                                                   result.token, context.secure_cookies));
    return response;
  }, http::Access::kPublic);

  routes.Api("DELETE", "/api/v1/sessions/current", [&services](http::Request&, http::RequestContext& context) {
    services.sessions.SignOut(context.RequireActor());
    http::Response response;
    response.status = 204;
    response.content_type.clear();
    response.headers.emplace_back("Set-Cookie", http::CookieHeader(http::SessionCookieName(context.secure_cookies), "",
                                                                   context.secure_cookies, true));
    return response;
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/me", [&services](http::Request&, http::RequestContext& context) {
    return JsonResponse(UserJson(services.accounts.Me(context.RequireActor())));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
