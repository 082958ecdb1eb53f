#include "core/common/london_time.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/families/family_tabs.hpp"
#include "web/families/privacy_pages.hpp"

namespace alongside::web {
namespace {

std::string ConsentPath(const std::string& family_id) { return "/families/" + family_id + "/consent"; }

ConsentForm ReadForm(const http::RequestContext& context) {
  return {context.form.Get("kind"),   context.form.Get("organisation_id"), context.form.Get("decision"),
          context.form.Get("method"), context.form.Get("decided_on"),      context.form.Get("note")};
}

/// "Sharing with Riverside Health Visiting", "Texts".
std::string WhatLabel(ConsentKind kind, const std::string& organisation_name) {
  if (kind == ConsentKind::kSharing)
    return "Sharing with " +
           (organisation_name.empty() ? std::string("a service no longer listed") : organisation_name);
  return std::string(ConsentKindLabel(kind));
}

void SetDecision(View& item, const ConsentHistoryEntry& entry, bool with_note) {
  const auto& r = entry.record;
  item.set("given", r.decision == ConsentDecision::kGiven);
  item.set("decision", r.decision == ConsentDecision::kGiven ? "Given" : "Withdrawn");
  item.set("method", std::string(ConsentMethodLabel(r.method)));
  item.set("decided", FormatLondonDateTime(r.decided_at));
  item.set("recorded", FormatLondonDateTime(r.recorded_at));
  item.set("recorded_by", RecorderName(entry.recorded_by_name));
  if (with_note && !r.note.empty()) item.set("note", r.note);
}

View CurrentView(const FamilyConsent& consent) {
  View list{View::type::list};
  for (const auto& standing : consent.current) {
    View item;
    item.set("what", WhatLabel(standing.kind, standing.organisation_name));
    item.set("asked", standing.asked);
    if (standing.asked) SetDecision(item, standing.latest, false);
    list.push_back(item);
  }
  return list;
}

View HistoryView(const FamilyConsent& consent) {
  View list{View::type::list};
  for (const auto& entry : consent.history) {
    View item;
    item.set("what", WhatLabel(entry.record.kind, entry.organisation_name));
    SetDecision(item, entry, !consent.shared_view);
    list.push_back(item);
  }
  return list;
}

void ConsentFormFields(View& data, const FamilyConsent& consent, const ConsentForm& input,
                       std::vector<FieldError> errors) {
  FormView form(std::move(errors));
  Options kinds{{"", "Select what it is about"}};
  for (ConsentKind kind : {ConsentKind::kSupport, ConsentKind::kSharing, ConsentKind::kTexts, ConsentKind::kEvaluation})
    kinds.emplace_back(std::string(ConsentKindCode(kind)), std::string(ConsentKindLabel(kind)));
  form.Select("kind", "What the family is deciding about", kinds, input.kind);
  Options services{{"", "Select a service"}};
  for (const auto& service : consent.services) services.emplace_back(service.organisation_id, service.name);
  form.Select("organisation_id", "Service to share with", services, input.organisation_id,
              "Only when the decision is about sharing their record with a named service");
  form.Select("decision", "Decision",
              {{"", "Select the decision"}, {"given", "Gives consent"}, {"withdrawn", "Withdraws consent"}},
              input.decision);
  Options methods{{"", "Select how"}};
  for (ConsentMethod method : {ConsentMethod::kInPerson, ConsentMethod::kPhone, ConsentMethod::kWritten,
                               ConsentMethod::kOnline})
    methods.emplace_back(std::string(ConsentMethodCode(method)), std::string(ConsentMethodLabel(method)));
  form.Select("method", "How the family told you", methods, input.method);
  form.Text("decided_on", "Date of the decision", "text", input.decided_on,
            {.hint = "Leave empty for now. For a signed form, the date on it, for example 14 3 2027", .width = "10"});
  form.Text("note", "Note (optional)", "text", input.note,
            {.hint = "For example, what the family asked for. The family can see that a decision was recorded, "
                     "not this note"});
  form.ApplyTo(data);
}

View CaregiversView(const FamilyCaregiverLinks& links) {
  View list{View::type::list};
  for (const auto& caregiver : links.caregivers) {
    View item;
    item.set("id", caregiver.caregiver_id);
    item.set("name", caregiver.caregiver_name);
    item.set("linked", !caregiver.linked_user_id.empty());
    item.set("account", caregiver.linked_name.empty() ? std::string() : caregiver.linked_name + " (" +
                                                                            caregiver.linked_email + ")");
    list.push_back(item);
  }
  return list;
}

http::Response ConsentPage(Services& services, const Views& views, const http::Request& request,
                           const http::RequestContext& context, const std::string& family_id,
                           const ConsentForm& input, std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const auto consent = services.consent.Read(actor, family_id);
  View data;
  data.set("family_id", family_id);
  data.set("family_name", consent.display_name);
  data.set("tabs", FamilyTabs(family_id, "consent", {.show_sensitive = consent.may_read_sensitive}));
  data.set("current", CurrentView(consent));
  data.set("history", HistoryView(consent));
  data.set("has_history", !consent.history.empty());
  data.set("support_given", consent.support_given);
  data.set("may_record", consent.may_record);
  data.set("shared_view", consent.shared_view);
  const bool has_errors = !errors.empty();
  if (consent.may_record) {
    ConsentFormFields(data, consent, input, std::move(errors));
    const auto links = services.parent_links.List(actor, family_id);
    data.set("caregivers", CaregiversView(links));
    data.set("may_link", links.may_link);
  }
  auto chrome = ChromeFor(request, context, FamilyPageTitle("Consent", consent.display_name));
  chrome.has_errors = has_errors;
  const auto done = request.Query("done");
  if (done == "recorded") chrome.flash = "Decision recorded.";
  if (done == "linked") chrome.flash = "Account linked.";
  if (done == "unlinked") chrome.flash = "Link removed.";
  return views.Page("families/consent", data, chrome, has_errors ? 422 : 200);
}

http::Response ConfirmWithdrawalPage(const Views& views, const http::Request& request,
                                     const http::RequestContext& context, const std::string& family_id,
                                     const ConsentForm& input) {
  View data;
  data.set("family_id", family_id);
  data.set("kind", input.kind);
  data.set("decision", input.decision);
  data.set("method", input.method);
  data.set("decided_on", input.decided_on);
  data.set("note", input.note);
  auto chrome = ChromeFor(request, context, "Withdraw consent to support");
  chrome.back_link = ConsentPath(family_id);
  return views.Page("families/consent_withdraw", data, chrome);
}

}  // namespace

void AddConsentPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/consent", [&services, &views](http::Request& request, http::RequestContext& context) {
    return ConsentPage(services, views, request, context, request.PathParam("id"), {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/consent", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    const auto input = ReadForm(context);
    try {
      const auto result =
          services.consent.Record(context.RequireActor(), family_id, input, context.form.Get("confirmed") == "yes");
      if (result.needs_confirmation) return ConfirmWithdrawalPage(views, request, context, family_id, input);
      if (!result.still_reaches) return http::Response::Redirect("/families?done=support_withdrawn");
    } catch (const Invalid& invalid) {
      return ConsentPage(services, views, request, context, family_id, input, invalid.errors());
    }
    return http::Response::Redirect(ConsentPath(family_id) + "?done=recorded");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
