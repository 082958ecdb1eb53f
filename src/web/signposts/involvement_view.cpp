#include "web/signposts/involvement_view.hpp"

#include "core/common/london_time.hpp"

namespace alongside::web {

View InvolvementView(const FamilyInvolvement& involvement) {
  View referrals{View::type::list};
  for (const auto& referral : involvement.referrals) {
    View item;
    item.set("service_name", referral.service_name);
    item.set("type", std::string(ServiceTypeLabel(referral.service_type)));
    item.set("organisation_name", referral.organisation_name);
    item.set("status", InvolvementStatusWords(referral));
    if (!referral.reason.empty()) item.set("reason", referral.reason);
    referrals.push_back(item);
  }
  View signposts{View::type::list};
  for (const auto& signpost : involvement.signposts) {
    View item;
    item.set("service_name", signpost.service_name);
    item.set("given_on", FormatLondonDate(signpost.given_at));
    if (signpost.outcome) item.set("outcome", std::string(SignpostOutcomeLabel(*signpost.outcome)));
    signposts.push_back(item);
  }
  View view;
  view.set("referrals", referrals);
  view.set("has_referrals", !involvement.referrals.empty());
  view.set("signposts", signposts);
  view.set("has_signposts", !involvement.signposts.empty());
  return view;
}

}  // namespace alongside::web
