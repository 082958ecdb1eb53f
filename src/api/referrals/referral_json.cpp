#include "api/referrals/referral_json.hpp"

namespace alongside::api {
namespace {

boost::json::value Optional(const std::optional<Millis>& value) {
  return value ? boost::json::value(*value) : boost::json::value(nullptr);
}

boost::json::value TextOrNull(const std::string& text) {
  return text.empty() ? boost::json::value(nullptr) : boost::json::value(text);
}

}  // namespace

boost::json::object ReferralJson(const Referral& r, const Date& today) {
  const auto flags = FlagsOf(r, today);
  const auto days = DaysToFirstContact(r);
  return boost::json::object{
      {"id", r.id},
      {"family_id", r.family_id},
      {"service_id", r.service_id},
      {"service_name", r.service_name},
      {"from_organisation_id", r.from_organisation_id},
      {"from_organisation_name", r.from_organisation_name},
      {"from_user_name", r.from_user_name},
      {"to_organisation_id", r.to_organisation_id},
      {"to_organisation_name", r.to_organisation_name},
      {"status", std::string(ReferralStatusCode(r.status))},
      {"reason", r.reason},
      {"from_level", std::string(ServiceLevelCode(r.from_level))},
      {"to_level", std::string(ServiceLevelCode(r.to_level))},
      {"step", StepOf(r.from_level, r.to_level) == LevelStep::kUp     ? "up"
               : StepOf(r.from_level, r.to_level) == LevelStep::kDown ? "down"
                                                                     : "same"},
      {"respond_by", TextOrNull(r.respond_by)},
      {"sent_at", Optional(r.sent_at)},
      {"received_at", Optional(r.received_at)},
      {"answered_at", Optional(r.answered_at)},
      {"decline_reason", r.decline_reason},
      {"onward_service_id", TextOrNull(r.onward_service_id)},
      {"onward_service_name", TextOrNull(r.onward_service_name)},
      {"onward_note", r.onward_note},
      {"first_contact_at", Optional(r.first_contact_at)},
      {"days_to_first_contact", days ? boost::json::value(*days) : boost::json::value(nullptr)},
      {"support_started_at", Optional(r.support_started_at)},
      {"closed_at", Optional(r.closed_at)},
      {"outcome", r.outcome},
      {"withdrawn_at", Optional(r.withdrawn_at)},
      {"accompanied_at", Optional(r.accompanied_at)},
      {"resolved_at", Optional(r.resolved_at)},
      {"flags", boost::json::object{{"late", flags.late}, {"dead_end", flags.dead_end}}},
      {"created_at", r.created_at},
      {"updated_at", r.updated_at},
  };
}

boost::json::object ReferralViewJson(const ReferralView& view, const Date& today) {
  auto out = ReferralJson(view.referral, today);
  boost::json::array shared;
  for (const auto& item : view.shared)
    shared.push_back(boost::json::object{{"item", item.item}, {"label", item.label}, {"value", item.value}});
  out["shared"] = std::move(shared);
  out["shared_hidden"] = view.shared_hidden;
  if (view.shared_hidden) out["consent_withdrawn_on"] = view.consent_withdrawn_on;
  if (view.referral.status == ReferralStatus::kDraft) out["may_share"] = view.may_share;
  boost::json::array events;
  for (const auto& e : view.events)
    events.push_back(boost::json::object{{"status", std::string(ReferralStatusCode(e.status))},
                                         {"note", e.note},
                                         {"by_name", e.by_user_name},
                                         {"by_organisation_id", e.by_organisation_id},
                                         {"at", e.at}});
  out["events"] = std::move(events);
  boost::json::array allowed;
  for (auto change : view.allowed) allowed.push_back(boost::json::string(ReferralChangeCode(change)));
  out["allowed"] = std::move(allowed);
  out["side"] = view.sides.referring && view.sides.receiving ? "both" : view.sides.referring ? "referring" : "receiving";
  return out;
}

}  // namespace alongside::api
