#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/families/family_pages.hpp"
#include "web/families/family_tabs.hpp"

namespace alongside::web {
namespace {

/// The family's name and tabs at the top of the assign, close and reopen pages.
View FamilyHeader(const FamilyView& family) {
  View data;
  data.set("family_id", family.record.family.id);
  data.set("family_name", family.record.display_name);
  data.set("tabs", FamilyTabs(family.record.family.id, "overview", {.show_sensitive = family.may_read_sensitive}));
  return data;
}

http::Response AssignPage(Services& services, const Views& views, const http::Request& request,
                          const http::RequestContext& context, const std::string& selected,
                          std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const std::string id = request.PathParam("id");
  const auto choices = services.caseloads.AssignForm(actor, id);
  View data = FamilyHeader(services.families.Get(actor, id));
  FormView form(std::move(errors));
  Options options{{"", "Select a peer supporter"}};
  for (const auto& s : choices.supporters) options.emplace_back(s.user_id, s.name);
  form.Select("supporter_user_id", "Peer supporter", options,
              selected.empty() ? choices.current_supporter_user_id : selected,
              "The family moves to their caseload. Who supported them before stays in the history.");
  form.ApplyTo(data);
  data.set("has_supporters", !choices.supporters.empty());
  auto chrome = ChromeFor(request, context, "Assign a peer supporter");
  chrome.has_errors = form.has_errors();
  chrome.back_link = "/families/" + id;
  return views.Page("families/assign", data, chrome, form.has_errors() ? 422 : 200);
}

http::Response ClosePage(Services& services, const Views& views, const http::Request& request,
                         const http::RequestContext& context, const ClosingForm& input,
                         std::vector<FieldError> errors) {
  const auto family = services.families.Get(context.RequireActor(), request.PathParam("id"));
  if (!family.may_edit) throw AccessRefused(Resource::kFamily, Action::kUpdate, family.record.family.id);
  if (!family.record.family.open()) return http::Response::Redirect("/families/" + family.record.family.id);
  View data = FamilyHeader(family);
  FormView form(std::move(errors));
  Options reasons{{"", "Select a reason"}};
  for (auto reason : AllClosingReasons())
    reasons.emplace_back(std::string(ClosingReasonCode(reason)), std::string(ClosingReasonLabel(reason)));
  form.Select("reason", "Why is support ending?", reasons, input.reason);
  form.Text("summary", "Closing summary", "textarea", input.summary,
            {.hint = "What changed for the family, and anything the next person to help them should know"});
  form.ApplyTo(data);
  auto chrome = ChromeFor(request, context, "Close support");
  chrome.has_errors = form.has_errors();
  chrome.back_link = "/families/" + family.record.family.id;
  return views.Page("families/close", data, chrome, form.has_errors() ? 422 : 200);
}

/// The check-your-answers page before closing: nothing is closed until it is confirmed.
http::Response ConfirmClosePage(Services& services, const Views& views, const http::Request& request,
                                const http::RequestContext& context, const ClosingForm& input, const Closing& closing) {
  const auto family = services.families.Get(context.RequireActor(), request.PathParam("id"));
  View data = FamilyHeader(family);
  data.set("heading", "Close support for " + family.record.display_name + "?");
  data.set("message", "They will leave the open caseload. You can reopen support later; the record is kept.");
  View details;
  View rows{View::type::list};
  for (auto [key, value] : {std::pair<std::string, std::string>{"Reason", std::string(ClosingReasonLabel(closing.reason))},
                            {"Closing summary", closing.summary}}) {
    View row;
    row.set("key", key);
    row.set("value", value);
    rows.push_back(row);
  }
  details.set("rows", rows);
  data.set("details", details);
  View hidden{View::type::list};
  for (auto [name, value] : {std::pair<std::string, std::string>{"reason", input.reason}, {"summary", input.summary},
                             {"confirm", "1"}}) {
    View field;
    field.set("name", name);
    field.set("value", value);
    hidden.push_back(field);
  }
  data.set("hidden", hidden);
  data.set("action", "/families/" + family.record.family.id + "/close");
  data.set("button", "Close support");
  data.set("warning", true);
  auto chrome = ChromeFor(request, context, "Confirm closing support");
  chrome.back_link = "/families/" + family.record.family.id + "/close";
  return views.Page("families/confirm", data, chrome);
}

}  // namespace

void AddFamilySupportPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/assign", [&services, &views](http::Request& request, http::RequestContext& context) {
    return AssignPage(services, views, request, context, "", {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/assign", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string id = request.PathParam("id");
    const std::string supporter = context.form.Get("supporter_user_id");
    try {
      services.caseloads.Assign(context.RequireActor(), id, supporter);
    } catch (const Invalid& invalid) {
      return AssignPage(services, views, request, context, supporter, invalid.errors());
    }
    return http::Response::Redirect("/families/" + id + "?done=assigned");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/close", [&services, &views](http::Request& request, http::RequestContext& context) {
    return ClosePage(services, views, request, context, {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/close", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string id = request.PathParam("id");
    const ClosingForm input{context.form.Get("reason"), context.form.Get("summary")};
    try {
      if (context.form.Get("confirm") != "1") {
        Validation v;
        const auto closing = ValidateClosing(input, v);
        v.ThrowIfAny();
        return ConfirmClosePage(services, views, request, context, input, closing);
      }
      services.caseloads.Close(context.RequireActor(), id, input);
    } catch (const Invalid& invalid) {
      return ClosePage(services, views, request, context, input, invalid.errors());
    }
    return http::Response::Redirect("/families/" + id + "?done=closed");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/reopen", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto family = services.families.Get(context.RequireActor(), request.PathParam("id"));
    if (!family.may_edit) throw AccessRefused(Resource::kFamily, Action::kUpdate, family.record.family.id);
    if (family.record.family.open()) return http::Response::Redirect("/families/" + family.record.family.id);
    View data = FamilyHeader(family);
    data.set("heading", "Reopen support for " + family.record.display_name + "?");
    data.set("message", "They will be back on the open caseload" +
                            std::string(family.record.supporter_name.empty()
                                            ? "."
                                            : " of " + family.record.supporter_name + "."));
    data.set("action", "/families/" + family.record.family.id + "/reopen");
    data.set("button", "Reopen support");
    auto chrome = ChromeFor(request, context, "Reopen support");
    chrome.back_link = "/families/" + family.record.family.id;
    return views.Page("families/confirm", data, chrome);
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/reopen", [&services](http::Request& request, http::RequestContext& context) {
    const std::string id = request.PathParam("id");
    services.caseloads.Reopen(context.RequireActor(), id);
    return http::Response::Redirect("/families/" + id + "?done=reopened");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
