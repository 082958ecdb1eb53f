#include "core/common/london_time.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/families/family_tabs.hpp"
#include "web/families/privacy_pages.hpp"

namespace alongside::web {
namespace {

std::string SensitivePath(const std::string& family_id) { return "/families/" + family_id + "/sensitive"; }

http::Response SensitivePage(Services& services, const Views& views, const http::Request& request,
                             const http::RequestContext& context, const std::string& family_id,
                             const SensitiveNoteForm& input, std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  PageRequest page_request;
  page_request.page = PageNumber(request);
  const auto notes = services.sensitive_notes.List(actor, family_id, page_request);
  View data;
  data.set("family_id", family_id);
  data.set("family_name", notes.display_name);
  data.set("tabs", FamilyTabs(family_id, "sensitive", {.show_sensitive = true}));
  View items{View::type::list};
  for (const auto& note : notes.notes.items) {
    View item;
    item.set("category", std::string(SensitiveCategoryLabel(note.category)));
    item.set("body", note.body);
    item.set("recorded_by", RecorderName(note.recorded_by_name));
    item.set("recorded", FormatLondonDateTime(note.recorded_at));
    items.push_back(item);
  }
  data.set("notes", items);
  data.set("has_notes", !notes.notes.items.empty());
  AddPagination(data, request, notes.notes);
  data.set("may_add", notes.may_add);
  const bool has_errors = !errors.empty();
  if (notes.may_add) {
    FormView form(std::move(errors));
    Options categories{{"", "Select what it is about"}};
    for (auto category : AllSensitiveCategories())
      categories.emplace_back(std::string(SensitiveCategoryCode(category)),
                              std::string(SensitiveCategoryLabel(category)));
    form.Select("category", "What the note is about", categories, input.category);
    form.Text("body", "Note", "text", input.body,
              {.hint = "What you were told or saw, and what you did. A note cannot be changed later: to correct it, "
                       "add another note"});
    form.ApplyTo(data);
  }
  auto chrome = ChromeFor(request, context, FamilyPageTitle("Sensitive information", notes.display_name));
  chrome.has_errors = has_errors;
  if (request.Query("done") == "added") chrome.flash = "Note added.";
  return views.Page("families/sensitive", data, chrome, has_errors ? 422 : 200);
}

}  // namespace

void AddSensitivePages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/sensitive", [&services, &views](http::Request& request, http::RequestContext& context) {
    return SensitivePage(services, views, request, context, request.PathParam("id"), {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/sensitive", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    const SensitiveNoteForm input{context.form.Get("category"), context.form.Get("body")};
    try {
      services.sensitive_notes.Add(context.RequireActor(), family_id, input);
    } catch (const Invalid& invalid) {
      return SensitivePage(services, views, request, context, family_id, input, invalid.errors());
    }
    return http::Response::Redirect(SensitivePath(family_id) + "?done=added");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
