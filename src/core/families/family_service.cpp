#include "core/families/family_service.hpp"

#include <algorithm>

#include "core/common/ids.hpp"

namespace alongside {
namespace {

/// The group id the validation uses for the babies of one pregnancy, replaced by a real one.
void GroupBabies(std::vector<Baby>& babies, const std::string& family_id, Millis now) {
  const std::string group = babies.size() > 1 ? NewId(now) : std::string();
  for (auto& baby : babies) {
    baby.id = NewId(now);
    baby.family_id = family_id;
    baby.created_at = now;
    baby.multiple_birth_group = group;
  }
}

std::vector<Date> DatesOf(const std::vector<Baby>& babies) {
  std::vector<Date> dates;
  for (const auto& baby : babies) {
    if (baby.due_date) dates.push_back(*baby.due_date);
    if (baby.birth_date) dates.push_back(*baby.birth_date);
  }
  return dates;
}

constexpr int kMostDuplicateSources = 50;

}  // namespace

std::vector<ProgrammeChoice> FamilyService::Programmes(const Actor& actor) const {
  std::vector<ProgrammeChoice> out;
  for (const auto& grant : actor.grants) {
    if (grant.role != Role::kCoordinator && grant.role != Role::kPeerSupporter) continue;
    if (grant.organisation_id.empty() ||
        grant.organisation_kind != OrganisationKindCode(OrganisationKind::kPeerSupportProgramme))
      continue;
    const bool seen = std::any_of(out.begin(), out.end(), [&](const ProgrammeChoice& p) {
      return p.organisation_id == grant.organisation_id;
    });
    if (!seen) out.push_back({grant.organisation_id, grant.organisation_name, grant.area_id});
  }
  return out;
}

CreateResult FamilyService::Create(const Actor& actor, const NewFamilyInput& input) {
  const auto programmes = Programmes(actor);
  // Refuse before validating: someone who may not record families learns nothing from messages.
  if (programmes.empty() || !access_.policy().MayAtAll(actor, Resource::kFamily, Action::kCreate))
    throw AccessRefused(Resource::kFamily, Action::kCreate, "");
  const Millis now = clock_.Now();
  Validation v;
  NewFamily created = ValidateNewFamily(input.form, LondonDateOf(now), v);
  const ProgrammeChoice* programme = programmes.size() == 1 ? &programmes.front() : nullptr;
  for (const auto& choice : programmes)
    if (choice.organisation_id == input.programme_id) programme = &choice;
  if (!programme) v.Add("programme_id", "Select the programme that will support the family");
  v.ThrowIfAny();
  RecordScope scope;
  scope.organisation_ids = {programme->organisation_id};
  scope.area_ids = {programme->area_id};
  access_.policy().Require(actor, Resource::kFamily, Action::kCreate, scope);

  auto tx = database_.Begin();
  CreateResult result;
  if (!input.save_anyway) {
    const auto list_scope = access_.policy().ScopeForList(actor, Resource::kFamily);
    std::vector<DuplicateSource> sources;
    if (!list_scope.denied)
      sources = families_.DuplicateSources(*tx, list_scope, created.family.postcode, DatesOf(created.babies),
                                           kMostDuplicateSources);
    std::vector<DuplicateCandidate> recorded;
    for (const auto& source : sources) recorded.push_back(source.candidate);
    Family draft = created.family;
    draft.caregivers = {created.caregiver};
    draft.babies = created.babies;
    for (const auto& match : FindPossibleDuplicates(CandidateOf(draft), recorded)) {
      const auto source = std::find_if(sources.begin(), sources.end(), [&](const DuplicateSource& s) {
        return s.candidate.family_id == match.family_id;
      });
      result.duplicates.push_back({match.family_id, source->display_name, match.reasons});
      access_.audit().Record(*tx, actor, "family.duplicate_check", "family", match.family_id);
    }
    if (!result.duplicates.empty()) {
      tx->Commit();
      return result;
    }
  }

  Family& family = created.family;
  family.id = NewId(now);
  family.programme_organisation_id = programme->organisation_id;
  family.area_id = programme->area_id;
  family.created_at = now;
  created.caregiver.id = NewId(now);
  created.caregiver.family_id = family.id;
  created.caregiver.created_at = now;
  GroupBabies(created.babies, family.id, now);
  families_.Insert(*tx, family, created.caregiver, created.babies, actor.user_id);

  FamilyScopeFacts facts;
  facts.family_id = family.id;
  facts.organisation_id = family.programme_organisation_id;
  facts.area_id = family.area_id;
  const bool supporter_here = std::any_of(actor.grants.begin(), actor.grants.end(), [&](const RoleGrant& g) {
    return g.role == Role::kPeerSupporter && g.organisation_id == family.programme_organisation_id;
  });
  if (supporter_here) {
    families_.Assign(*tx, family.id, actor.user_id, actor.user_id, now);
    facts.supporter_user_id = actor.user_id;
  }
  if (input.support_consent) {
    ConsentRecord consent;
    consent.id = NewId(now);
    consent.family_id = family.id;
    consent.kind = ConsentKind::kSupport;
    consent.decision = ConsentDecision::kGiven;
    consent.method = ConsentMethod::kInPerson;
    consent.decided_at = now;
    consent.recorded_at = now;
    consent.recorded_by_user_id = actor.user_id;
    consent.note = "Recorded with the family's record";
    families_.RecordSupportConsent(*tx, consent);
    facts.support_consent = true;
  }
  access_.audit().Record(*tx, actor, "family.create", "family", family.id);
  tx->Commit();
  result.family_id = family.id;
  result.readable = access_.Allows(facts, actor, Resource::kFamily, Action::kRead);
  return result;
}

FamilyView FamilyService::Get(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  auto record = families_.Find(*tx, family_id);
  if (!record) throw NotFound("Family not found");
  FamilyView view;
  FamilyScopeFacts as_worker = facts;
  as_worker.linked_user_ids.clear();
  view.shared_view = !access_.Allows(as_worker, actor, Resource::kFamily, Action::kRead);
  view.may_edit = !view.shared_view && access_.Allows(facts, actor, Resource::kFamily, Action::kUpdate);
  RecordScope programme_wide;
  programme_wide.organisation_ids = {facts.organisation_id};
  programme_wide.area_ids = {facts.area_id};
  view.may_assign = access_.policy().Allows(actor, Resource::kFamily, Action::kUpdate, programme_wide);
  view.may_read_sensitive = access_.Allows(facts, actor, Resource::kFamilySensitive, Action::kRead);
  Family& family = record->family;
  if (view.shared_view) {
    std::erase_if(family.caregivers, [&](const Caregiver& c) { return c.linked_user_id != actor.user_id; });
    family.address_line_1.clear();
    family.address_line_2.clear();
    family.town.clear();
    family.postcode.clear();
    family.focus_areas.clear();
    family.strengths.clear();
    family.shared_care.clear();
    record->shared_care.clear();
    family.closing_summary.clear();
  } else {
    view.assignments = families_.Assignments(*tx, family_id);
    view.status_changes = families_.StatusChanges(*tx, family_id);
  }
  const Date today = LondonDateOf(clock_.Now());
  view.stage = StageOfFamily(family.babies, today);
  for (const auto& baby : family.babies) view.baby_stages.push_back(StageOfBaby(baby, today));
  access_.audit().Record(*tx, actor, "family.read", "family", family_id);
  tx->Commit();
  view.record = std::move(*record);
  return view;
}

FamilyRecord FamilyService::Editable(db::Transaction& tx, const Actor& actor, const std::string& family_id) {
  access_.Require(tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  auto record = families_.Find(tx, family_id);
  if (!record) throw NotFound("Family not found");
  return std::move(*record);
}

void FamilyService::Finish(db::Transaction& tx, const Actor& actor, const std::string& family_id,
                           std::optional<std::int64_t> version) {
  if (!families_.Touch(tx, family_id, version, clock_.Now())) throw Conflict(kStaleRecordMessage);
  access_.audit().Record(tx, actor, "family.update", "family", family_id);
  tx.Commit();
}

void FamilyService::UpdateDetails(const Actor& actor, const std::string& family_id, const FamilyDetailsForm& form,
                                  std::int64_t version) {
  auto tx = database_.Begin();
  Editable(*tx, actor, family_id);
  Validation v;
  const Family details = ValidateFamilyDetails(form, v);
  v.ThrowIfAny();
  families_.UpdateDetails(*tx, family_id, details, clock_.Now());
  Finish(*tx, actor, family_id, version);
}

void FamilyService::AddCaregiver(const Actor& actor, const std::string& family_id, const CaregiverForm& form) {
  auto tx = database_.Begin();
  Editable(*tx, actor, family_id);
  const Millis now = clock_.Now();
  Validation v;
  Caregiver caregiver = ValidateCaregiver(form, LondonDateOf(now), v);
  v.ThrowIfAny();
  caregiver.id = NewId(now);
  caregiver.family_id = family_id;
  caregiver.created_at = now;
  families_.InsertCaregiver(*tx, caregiver);
  Finish(*tx, actor, family_id, std::nullopt);
}

void FamilyService::UpdateCaregiver(const Actor& actor, const std::string& family_id, const std::string& caregiver_id,
                                    const CaregiverForm& form, std::int64_t version) {
  auto tx = database_.Begin();
  const auto record = Editable(*tx, actor, family_id);
  const auto& caregivers = record.family.caregivers;
  const auto stored = std::find_if(caregivers.begin(), caregivers.end(),
                                   [&](const Caregiver& c) { return c.id == caregiver_id; });
  if (stored == caregivers.end()) throw NotFound("Caregiver not found");
  Validation v;
  Caregiver caregiver = ValidateCaregiver(form, LondonDateOf(clock_.Now()), v);
  v.ThrowIfAny();
  caregiver.id = stored->id;
  caregiver.family_id = family_id;
  caregiver.linked_user_id = stored->linked_user_id;
  caregiver.created_at = stored->created_at;
  families_.UpdateCaregiver(*tx, caregiver);
  Finish(*tx, actor, family_id, version);
}

void FamilyService::AddBabies(const Actor& actor, const std::string& family_id, const BabyForm& form) {
  auto tx = database_.Begin();
  Editable(*tx, actor, family_id);
  const Millis now = clock_.Now();
  Validation v;
  auto babies = ValidateBabies(form, LondonDateOf(now), v);
  v.ThrowIfAny();
  GroupBabies(babies, family_id, now);
  for (const auto& baby : babies) families_.InsertBaby(*tx, baby);
  if (reminders_) reminders_->Refresh(*tx, family_id);
  Finish(*tx, actor, family_id, std::nullopt);
}

void FamilyService::UpdateBaby(const Actor& actor, const std::string& family_id, const std::string& baby_id,
                               const BabyForm& form, std::int64_t version) {
  auto tx = database_.Begin();
  const auto record = Editable(*tx, actor, family_id);
  const auto& babies = record.family.babies;
  const auto stored = std::find_if(babies.begin(), babies.end(), [&](const Baby& b) { return b.id == baby_id; });
  if (stored == babies.end()) throw NotFound("Baby not found");
  BabyForm one = form;
  one.number_of_babies.clear();
  Validation v;
  Baby baby = ValidateBabies(one, LondonDateOf(clock_.Now()), v).front();
  v.ThrowIfAny();
  baby.id = stored->id;
  baby.family_id = family_id;
  baby.multiple_birth_group = stored->multiple_birth_group;
  baby.created_at = stored->created_at;
  families_.UpdateBaby(*tx, baby);
  if (reminders_) reminders_->Refresh(*tx, family_id);
  Finish(*tx, actor, family_id, version);
}

void FamilyService::AddSharedCare(const Actor& actor, const std::string& family_id, const SharedCareForm& form) {
  auto tx = database_.Begin();
  Editable(*tx, actor, family_id);
  Validation v;
  SharedCareItem item{NewId(clock_.Now()), ValidateSharedCareEntry(form, v)};
  v.ThrowIfAny();
  families_.InsertSharedCare(*tx, family_id, item, clock_.Now());
  Finish(*tx, actor, family_id, std::nullopt);
}

void FamilyService::RemoveSharedCare(const Actor& actor, const std::string& family_id, const std::string& item_id) {
  auto tx = database_.Begin();
  Editable(*tx, actor, family_id);
  if (!families_.DeleteSharedCare(*tx, family_id, item_id)) throw NotFound("That person is not in the family's shared care");
  Finish(*tx, actor, family_id, std::nullopt);
}

}  // namespace alongside
