#include "core/common/london_time.hpp"
#include "web/common/page_context.hpp"
#include "web/framework/framework_pages.hpp"
#include "web/framework/framework_view.hpp"

namespace alongside::web {

std::string FrameworkAreaFor(const std::vector<Area>& areas, const std::string& requested) {
  if (!requested.empty()) return requested;
  if (areas.empty()) throw AccessRefused(Resource::kFramework, Action::kRead, "");
  return areas.front().id;
}

namespace {

/// The framework page for one version; `in_force` is the area's newest version, to say
/// whether this one is still in force.
http::Response VersionPage(Services& services, const Views& views, const http::Request& request,
                           const http::RequestContext& context, const FrameworkVersion& version,
                           const FrameworkVersion& in_force, const std::vector<Area>& areas) {
  const Actor& actor = context.RequireActor();
  const auto words = FrameworkWordsFrom(request.Query("words"));
  View data = FrameworkVersionView(version, words);
  const bool current = version.id == in_force.id;
  const std::string base = current ? std::string("/framework") : "/framework/versions/" + version.id;
  const std::string area = actor.IsPlatformAdministrator() || areas.size() > 1 ? version.area_id : "";
  data.set("is_current", current);
  data.set("in_force_number", std::to_string(in_force.number));
  data.set("in_force_href", WithArea("/framework", area));
  data.set("versions_href", WithArea("/framework/versions", area));
  data.set("both_href", WithArea(base, area));
  data.set("practitioners_href", WithArea(base + "?words=practitioners", area));
  data.set("parents_href", WithArea(base + "?words=parents", area));
  data.set("may_adapt", current && services.framework.MayAdapt(actor, version.area_id));
  data.set("adapt_href", WithArea("/admin/framework", area));
  AddAreaChoice(data, areas, version.area_id);
  data.set("choose_area", current && areas.size() > 1);
  auto chrome = ChromeFor(request, context, current ? "The caregiving framework"
                                                    : "The caregiving framework, version " +
                                                          std::to_string(version.number));
  if (!current) chrome.back_link = WithArea("/framework/versions", area);
  if (request.Query("done") == "adapted")
    chrome.flash = "Version " + std::to_string(version.number) + " saved. It is now in force.";
  return views.Page("framework/show", data, chrome);
}

}  // namespace

void AddFrameworkPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/framework", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto areas = services.framework.Areas(actor);
    const auto current = services.framework.Current(actor, FrameworkAreaFor(areas, request.Query("area")));
    return VersionPage(services, views, request, context, current, current, areas);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/framework/versions", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto areas = services.framework.Areas(actor);
    const std::string area_id = FrameworkAreaFor(areas, request.Query("area"));
    const auto versions = services.framework.Versions(actor, area_id);
    View items{View::type::list};
    for (const auto& version : versions) {
      View item;
      item.set("number", std::to_string(version.number));
      item.set("href", "/framework/versions/" + version.id);
      item.set("made_at", FormatLondonDateTime(version.created_at));
      item.set("made_by", version.created_by.empty() ? std::string("Loaded by Alongside") : version.created_by_name);
      item.set("note", version.note);
      item.set("in_force", version.id == versions.front().id);
      items.push_back(item);
    }
    View data;
    data.set("items", items);
    const std::string area = actor.IsPlatformAdministrator() || areas.size() > 1 ? area_id : "";
    AddAreaChoice(data, areas, area_id);
    auto chrome = ChromeFor(request, context, "Versions of the caregiving framework");
    chrome.back_link = WithArea("/framework", area);
    return views.Page("framework/versions", data, chrome);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/framework/versions/{id}", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto version = services.framework.Version(actor, request.PathParam("id"));
    const auto in_force = services.framework.Current(actor, version.area_id);
    return VersionPage(services, views, request, context, version, in_force, services.framework.Areas(actor));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
