#include <algorithm>

#include "core/common/london_time.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/families/family_tabs.hpp"
#include "web/referrals/referral_pages.hpp"
#include "web/referrals/referral_view.hpp"

namespace alongside::web {
namespace {

ReferralChangeForm ChangeFormFrom(const http::RequestContext& context) {
  const auto& f = context.form;
  return {f.Get("note"), f.Get("date"), f.Get("onward_service_id"), f.Get("onward_note")};
}

std::string Flash(const std::string& done) {
  if (done == "send") return "Referral sent.";
  if (done == "accept") return "Referral accepted.";
  if (done == "decline") return "Referral declined.";
  if (done == "first-contact") return "First contact recorded.";
  if (done == "start-support") return "Support started.";
  if (done == "close") return "Referral closed.";
  if (done == "withdraw") return "Referral withdrawn.";
  if (done == "accompanied") return "Going along to the first appointment recorded.";
  if (done == "resolve") return "Flag resolved.";
  return "";
}

bool Allowed(const ReferralView& view, ReferralChange change) {
  return std::find(view.allowed.begin(), view.allowed.end(), change) != view.allowed.end();
}

/// The small form of each change this person may make, with what they typed kept.
void AddActionForms(View& data, const ReferralView& view, const ReferralChange failed, const ReferralChangeForm& input,
                    std::vector<FieldError> errors) {
  auto typed = [&](ReferralChange change) { return change == failed ? input : ReferralChangeForm{}; };
  FormView form(std::move(errors));
  if (Allowed(view, ReferralChange::kDecline)) {
    Options onward{{"", "No other service"}};
    for (const auto& s : view.onward_choices)
      if (s.id != view.referral.service_id) onward.push_back({s.id, s.name + " (" + s.organisation_name + ")"});
    const auto in = typed(ReferralChange::kDecline);
    form.Text("decline_note", "Why the service cannot take this referral", "textarea", in.note);
    form.Select("onward_service_id", "Suggest a similar service instead (optional)", onward, in.onward_service_id);
    form.Text("onward_note", "Or suggest where the family could go instead (optional)", "textarea", in.onward_note,
              {.hint = "Without a suggestion the referrer is asked to find another route"});
  }
  if (Allowed(view, ReferralChange::kFirstContact)) {
    const auto in = typed(ReferralChange::kFirstContact);
    form.Text("date", "Date of the first contact", "text", in.date, {.hint = "For example, 14 3 2027", .width = "10"});
    form.Text("first_contact_note", "Note (optional)", "text", in.note);
  }
  if (Allowed(view, ReferralChange::kClose))
    form.Text("close_note", "Outcome for the family", "textarea", typed(ReferralChange::kClose).note);
  if (Allowed(view, ReferralChange::kResolveFlag))
    form.Text("resolve_note", "What was done (optional)", "text", typed(ReferralChange::kResolveFlag).note);
  form.ApplyTo(data);
  data.set("may_send", Allowed(view, ReferralChange::kSend));
  data.set("may_accept", Allowed(view, ReferralChange::kAccept));
  data.set("may_decline", Allowed(view, ReferralChange::kDecline));
  data.set("may_first_contact", Allowed(view, ReferralChange::kFirstContact));
  data.set("may_start_support", Allowed(view, ReferralChange::kStartSupport));
  data.set("may_close", Allowed(view, ReferralChange::kClose));
  data.set("may_accompany", Allowed(view, ReferralChange::kAccompanied));
  data.set("may_resolve", Allowed(view, ReferralChange::kResolveFlag));
  data.set("may_withdraw", Allowed(view, ReferralChange::kWithdraw));
}

View EventsView(const ReferralView& view) {
  View list{View::type::list};
  for (const auto& e : view.events) {
    View item;
    item.set("status", std::string(ReferralStatusLabel(e.status)));
    item.set("at", FormatLondonDateTime(e.at));
    item.set("by", e.by_user_name);
    item.set("organisation", e.by_organisation_id == view.referral.to_organisation_id ? view.referral.to_organisation_name
                                                                                       : view.referral.from_organisation_name);
    if (!e.note.empty()) item.set("note", e.note);
    list.push_back(item);
  }
  return list;
}

void AddFacts(View& data, const ReferralView& view) {
  const auto& r = view.referral;
  data.set("service_name", r.service_name);
  data.set("to_organisation", r.to_organisation_name);
  data.set("from_organisation", r.from_organisation_name);
  data.set("from_user", r.from_user_name);
  data.set("status", std::string(ReferralStatusLabel(r.status)));
  data.set("from_level", std::string(ServiceLevelLabel(r.from_level)));
  data.set("to_level", std::string(ServiceLevelLabel(r.to_level)));
  data.set("step", std::string(LevelStepLabel(view.step)));
  if (r.sent_at) data.set("sent_on", FormatLondonDate(*r.sent_at));
  if (auto due = ParseDate(r.respond_by)) data.set("respond_by", FormatDate(*due));
  if (r.first_contact_at) data.set("first_contact_on", FormatDate(LondonDateOf(*r.first_contact_at)));
  if (view.days_to_first_contact) data.set("days_to_first_contact", std::to_string(*view.days_to_first_contact));
  if (r.accompanied_at) data.set("accompanied_on", FormatLondonDate(*r.accompanied_at));
  if (!r.decline_reason.empty()) data.set("decline_reason", r.decline_reason);
  if (!r.onward_service_name.empty()) data.set("onward_service", r.onward_service_name);
  if (!r.onward_note.empty()) data.set("onward_note", r.onward_note);
  if (!r.outcome.empty()) data.set("outcome", r.outcome);
  if (!r.withdrawn_reason.empty()) data.set("withdrawn_reason", r.withdrawn_reason);
  if (!r.resolved_note.empty()) data.set("resolved_note", r.resolved_note);
  data.set("late", view.flags.late);
  data.set("dead_end", view.flags.dead_end);
  data.set("draft", r.status == ReferralStatus::kDraft);
}

http::Response DetailPage(Services& services, const Views& views, const http::Request& request,
                          const http::RequestContext& context, ReferralChange failed, const ReferralChangeForm& input,
                          std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const bool declining = (failed == ReferralChange::kDecline && !errors.empty()) || request.Query("decline") == "1";
  const auto view = services.referrals.Get(actor, request.PathParam("id"), declining);
  const auto& r = view.referral;
  View data;
  data.set("declining", declining);
  AddFacts(data, view);
  if (view.sides.referring) {
    data.set("tabs", FamilyTabs(r.family_id, "referrals",
                                {.show_sensitive = services.policy.MayAtAll(actor, Resource::kFamilySensitive, Action::kRead)}));
    data.set("family_name", view.family_name);
    data.set("consent_href", "/families/" + r.family_id + "/consent");
  }
  data.set("referring", view.sides.referring);
  data.set("shared", SharedItemsView(view.shared));
  data.set("has_shared", !view.shared.empty());
  data.set("shared_hidden", view.shared_hidden);
  if (view.shared_hidden) data.set("consent_withdrawn_on", view.consent_withdrawn_on);
  data.set("may_share", view.may_share);
  data.set("events", EventsView(view));
  data.set("path", ReferralPath(r.id));
  // Field names differ per form on the page (one "note" each); map errors to them.
  for (auto& e : errors) {
    if (e.field != "note") continue;
    e.field = failed == ReferralChange::kDecline ? "decline_note"
              : failed == ReferralChange::kClose ? "close_note"
              : failed == ReferralChange::kFirstContact ? "first_contact_note"
                                                        : "resolve_note";
  }
  const bool has_errors = !errors.empty();
  AddActionForms(data, view, failed, input, std::move(errors));
  auto chrome = ChromeFor(request, context, "Referral to " + r.service_name);
  chrome.has_errors = has_errors;
  chrome.flash = Flash(request.Query("done"));
  chrome.back_link = view.sides.referring ? FamilyReferralsPath(r.family_id) : "/referrals/inbox";
  return views.Page("referrals/show", data, chrome, has_errors ? 422 : 200);
}

/// Each form on the page names its note field after itself so errors land at the right one.
ReferralChangeForm ChangeFormFor(const http::RequestContext& context, ReferralChange change) {
  auto form = ChangeFormFrom(context);
  const auto& f = context.form;
  if (change == ReferralChange::kDecline) form.note = f.Get("decline_note");
  if (change == ReferralChange::kClose) form.note = f.Get("close_note");
  if (change == ReferralChange::kFirstContact) form.note = f.Get("first_contact_note");
  if (change == ReferralChange::kResolveFlag) form.note = f.Get("resolve_note");
  return form;
}

http::Response WithdrawPage(Services& services, const Views& views, const http::Request& request,
                            const http::RequestContext& context) {
  const auto view = services.referrals.Get(context.RequireActor(), request.PathParam("id"));
  if (std::find(view.allowed.begin(), view.allowed.end(), ReferralChange::kWithdraw) == view.allowed.end())
    throw Conflict("This referral can no longer be withdrawn.");
  View data;
  AddFacts(data, view);
  data.set("path", ReferralPath(view.referral.id));
  FormView form;
  form.Text("note", "Why it is withdrawn (optional)", "textarea", "",
            {.hint = "The service sees this, so use words the family agreed to"});
  form.ApplyTo(data);
  auto chrome = ChromeFor(request, context, "Withdraw the referral");
  chrome.back_link = ReferralPath(view.referral.id);
  return views.Page("referrals/withdraw", data, chrome);
}

}  // namespace

void AddReferralDetailPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/referrals/{id}", [&services, &views](http::Request& request, http::RequestContext& context) {
    return DetailPage(services, views, request, context, ReferralChange::kSend, {}, {});
  }, http::Access::kSignedIn);

  routes.Page("GET", "/referrals/{id}/withdraw", [&services, &views](http::Request& request, http::RequestContext& context) {
    return WithdrawPage(services, views, request, context);
  }, http::Access::kSignedIn);

  routes.Page("POST", "/referrals/{id}/{change}", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto change = ReferralChangeFromCode(request.PathParam("change"));
    if (!change) throw NotFound();
    const auto form = ChangeFormFor(context, *change);
    try {
      services.referrals.Change(context.RequireActor(), request.PathParam("id"), *change, form);
    } catch (const Invalid& invalid) {
      return DetailPage(services, views, request, context, *change, form, invalid.errors());
    }
    return http::Response::Redirect(ReferralPath(request.PathParam("id")) + "?done=" + request.PathParam("change"));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
