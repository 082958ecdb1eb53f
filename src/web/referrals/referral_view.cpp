#include "web/referrals/referral_view.hpp"

#include "core/common/london_time.hpp"

namespace alongside::web {

std::string ReferralPath(const std::string& referral_id) { return "/referrals/" + referral_id; }
std::string FamilyReferralsPath(const std::string& family_id) { return "/families/" + family_id + "/referrals"; }

View ReferralSummaryView(const Referral& r, const Date& today) {
  View item;
  item.set("href", ReferralPath(r.id));
  item.set("service_name", r.service_name);
  item.set("to_organisation", r.to_organisation_name);
  item.set("from_organisation", r.from_organisation_name);
  item.set("status", std::string(ReferralStatusLabel(r.status)));
  item.set("status_code", std::string(ReferralStatusCode(r.status)));
  item.set("step", std::string(LevelStepLabel(StepOf(r.from_level, r.to_level))));
  item.set("made_on", FormatLondonDate(r.created_at));
  if (r.sent_at) item.set("sent_on", FormatLondonDate(*r.sent_at));
  if (auto due = ParseDate(r.respond_by)) item.set("respond_by", FormatDate(*due));
  const auto flags = FlagsOf(r, today);
  item.set("late", flags.late);
  item.set("dead_end", flags.dead_end);
  return item;
}

void AddReferralPaging(View& data, const ReferralPage& page, const std::string& base_query) {
  if (page.page <= 1 && !page.has_next) return;
  View paging;
  const std::string prefix = "?" + (base_query.empty() ? std::string() : base_query + "&") + "page=";
  if (page.page > 1) paging.set("previous", prefix + std::to_string(page.page - 1));
  if (page.has_next) paging.set("next", prefix + std::to_string(page.page + 1));
  paging.set("page", std::to_string(page.page));
  data.set("paging", paging);
}

View SharedItemsView(const std::vector<SharedItem>& items) {
  View list{View::type::list};
  for (const auto& item : items) {
    View row;
    row.set("label", item.label);
    row.set("value", item.value);
    list.push_back(row);
  }
  return list;
}

}  // namespace alongside::web
