#include "core/matching/matching_service.hpp"

#include <algorithm>

#include "core/common/ids.hpp"
#include "core/common/text.hpp"
#include "core/families/journey_stage.hpp"

namespace alongside {
namespace {

constexpr const char* kNoLonger = "This offer has already been answered or withdrawn.";

std::vector<std::string> CoordinatedProgrammes(const ProgrammeAccess& access, const Actor& actor) {
  auto ids = access.Programmes(actor, Resource::kVolunteer, Action::kUpdate);
  if (ids.empty()) throw AccessRefused(Resource::kVolunteer, Action::kList, "");
  return ids;
}

}  // namespace

FamilyRecord MatchingService::RequireFamily(db::Transaction& tx, const Actor& actor, const std::string& family_id) {
  auto record = IsUuid(family_id) ? families_.Find(tx, family_id) : std::nullopt;
  if (!record) throw NotFound("Family not found");
  access_.RequireProgramme(actor, record->family.programme_organisation_id, Resource::kVolunteer, Action::kUpdate);
  return *record;
}

WaitingList MatchingService::Waiting(const Actor& actor) {
  const auto programmes = CoordinatedProgrammes(access_, actor);
  auto tx = database_.Begin();
  WaitingList list;
  list.families = matches_.Waiting(*tx, programmes);
  list.now = clock_.Now();
  for (const auto& id : programmes) access_.audit().Record(*tx, actor, "matching.list", "organisation", id);
  tx->Commit();
  return list;
}

std::vector<VolunteerSuggestion> MatchingService::Suggest(db::Transaction& tx, const std::string& organisation_id,
                                                 const FamilyFacts& facts) {
  const auto counts = matches_.OpenFamiliesBySupporter(tx, organisation_id);
  const auto topics = matches_.TrainingTopics(tx, organisation_id);
  std::vector<VolunteerFacts> volunteers;
  for (const auto& v : access_.volunteers().ListAll(tx, {organisation_id})) {
    VolunteerFacts f{v.id, v.user_id, v.name, v.stage, v.postcode, v.languages, v.lived_experience, v.availability,
                     v.max_families};
    if (const auto c = counts.find(v.user_id); !v.user_id.empty() && c != counts.end()) f.current_families = c->second;
    if (const auto t = topics.find(v.id); t != topics.end()) f.training_topics = t->second;
    volunteers.push_back(std::move(f));
  }
  return SuggestVolunteers(facts, volunteers);
}

FamilyMatching MatchingService::ForFamily(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  const auto record = RequireFamily(*tx, actor, family_id);
  const auto today = LondonDateOf(clock_.Now());
  FamilyMatching page;
  page.family_id = family_id;
  page.display_name = record.display_name;
  page.district = PostcodeDistrict(record.family.postcode);
  page.stage = StageOfFamily(record.family.babies, today).label;
  page.facts = FactsOfFamily(record, today);
  page.waiting = record.supporter_user_id.empty() && record.family.open();
  page.suggestions = Suggest(*tx, record.family.programme_organisation_id, page.facts);
  page.open = matches_.OpenForFamily(*tx, family_id);
  page.history = matches_.ForFamily(*tx, family_id);
  access_.audit().Record(*tx, actor, "matching.read", "family", family_id);
  tx->Commit();
  return page;
}

Match MatchingService::Propose(const Actor& actor, const std::string& family_id, const std::string& volunteer_id,
                               const std::string& note) {
  auto tx = database_.Begin();
  const auto record = RequireFamily(*tx, actor, family_id);
  if (!record.supporter_user_id.empty() || !record.family.open())
    throw Conflict("This family already has a supporter, or their support has closed.");
  if (!record.support_consent) throw Conflict("This family has not agreed to peer support yet.");
  const auto today = LondonDateOf(clock_.Now());
  const auto suggestions = Suggest(*tx, record.family.programme_organisation_id, FactsOfFamily(record, today));
  if (std::none_of(suggestions.begin(), suggestions.end(),
                   [&](const VolunteerSuggestion& s) { return s.volunteer_id == volunteer_id; }))
    throw Invalid("volunteer_id", "Choose one of the suggested volunteers");
  const auto trimmed = Trim(note);
  if (trimmed.size() > 2000) throw Invalid("note", "Note must be 2,000 characters or fewer");
  if (matches_.OpenForFamily(*tx, family_id))
    throw Conflict("This family has already been offered to a volunteer. Withdraw that offer first.");
  Match match;
  match.proposed_at = clock_.Now();
  match.id = NewId(match.proposed_at);
  match.family_id = family_id;
  match.volunteer_id = volunteer_id;
  match.note = trimmed;
  match.proposed_by = actor.user_id;
  matches_.Insert(*tx, match);
  access_.audit().Record(*tx, actor, "match.propose", "volunteer", volunteer_id);
  auto stored = matches_.Find(*tx, match.id);
  tx->Commit();
  return *stored;
}

VolunteerOffers MatchingService::Offers(const Actor& actor, const std::string& volunteer_id) {
  auto tx = database_.Begin();
  VolunteerOffers result;
  result.volunteer = access_.Require(*tx, actor, volunteer_id, Resource::kVolunteerActivity, Action::kRead);
  result.is_self = !result.volunteer.user_id.empty() && result.volunteer.user_id == actor.user_id;
  const auto today = LondonDateOf(clock_.Now());
  auto& out = result.offers;
  for (auto& match : matches_.ForVolunteer(*tx, volunteer_id)) {
    Offer offer{match};
    if (const auto record = families_.Find(*tx, match.family_id)) {
      offer.first_name = record->family.caregivers.empty() ? FirstName(record->display_name)
                                                           : FirstName(record->family.caregivers.front().CalledBy());
      offer.stage = StageOfFamily(record->family.babies, today).label;
      offer.district = PostcodeDistrict(record->family.postcode);
    }
    out.push_back(std::move(offer));
  }
  access_.audit().Record(*tx, actor, "match.list", "volunteer", volunteer_id);
  tx->Commit();
  return result;
}

Match MatchingService::RespondAsVolunteer(const Actor& actor, const std::string& match_id, MatchStatus status,
                                          const std::string& reason) {
  auto tx = database_.Begin();
  auto match = IsUuid(match_id) ? matches_.Find(*tx, match_id) : std::nullopt;
  if (!match) throw NotFound("Offer not found");
  const auto volunteer = access_.Require(*tx, actor, match->volunteer_id, Resource::kVolunteerActivity, Action::kUpdate);
  // The coordinator may log time or claims for a volunteer, but only the volunteer says yes.
  if (volunteer.user_id.empty() || volunteer.user_id != actor.user_id)
    throw AccessRefused(Resource::kVolunteerActivity, Action::kUpdate, match->volunteer_id);
  const auto trimmed = Trim(reason);
  if (status == MatchStatus::kDeclined && trimmed.empty())
    throw Invalid("reason", "Say why you cannot support this family, so the coordinator can find someone else");
  if (trimmed.size() > 2000) throw Invalid("reason", "Reason must be 2,000 characters or fewer");
  if (match->status != MatchStatus::kProposed) throw Conflict(kNoLonger);
  const Millis now = clock_.Now();
  if (status == MatchStatus::kAccepted) {
    const auto record = families_.Find(*tx, match->family_id);
    if (!record || !record->supporter_user_id.empty() || !record->family.open())
      throw Conflict("This family has a supporter already, or their support has closed.");
  }
  if (!matches_.Respond(*tx, match_id, status, trimmed, actor.user_id, now)) throw Conflict(kNoLonger);
  if (status == MatchStatus::kAccepted) {
    families_.Assign(*tx, match->family_id, volunteer.user_id, actor.user_id, now);
    access_.audit().Record(*tx, actor, "family.assign", "family", match->family_id);
  }
  access_.audit().Record(*tx, actor, status == MatchStatus::kAccepted ? "match.accept" : "match.decline", "volunteer",
                         match->volunteer_id);
  auto stored = matches_.Find(*tx, match_id);
  tx->Commit();
  return *stored;
}

Match MatchingService::Accept(const Actor& actor, const std::string& match_id) {
  return RespondAsVolunteer(actor, match_id, MatchStatus::kAccepted, "");
}

Match MatchingService::Decline(const Actor& actor, const std::string& match_id, const std::string& reason) {
  return RespondAsVolunteer(actor, match_id, MatchStatus::kDeclined, reason);
}

Match MatchingService::Withdraw(const Actor& actor, const std::string& match_id, const std::string& reason) {
  auto tx = database_.Begin();
  auto match = IsUuid(match_id) ? matches_.Find(*tx, match_id) : std::nullopt;
  if (!match) throw NotFound("Offer not found");
  access_.Require(*tx, actor, match->volunteer_id, Resource::kVolunteer, Action::kUpdate);
  if (!matches_.Respond(*tx, match_id, MatchStatus::kWithdrawn, Trim(reason), actor.user_id, clock_.Now()))
    throw Conflict(kNoLonger);
  access_.audit().Record(*tx, actor, "match.withdraw", "volunteer", match->volunteer_id);
  auto stored = matches_.Find(*tx, match_id);
  tx->Commit();
  return *stored;
}

MatchingSummary MatchingService::Summary(const Actor& actor, const std::string& organisation_id) {
  access_.RequireProgramme(actor, organisation_id, Resource::kVolunteer, Action::kRead);
  auto tx = database_.Begin();
  MatchingSummary summary;
  const auto waiting = matches_.Waiting(*tx, {organisation_id});
  summary.waiting = static_cast<int>(waiting.size());
  if (!waiting.empty()) summary.oldest_since = waiting.front().waiting_since;
  const auto counts = matches_.OpenFamiliesBySupporter(*tx, organisation_id);
  for (const auto& v : access_.volunteers().ListAll(*tx, {organisation_id})) {
    if (v.stage != VolunteerStage::kActive || v.user_id.empty()) continue;
    const auto c = counts.find(v.user_id);
    summary.free_places += std::max(0, v.max_families - (c == counts.end() ? 0 : c->second));
  }
  access_.audit().Record(*tx, actor, "matching.summary", "organisation", organisation_id);
  tx->Commit();
  return summary;
}

}  // namespace alongside
