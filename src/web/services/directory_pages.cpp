#include "web/common/page_context.hpp"
#include "web/services/service_pages.hpp"
#include "web/services/service_view.hpp"

namespace alongside::web {
namespace {

/// Signed out, a public page carries no personal data, so it may be cached; signed in,
/// the layout names the person.
http::Response Public(http::Response response, const http::RequestContext& context) {
  if (!context.actor) response.personal = false;
  return response;
}

http::Response DirectoryPage(Services& services, const Views& views, const http::Request& request,
                             const http::RequestContext& context) {
  ServiceSearch search = SearchFromQuery(request);
  search.stale_only = false;
  search.include_archived = false;
  PageRequest page_request;
  page_request.page = PageNumber(request);
  std::string postcode_error;
  PublicServiceResults results;
  try {
    results = services.directory.PublicSearch(search, page_request);
  } catch (const Invalid& invalid) {
    postcode_error = invalid.errors().front().message;
    search.postcode.clear();
    results = services.directory.PublicSearch(search, page_request);
  }
  View data;
  const auto areas = services.directory.PublicAreas();
  std::string area_name;
  for (const auto& area : areas)
    if (area.id == results.area_id) area_name = area.name;
  data.set("area_name", area_name);
  data.set("area_id", results.area_id);
  data.set("choose_area", results.area_id.empty() || area_name.empty());
  View items{View::type::list};
  for (const auto& service : results.page.items) items.push_back(ServiceListItem(service, "/directory/" + service.id));
  data.set("items", items);
  data.set("has_items", !results.page.items.empty());
  data.set("total", std::to_string(results.page.total));
  AddPagination(data, request, results.page);
  AddSearchFields(data, search, areas, results.area_id, postcode_error);
  auto chrome = ChromeFor(request, context, "Find support near you");
  chrome.has_errors = !postcode_error.empty();
  return Public(views.Page("services/directory", data, chrome, postcode_error.empty() ? 200 : 422), context);
}

}  // namespace

void AddPublicDirectoryPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/directory", [&services, &views](http::Request& request, http::RequestContext& context) {
    return DirectoryPage(services, views, request, context);
  }, http::Access::kPublic);

  routes.Page("GET", "/directory/{id}", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto service = services.directory.PublicFind(request.PathParam("id"));
    View data = ServiceDetails(service, false);
    data.set("name", service.name);
    data.set("area_id", service.area_id);
    auto chrome = ChromeFor(request, context, service.name);
    chrome.back_link = "/directory?area=" + UrlEncode(service.area_id);
    return Public(views.Page("services/public_show", data, chrome), context);
  }, http::Access::kPublic);
}

}  // namespace alongside::web
