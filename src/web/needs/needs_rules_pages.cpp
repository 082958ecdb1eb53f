#include "core/common/london_time.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/needs/needs_pages.hpp"

namespace alongside::web {
namespace {

constexpr const char* kRulesPath = "/admin/needs-rules";

/// The area the page is about: ?area= (a form field when posting), else the area of the
/// actor's first organisation. Empty for a platform administrator who has not chosen yet.
std::string AreaOf(const http::Request& request, const http::RequestContext& context) {
  if (auto area = context.form.Get("area"); !area.empty()) return area;
  if (auto area = request.Query("area"); !area.empty()) return area;
  for (const auto& grant : context.RequireActor().grants)
    if (!grant.area_id.empty()) return grant.area_id;
  return "";
}

http::Response AreaChoicePage(Services& services, const Views& views, const http::Request& request,
                              const http::RequestContext& context) {
  View data;
  View areas{View::type::list};
  for (const auto& area : services.organisations.ListAreas(context.RequireActor())) {
    View item;
    item.set("name", area.name);
    item.set("href", std::string(kRulesPath) + "?area=" + UrlEncode(area.id));
    areas.push_back(item);
  }
  data.set("areas", areas);
  data.set("choose_area", true);
  return views.Page("needs/rules", data, ChromeFor(request, context, "Level of need rules"));
}

http::Response RulesPage(Services& services, const Views& views, const http::Request& request,
                         const http::RequestContext& context, const std::string& area_id,
                         const std::optional<std::pair<std::string, std::string>>& typed,
                         const std::vector<FieldError>& errors) {
  const Actor& actor = context.RequireActor();
  const auto current = services.needs_rules.Current(actor, area_id);
  View data;
  data.set("area", area_id);
  data.set("action", std::string(kRulesPath));
  data.set("may_change", services.needs_rules.MayChange(actor, area_id));
  if (current.is_default()) {
    data.set("in_force", std::string("The rules shipped with Alongside are in force: this area has not changed them."));
  } else {
    data.set("in_force", "Version " + std::to_string(current.number) + ", saved by " + current.created_by_name + " on " +
                             FormatLondonDate(current.created_at) + (current.note.empty() ? "" : ": " + current.note));
  }
  FormView form(errors);
  form.Text("document", "The rules (JSON)", "textarea", typed ? typed->first : current.document,
            {.hint = "Each rule has an id, a condition (when), a level, kinds of support and a reason (because). "
                     "The format is described in docs/needs-rules.md.",
             .spellcheck_off = true});
  form.Text("note", "What changed (optional)", "text", typed ? typed->second : std::string());
  form.ApplyTo(data);
  auto chrome = ChromeFor(request, context, "Level of need rules");
  chrome.has_errors = !errors.empty();
  if (request.Query("done") == "saved") chrome.flash = "Rules saved as a new version. They apply to conversations finished from now on.";
  return views.Page("needs/rules", data, chrome, errors.empty() ? 200 : 422);
}

}  // namespace

void AddNeedsRulesPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", kRulesPath, [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto area_id = AreaOf(request, context);
    if (area_id.empty()) return AreaChoicePage(services, views, request, context);
    return RulesPage(services, views, request, context, area_id, std::nullopt, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", kRulesPath, [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto area_id = AreaOf(request, context);
    if (area_id.empty()) throw NotFound("Choose an area first");
    const auto document = context.form.Get("document");
    const auto note = context.form.Get("note");
    try {
      services.needs_rules.Save(context.RequireActor(), area_id, document, note);
    } catch (const Invalid& invalid) {
      return RulesPage(services, views, request, context, area_id, std::make_pair(document, note), invalid.errors());
    }
    return http::Response::Redirect(std::string(kRulesPath) + "?area=" + UrlEncode(area_id) + "&done=saved");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
