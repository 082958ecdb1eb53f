#include "core/suggestions/suggestion_service.hpp"

#include <algorithm>
#include <set>

#include "core/common/london_time.hpp"
#include "core/services/postcode_district.hpp"

namespace alongside {
namespace {

constexpr const char* kFocusSource = "a focus for this family";
constexpr int kMostCandidates = 100;
constexpr const char* kOwnProgramme = "This family's own programme";

/// The name of the baby the stage is about: the newest born baby's, when there is one.
std::string StageBabyName(const std::vector<Baby>& babies, const JourneyStage& stage) {
  if (stage.band == JourneyBand::kPregnancy || stage.band == JourneyBand::kUnknown) return "";
  const Baby* newest = nullptr;
  for (const auto& baby : babies)
    if (baby.born() && (!newest || *baby.birth_date > *newest->birth_date)) newest = &baby;
  return newest ? newest->name : "";
}

bool Active(std::string_view status) {
  return status == "accepted" || status == "first_contact" || status == "support_started";
}

}  // namespace

std::optional<std::string> InvolvementMark(std::string_view status) {
  if (status == "draft") return "A referral is being written";
  if (status == "sent" || status == "received") return "Referred, waiting to hear";
  if (Active(status)) return "Already working with the family";
  if (status == "declined") return "Declined a referral";
  return std::nullopt;
}

FamilySuggestions SuggestionService::ForFamily(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  const auto record = families_.Find(*tx, family_id);
  if (!record) throw NotFound("Family not found");
  const auto& family = record->family;

  SuggestionFacts rules;
  rules.stage = StageOfFamily(family.babies, clock_.Now());
  rules.baby_name = StageBabyName(family.babies, rules.stage);
  rules.postcode_district = PostcodeDistrictOf(family.postcode).value_or("");
  for (FocusArea area : family.focus_areas)
    rules.needs.push_back({std::string(FocusAreaCode(area)), std::string(FocusAreaLabel(area)), kFocusSource});
  if (decided_needs_)
    for (auto& need : decided_needs_->DecidedNeedsIn(*tx, family_id)) {
      const bool known = std::any_of(rules.needs.begin(), rules.needs.end(),
                                     [&](const FamilyNeed& n) { return n.code == need.code; });
      if (!known) rules.needs.push_back(std::move(need));
    }
  for (const auto& referral : signposts_.Referrals(*tx, family_id)) {  // newest first: the first one marks
    if (Active(referral.status) &&
        ServiceLevelRank(referral.service_level) > ServiceLevelRank(rules.current_level))
      rules.current_level = referral.service_level;
    if (rules.involved.count(referral.service_id)) continue;
    if (auto mark = InvolvementMark(referral.status)) rules.involved.emplace(referral.service_id, *mark);
  }
  for (const auto& signpost : signposts_.ListForFamily(*tx, family_id))
    if (!signpost.service_id.empty() && !rules.involved.count(signpost.service_id))
      rules.involved.emplace(signpost.service_id, "Signposted on " + FormatLondonDate(signpost.given_at));

  // The first page of the area's directory, and the first page for each need, so a service
  // meeting a need is never cut off by a long directory.
  ServiceQuery query;
  query.area_id = facts.area_id;
  query.postcode_district = rules.postcode_district;
  std::vector<Service> candidates;
  std::set<std::string> seen;
  auto add = [&](const ServiceQuery& q) {
    for (auto& service : directory_.Search(*tx, q, PageRequest{1, kMostCandidates}).items)
      if (seen.insert(service.id).second) candidates.push_back(std::move(service));
  };
  add(query);
  for (const auto& need : rules.needs) {
    ServiceQuery by_need = query;
    by_need.need = need.code;
    add(by_need);
  }
  for (const auto& service : candidates)
    if (service.organisation_id == facts.organisation_id) rules.involved.emplace(service.id, kOwnProgramme);

  FamilySuggestions result;
  result.family_id = family_id;
  result.family_name = record->display_name;
  result.stage_label = rules.stage.band == JourneyBand::kUnknown ? "" : rules.stage.label;
  result.postcode_district = rules.postcode_district;
  result.needs = rules.needs;
  result.suggestions = SuggestServices(rules, candidates);
  for (auto& suggestion : result.suggestions)
    suggestion.own_programme = suggestion.service.organisation_id == facts.organisation_id;
  access_.audit().Record(*tx, actor, "suggestion.list", "family", family_id);
  tx->Commit();
  return result;
}

}  // namespace alongside
