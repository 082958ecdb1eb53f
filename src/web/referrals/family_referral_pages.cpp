#include <algorithm>

#include "core/common/london_time.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/families/family_tabs.hpp"
#include "web/referrals/referral_pages.hpp"
#include "web/referrals/referral_view.hpp"

namespace alongside::web {
namespace {

ReferralForm ReferralFormFrom(const http::RequestContext& context) {
  return {context.form.Get("service_id"), context.form.Get("reason"), context.form.GetAll("share")};
}

View ShareChoices(const std::vector<std::string>& chosen, const std::string& error) {
  View field;
  field.set("name", "share");
  field.set("legend", "What to share besides the reason");
  field.set("hint", "Share only what the service needs and the family agreed to. Sensitive notes are never shared.");
  field.set("described_by", error.empty() ? std::string("share-hint") : std::string("share-hint share-error"));
  if (!error.empty()) field.set("error", error);
  View options{View::type::list};
  bool first = true;
  for (auto item : AllShareItems()) {
    const std::string code(ShareItemCode(item));
    View option;
    option.set("id", first ? std::string("share") : "share-" + code);  // the first answers #share
    option.set("name", "share");
    option.set("value", code);
    option.set("text", std::string(ShareItemLabel(item)));
    option.set("checked", std::find(chosen.begin(), chosen.end(), code) != chosen.end());
    options.push_back(option);
    first = false;
  }
  field.set("options", options);
  return field;
}

http::Response NewPage(Services& services, const Views& views, const http::Request& request,
                       const http::RequestContext& context, const ReferralForm& input, std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const std::string family_id = request.PathParam("id");
  const auto options = services.referrals.Options(actor, family_id);
  std::string share_error;
  for (const auto& e : errors)
    if (e.field == "share") share_error = e.message;
  Options choices{{"", "Choose a service"}};
  for (const auto& s : options.services)
    choices.push_back({s.id, s.name + " (" + s.organisation_name + ", " + std::string(ServiceLevelLabel(s.level)) + ")"});
  FormView form(std::move(errors));
  form.Select("service_id", "Service", choices, input.service_id,
              "Services of the area that take referrals through Alongside");
  form.Text("reason", "Why you are referring the family", "textarea", input.reason,
            {.hint = "Always shared with the service. Use words the family agreed to."});
  View data;
  form.ApplyTo(data);
  data.set("share", ShareChoices(input.share, share_error));
  data.set("family_name", options.family_name);
  data.set("has_services", !options.services.empty());
  data.set("tabs", FamilyTabs(family_id, "referrals", {.show_sensitive = options.may_read_sensitive}));
  data.set("action", FamilyReferralsPath(family_id));
  auto chrome = ChromeFor(request, context, "Refer to a service");
  chrome.has_errors = form.has_errors();
  chrome.back_link = FamilyReferralsPath(family_id);
  return views.Page("referrals/new", data, chrome, form.has_errors() ? 422 : 200);
}

http::Response ListPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context) {
  const Actor& actor = context.RequireActor();
  const std::string family_id = request.PathParam("id");
  const auto found = services.referrals.ForFamily(actor, family_id);
  const Date today = services.referrals.Today();
  View list{View::type::list};
  for (const auto& r : found.referrals) list.push_back(ReferralSummaryView(r, today));
  View data;
  data.set("family_name", found.family_name);
  data.set("tabs", FamilyTabs(family_id, "referrals", {.show_sensitive = found.may_read_sensitive}));
  data.set("referrals", list);
  data.set("has_referrals", !found.referrals.empty());
  data.set("may_refer", found.may_refer);
  data.set("new_href", FamilyReferralsPath(family_id) + "/new");
  auto chrome = ChromeFor(request, context, "Referrals");
  if (request.Query("done") == "draft") chrome.flash = "Referral saved as a draft.";
  return views.Page("referrals/family", data, chrome);
}

}  // namespace

void AddFamilyReferralPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/referrals", [&services, &views](http::Request& request, http::RequestContext& context) {
    return ListPage(services, views, request, context);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/referrals/new", [&services, &views](http::Request& request, http::RequestContext& context) {
    ReferralForm preselected;
    preselected.service_id = request.Query("service");
    return NewPage(services, views, request, context, preselected, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/referrals", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto form = ReferralFormFrom(context);
    Referral draft;
    try {
      draft = services.referrals.Create(context.RequireActor(), request.PathParam("id"), form);
    } catch (const Invalid& invalid) {
      return NewPage(services, views, request, context, form, invalid.errors());
    }
    if (context.form.Get("then") == "draft")
      return http::Response::Redirect(FamilyReferralsPath(request.PathParam("id")) + "?done=draft");
    return http::Response::Redirect(ReferralPath(draft.id));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
