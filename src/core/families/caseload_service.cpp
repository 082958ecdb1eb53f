#include "core/families/caseload_service.hpp"

#include <algorithm>

namespace alongside {

CaseloadView CaseloadService::List(const Actor& actor, const CaseloadFilter& filter) {
  const auto scope = access_.policy().ScopeForList(actor, Resource::kFamily);
  if (scope.denied) throw AccessRefused(Resource::kFamily, Action::kList, "");
  CaseloadFilter normalised = filter;
  normalised.page = filter.page.Normalised();
  auto tx = database_.Begin();
  CaseloadView view;
  view.programme_wide = scope.all || !scope.organisation_ids.empty() || !scope.area_ids.empty();
  for (const auto& organisation_id : scope.organisation_ids)
    for (auto& supporter : families_.Supporters(*tx, organisation_id)) view.supporters.push_back(std::move(supporter));
  view.page = families_.List(*tx, scope, normalised);
  view.today = LondonDateOf(clock_.Now());
  access_.audit().Record(*tx, actor, "family.list", "family", "");
  tx->Commit();
  return view;
}

FamilyScopeFacts CaseloadService::RequireProgrammeWide(db::Transaction& tx, const Actor& actor,
                                                       const std::string& family_id) {
  auto facts = access_.Require(tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  RecordScope programme_wide;
  programme_wide.organisation_ids = {facts.organisation_id};
  programme_wide.area_ids = {facts.area_id};
  if (!access_.policy().Allows(actor, Resource::kFamily, Action::kUpdate, programme_wide))
    throw AccessRefused(Resource::kFamily, Action::kUpdate, family_id);
  return facts;
}

AssignChoices CaseloadService::AssignForm(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  const auto facts = RequireProgrammeWide(*tx, actor, family_id);
  AssignChoices choices;
  const auto record = families_.Find(*tx, family_id);
  if (!record) throw NotFound("Family not found");
  choices.display_name = record->display_name;
  choices.current_supporter_user_id = facts.supporter_user_id;
  choices.supporters = families_.Supporters(*tx, facts.organisation_id);
  access_.audit().Record(*tx, actor, "family.read", "family", family_id);
  tx->Commit();
  return choices;
}

void CaseloadService::Assign(const Actor& actor, const std::string& family_id, const std::string& supporter_user_id) {
  auto tx = database_.Begin();
  const auto facts = RequireProgrammeWide(*tx, actor, family_id);
  const auto supporters = families_.Supporters(*tx, facts.organisation_id);
  const bool known = std::any_of(supporters.begin(), supporters.end(),
                                 [&](const SupporterChoice& s) { return s.user_id == supporter_user_id; });
  if (!known) throw Invalid("supporter_user_id", "Select a peer supporter from the list");
  if (supporter_user_id == facts.supporter_user_id) return;  // already theirs: nothing to record
  families_.Assign(*tx, family_id, supporter_user_id, actor.user_id, clock_.Now());
  access_.audit().Record(*tx, actor, "family.assign", "family", family_id);
  tx->Commit();
}

void CaseloadService::Close(const Actor& actor, const std::string& family_id, const ClosingForm& form) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  if (facts.status == FamilyStatus::kClosed) throw Conflict("Support for this family is already closed.");
  Validation v;
  const auto closing = ValidateClosing(form, v);
  v.ThrowIfAny();
  families_.ChangeStatus(*tx, family_id, FamilyStatus::kClosed, closing.reason, closing.summary, actor.user_id,
                         clock_.Now());
  access_.audit().Record(*tx, actor, "family.close", "family", family_id);
  tx->Commit();
}

void CaseloadService::Reopen(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  if (facts.status == FamilyStatus::kOpen) throw Conflict("Support for this family is already open.");
  families_.ChangeStatus(*tx, family_id, FamilyStatus::kOpen, std::nullopt, "", actor.user_id, clock_.Now());
  access_.audit().Record(*tx, actor, "family.reopen", "family", family_id);
  tx->Commit();
}

}  // namespace alongside
