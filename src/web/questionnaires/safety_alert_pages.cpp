#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/families/family_tabs.hpp"
#include "web/families/privacy_pages.hpp"
#include "web/questionnaires/questionnaire_pages.hpp"
#include "web/questionnaires/questionnaire_view.hpp"

namespace alongside::web {
namespace {

http::Response AlertPage(Services& services, const Views& views, const http::Request& request,
                         const http::RequestContext& context, const AlertResolutionForm& input,
                         std::vector<FieldError> errors) {
  const std::string family_id = request.PathParam("id");
  const Actor& actor = context.RequireActor();
  const auto alert = services.safety_alerts.Get(actor, family_id, request.PathParam("alert_id"));
  const bool may_resolve = alert.open() && services.policy.MayAtAll(actor, Resource::kFamilySensitive, Action::kCreate);
  View data = AlertView(alert);
  data.set("family_name", alert.family_name);
  data.set("tabs", FamilyTabs(family_id, "questionnaires", {.show_sensitive = true}));
  data.set("may_resolve", may_resolve);
  data.set("resolve_action", AlertPath(family_id, alert.id) + "/resolve");
  data.set("list_href", QuestionnairesPath(family_id));
  const bool has_errors = !errors.empty();
  if (may_resolve) {
    std::string action_error;
    for (const auto& e : errors)
      if (e.field == "action") action_error = e.message;
    View action;
    action.set("name", "action");
    action.set("legend", "What was done");
    if (!action_error.empty()) {
      action.set("error", action_error);
      action.set("described_by", "action-error");
    }
    View choices{View::type::list};
    int index = 0;
    for (auto option : AllAlertActions()) {
      View choice;
      choice.set("id", index++ == 0 ? "action" : "action-" + std::to_string(index));
      choice.set("value", AlertActionCode(option));
      choice.set("label", AlertActionLabel(option));
      choice.set("checked", input.action == AlertActionCode(option));
      choices.push_back(choice);
    }
    action.set("choices", choices);
    data.set("action_field", action);
    FormView form(std::move(errors));
    FieldOptions note;
    note.hint = "Who you spoke to, what was agreed with the parent, and what happens next. It cannot be changed later.";
    form.Text("note", "Note of what was done and agreed", "text", input.note, note);
    form.ApplyTo(data);
  }
  auto chrome = ChromeFor(request, context, FamilyPageTitle("Safety alert", alert.family_name));
  chrome.has_errors = has_errors;
  if (request.Query("done") == "resolved") chrome.flash = "Alert resolved. What was done is recorded.";
  return views.Page("questionnaires/alert", data, chrome, has_errors ? 422 : 200);
}

http::Response OpenAlertsPage(Services& services, const Views& views, const http::Request& request,
                              const http::RequestContext& context) {
  PageRequest page_request;
  page_request.page = PageNumber(request);
  const auto alerts = services.safety_alerts.Open(context.RequireActor(), page_request);
  View data;
  data.set("alerts", AlertList(alerts.items));
  data.set("has_alerts", !alerts.items.empty());
  data.set("count", std::to_string(alerts.total));
  AddPagination(data, request, alerts);
  return views.Page("questionnaires/alerts", data, ChromeFor(request, context, "Open safety alerts"));
}

}  // namespace

void AddSafetyAlertPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/safety-alerts", [&services, &views](http::Request& request, http::RequestContext& context) {
    return OpenAlertsPage(services, views, request, context);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/safety-alerts/{alert_id}", [&services, &views](http::Request& request, http::RequestContext& context) {
    return AlertPage(services, views, request, context, {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/safety-alerts/{alert_id}/resolve", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    const auto alert_id = request.PathParam("alert_id");
    const AlertResolutionForm input{context.form.Get("action"), context.form.Get("note")};
    try {
      services.safety_alerts.Resolve(context.RequireActor(), family_id, alert_id, input);
    } catch (const Invalid& invalid) {
      return AlertPage(services, views, request, context, input, invalid.errors());
    }
    return http::Response::Redirect(AlertPath(family_id, alert_id) + "?done=resolved");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
