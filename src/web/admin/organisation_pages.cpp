#include "web/admin/admin_pages.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"

namespace alongside::web {
namespace {

struct OrganisationFormInput {
  std::string name;
  std::string kind;
  std::string area_id;
  std::string area_name;
};

http::Response OrganisationsPage(Services& services, const Views& views, const http::Request& request,
                                 const http::RequestContext& context, const OrganisationFormInput& input,
                                 std::vector<FieldError> errors, const std::string& flash) {
  const Actor& actor = context.RequireActor();
  PageRequest page_request;
  page_request.page = PageNumber(request);
  const auto page = services.organisations.List(actor, page_request);
  View data;
  View items{View::type::list};
  for (const auto& o : page.items) {
    View item;
    item.set("id", o.id);
    item.set("name", o.name);
    item.set("kind", std::string(OrganisationKindLabel(o.kind)));
    item.set("area", o.area_name);
    items.push_back(item);
  }
  data.set("items", items);
  data.set("has_items", !page.items.empty());
  AddPagination(data, request, page);

  FormView form(std::move(errors));
  form.Text("name", "Organisation name", "text", input.name);
  Options kinds{{"", "Select a kind"}};
  for (auto kind : AllOrganisationKinds())
    kinds.emplace_back(std::string(OrganisationKindCode(kind)), std::string(OrganisationKindLabel(kind)));
  form.Select("kind", "Kind of organisation", kinds, input.kind);
  const auto areas = services.organisations.ListAreas(actor);
  Options area_options{{"", "Select an area"}};
  for (const auto& area : areas) area_options.emplace_back(area.id, area.name);
  form.Select("area_id", "Area", area_options, input.area_id);
  form.Text("area_name", "Area name", "text", input.area_name, {.hint = "For example, the local authority"});
  form.ApplyTo(data);
  data.set("has_areas", !areas.empty());
  data.set("may_create", services.policy.MayAtAll(actor, Resource::kOrganisation, Action::kCreate));
  data.set("may_create_area", services.policy.MayAtAll(actor, Resource::kArea, Action::kCreate));
  auto chrome = ChromeFor(request, context, "Organisations");
  chrome.has_errors = form.has_errors();
  chrome.flash = flash;
  return views.Page("admin/organisations", data, chrome, form.has_errors() ? 422 : 200);
}

}  // namespace

void AddOrganisationPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/admin/organisations", [&services, &views](http::Request& request, http::RequestContext& context) {
    std::string flash;
    if (request.Query("done") == "organisation") flash = "Organisation added.";
    if (request.Query("done") == "area") flash = "Area added.";
    return OrganisationsPage(services, views, request, context, {}, {}, flash);
  }, http::Access::kSignedIn);

  routes.Page("POST", "/admin/organisations", [&services, &views](http::Request& request, http::RequestContext& context) {
    OrganisationFormInput input{context.form.Get("name"), context.form.Get("kind"), context.form.Get("area_id"), ""};
    try {
      services.organisations.Create(context.RequireActor(), {input.area_id, input.name, input.kind});
    } catch (const Invalid& invalid) {
      return OrganisationsPage(services, views, request, context, input, invalid.errors(), "");
    }
    return http::Response::Redirect("/admin/organisations?done=organisation");
  }, http::Access::kSignedIn);

  routes.Page("POST", "/admin/areas", [&services, &views](http::Request& request, http::RequestContext& context) {
    OrganisationFormInput input;
    input.area_name = context.form.Get("area_name");
    try {
      services.organisations.CreateArea(context.RequireActor(), input.area_name);
    } catch (const Invalid& invalid) {
      std::vector<FieldError> errors;
      for (const auto& e : invalid.errors()) errors.push_back({"area_name", e.message});
      return OrganisationsPage(services, views, request, context, input, errors, "");
    }
    return http::Response::Redirect("/admin/organisations?done=area");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
