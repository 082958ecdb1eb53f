#include "web/pathways/pathways_page.hpp"

#include "web/common/page_context.hpp"
#include "web/families/family_tabs.hpp"
#include "web/signposts/signpost_view.hpp"

namespace alongside::web {
namespace {

View SuggestionView(const Suggestion& suggestion, const std::string& family_id) {
  const auto& service = suggestion.service;
  View view;
  view.set("id", service.id);
  view.set("name", service.name);
  view.set("organisation_name", service.organisation_name);
  view.set("level", std::string(ServiceLevelLabel(service.level)));
  view.set("type", std::string(ServiceTypeLabel(service.type)));
  if (!service.summary.empty()) view.set("summary", service.summary);
  View reasons{View::type::list};
  for (const auto& reason : suggestion.reasons) reasons.push_back(View(reason));
  view.set("reasons", reasons);
  if (!suggestion.involvement.empty()) view.set("involvement", suggestion.involvement);
  if (service.referral_route != ReferralRoute::kAlongside)
    view.set("route", std::string(ReferralRouteLabel(service.referral_route)) +
                          (service.referral_contact.empty() ? "" : ": " + service.referral_contact));
  else if (!suggestion.own_programme)  // a programme never refers a family to itself
    view.set("refer_href", "/families/" + family_id + "/referrals/new?service=" + service.id);
  view.set("signpost_href", "/families/" + family_id + "/signposts/new?service=" + service.id);
  return view;
}

std::string FlashFor(const http::Request& request) {
  const auto done = request.Query("done");
  if (done == "signposted") return "Signpost saved. A follow-up task has been added.";
  if (done == "followed_up") return "Answer saved and the follow-up task is done.";
  return "";
}

std::string NeedWords(const std::vector<FamilyNeed>& needs) {
  std::string words;
  for (const auto& need : needs) words += (words.empty() ? "" : ", ") + need.label;
  return words;
}

}  // namespace

void AddPathwaysPage(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/pathways", [&services, &views](http::Request& request,
                                                                    http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    const Actor& actor = context.RequireActor();
    const auto signposts = services.signposts.ListForFamily(actor, family_id);
    const auto suggested = services.suggestions.ForFamily(actor, family_id);
    View data;
    data.set("family_id", family_id);
    data.set("family_name", suggested.family_name);
    data.set("tabs", FamilyTabs(family_id, "pathways",
                                {.show_sensitive = services.policy.MayAtAll(actor, Resource::kFamilySensitive,
                                                                            Action::kRead)}));
    if (!suggested.stage_label.empty()) data.set("stage", suggested.stage_label);
    if (!suggested.postcode_district.empty()) data.set("district", suggested.postcode_district);
    if (!suggested.needs.empty()) data.set("needs", NeedWords(suggested.needs));
    View suggestions{View::type::list};
    for (const auto& suggestion : suggested.suggestions) suggestions.push_back(SuggestionView(suggestion, family_id));
    data.set("suggestions", suggestions);
    data.set("has_suggestions", !suggested.suggestions.empty());
    View list{View::type::list};
    for (const auto& signpost : signposts.signposts) list.push_back(SignpostView(signpost, signposts.today));
    data.set("signposts", list);
    data.set("has_signposts", !signposts.signposts.empty());
    data.set("may_add", signposts.may_add);
    auto chrome = ChromeFor(request, context,
                            "Services" + (suggested.family_name.empty() ? "" : " - " + suggested.family_name));
    chrome.flash = FlashFor(request);
    return views.Page("pathways/family_services", data, chrome);
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
