#include "web/common/page_context.hpp"
#include "web/referrals/referral_pages.hpp"
#include "web/referrals/referral_view.hpp"

namespace alongside::web {
namespace {

View ListOf(const ReferralPage& page, const Date& today) {
  View list{View::type::list};
  for (const auto& r : page.items) list.push_back(ReferralSummaryView(r, today));
  return list;
}

http::Response SentPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context) {
  const Actor& actor = context.RequireActor();
  const bool attention = request.Query("attention") == "1";
  const PageRequest page{PageNumber(request), 25};
  const auto found = attention ? services.referrals.Attention(actor, page) : services.referrals.Sent(actor, page);
  View data;
  data.set("referrals", ListOf(found, services.referrals.Today()));
  data.set("has_referrals", !found.items.empty());
  data.set("attention", attention);
  const auto count = services.referrals.AttentionCount(actor);
  data.set("attention_count", count >= ReferralService::kAttentionCountLimit
                                  ? std::to_string(count) + " or more"
                                  : std::to_string(count));
  AddReferralPaging(data, found, attention ? "attention=1" : "");
  return views.Page("referrals/sent", data, ChromeFor(request, context, attention ? "Referrals needing attention" : "Referrals"));
}

http::Response InboxPage(Services& services, const Views& views, const http::Request& request,
                         const http::RequestContext& context) {
  const Actor& actor = context.RequireActor();
  const auto status_code = request.Query("status");
  const auto status = ReferralStatusFromCode(status_code);
  const auto found = services.referrals.Inbox(actor, status, {PageNumber(request), 25});
  View statuses{View::type::list};
  {
    View all;
    all.set("value", "");
    all.set("text", "All referrals");
    all.set("selected", !status);
    statuses.push_back(all);
  }
  for (auto s : AllReferralStatuses()) {
    if (s == ReferralStatus::kDraft) continue;
    View option;
    option.set("value", std::string(ReferralStatusCode(s)));
    option.set("text", std::string(ReferralStatusLabel(s)));
    option.set("selected", status == s);
    statuses.push_back(option);
  }
  View data;
  data.set("referrals", ListOf(found, services.referrals.Today()));
  data.set("has_referrals", !found.items.empty());
  data.set("statuses", statuses);
  AddReferralPaging(data, found, status ? "status=" + status_code : "");
  return views.Page("referrals/inbox", data, ChromeFor(request, context, "Referrals received"));
}

}  // namespace

void AddReferralListPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/referrals", [&services, &views](http::Request& request, http::RequestContext& context) {
    return SentPage(services, views, request, context);
  }, http::Access::kSignedIn);
  routes.Page("GET", "/referrals/inbox", [&services, &views](http::Request& request, http::RequestContext& context) {
    return InboxPage(services, views, request, context);
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
