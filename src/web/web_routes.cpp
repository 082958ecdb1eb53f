#include "web/web_routes.hpp"

#include "web/accounts/sign_in_pages.hpp"
#include "web/admin/admin_pages.hpp"
#include "web/common/page_context.hpp"
#include "web/home/home_page.hpp"

namespace alongside::web {

void AddWebRoutes(http::RouteTable& routes, Services& services, const Views& views) {
  AddHomePage(routes, services, views);
  AddInformationPages(routes, views);
  AddSignInPages(routes, services, views);
  AddRegistrationPages(routes, services, views);
  AddPasswordResetPages(routes, services, views);
  AddAccountPages(routes, services, views);
  AddOrganisationPages(routes, services, views);
  AddUserPages(routes, services, views);
  AddAuditPages(routes, services, views);
}

http::Response ErrorPage(const Views& views, const http::Request& request, const http::RequestContext& context,
                         int status, const std::string& heading, const std::string& message) {
  View data;
  data.set("heading", heading);
  data.set("message", message);
  if (status >= 500) data.set("request_id", request.request_id);
  return views.Page("errors/error", data, ChromeFor(request, context, heading), status);
}

}  // namespace alongside::web
