#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/framework/framework_form.hpp"
#include "web/framework/framework_pages.hpp"
#include "web/framework/framework_view.hpp"

namespace alongside::web {
namespace {

/// The areas whose framework the person may adapt.
std::vector<Area> AdaptableAreas(Services& services, const Actor& actor) {
  std::vector<Area> areas;
  for (auto& area : services.framework.Areas(actor))
    if (services.framework.MayAdapt(actor, area.id)) areas.push_back(std::move(area));
  return areas;
}

struct AdaptPage {
  FrameworkVersion base;  ///< the version the form adapts
  FrameworkFormValues values;
  std::vector<FieldError> errors;
  std::string conflict;  ///< a newer version was saved meanwhile
  std::string newest_href;
};

http::Response RenderAdaptPage(Services& services, const Views& views, const http::Request& request,
                               const http::RequestContext& context, const AdaptPage& page) {
  const Actor& actor = context.RequireActor();
  const auto areas = AdaptableAreas(services, actor);
  View data;
  std::vector<FieldError> summary = page.errors;
  if (!page.conflict.empty()) summary.insert(summary.begin(), {"conflict", page.conflict});
  FormView(summary).ApplyTo(data);  // error summary
  AddFrameworkForm(data, page.base.framework, page.values, page.errors);
  AddAreaChoice(data, areas, page.base.area_id);
  data.set("based_on_id", page.base.id);
  data.set("number", std::to_string(page.base.number));
  data.set("next_number", std::to_string(page.base.number + 1));
  data.set("made", VersionMadeText(page.base));
  if (!page.conflict.empty()) {  // a section key: mustache counts an empty string as present
    data.set("conflict", page.conflict);
    data.set("newest_href", page.newest_href);
  }
  const std::string area = areas.size() > 1 ? page.base.area_id : "";
  data.set("framework_href", WithArea("/framework", area));
  auto chrome = ChromeFor(request, context, "Adapt the caregiving framework");
  chrome.has_errors = !summary.empty();
  chrome.back_link = WithArea("/framework", area);
  const int status = !page.conflict.empty() ? 409 : page.errors.empty() ? 200 : 422;
  return views.Page("framework/adapt", data, chrome, status);
}

}  // namespace

void AddFrameworkAdminPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/admin/framework", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto areas = AdaptableAreas(services, actor);
    std::string area_id = request.Query("area");
    if (area_id.empty()) {
      if (areas.empty()) throw AccessRefused(Resource::kFramework, Action::kUpdate, "");
      area_id = areas.front().id;
    }
    if (!services.framework.MayAdapt(actor, area_id)) throw AccessRefused(Resource::kFramework, Action::kUpdate, area_id);
    AdaptPage page;
    page.base = services.framework.Current(actor, area_id);
    page.values = FrameworkFormValuesOf(page.base.framework);
    return RenderAdaptPage(services, views, request, context, page);
  }, http::Access::kSignedIn);

  routes.Page("POST", "/admin/framework", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    AdaptPage page;
    page.base = services.framework.Version(actor, context.form.Get("based_on_id"));
    for (const auto& name : FrameworkFormFieldNames(page.base.framework)) page.values[name] = context.form.Get(name);
    const auto typed = FrameworkFromForm(page.base.framework, page.values);
    try {
      const auto saved = services.framework.Adapt(actor, page.base.area_id,
                                                  {page.base.id, page.values["note"], typed.framework});
      const bool many = AdaptableAreas(services, actor).size() > 1;
      return http::Response::Redirect(WithArea("/framework?done=adapted", many ? saved.area_id : ""));
    } catch (const Invalid& invalid) {
      page.errors = FrameworkFormErrors(typed, invalid.errors());
    } catch (const Conflict& conflict) {
      page.conflict = conflict.what();
      page.newest_href = WithArea("/framework", page.base.area_id);
    }
    return RenderAdaptPage(services, views, request, context, page);
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
