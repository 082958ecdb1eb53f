#include "core/families/consent_service.hpp"

#include <algorithm>

#include "core/common/ids.hpp"

namespace alongside {
namespace {

const ConsentHistoryEntry* EntryOf(const std::vector<ConsentHistoryEntry>& history, const std::string& record_id) {
  for (const auto& entry : history)
    if (entry.record.id == record_id) return &entry;
  return nullptr;
}

std::vector<ConsentRecord> RecordsOf(const std::vector<ConsentHistoryEntry>& history) {
  std::vector<ConsentRecord> records;
  records.reserve(history.size());
  for (const auto& entry : history) records.push_back(entry.record);
  return records;
}

ConsentStandingView ViewOf(const ConsentState& state, const std::vector<ConsentHistoryEntry>& history,
                           ConsentKind kind, const std::string& organisation_id) {
  ConsentStandingView view;
  view.kind = kind;
  view.organisation_id = organisation_id;
  if (const auto* standing = state.Find(kind, organisation_id)) {
    view.asked = true;
    view.given = standing->given;
    if (const auto* entry = EntryOf(history, standing->latest.id)) {
      view.latest = *entry;
      view.organisation_name = entry->organisation_name;
    }
  }
  return view;
}

}  // namespace

FamilyConsent ConsentService::Read(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  FamilyConsent out;
  out.family_id = family_id;
  out.display_name = consents_.DisplayName(*tx, family_id);
  out.history = consents_.History(*tx, family_id);
  out.may_record = access_.Allows(facts, actor, Resource::kFamily, Action::kUpdate);
  out.shared_view = !out.may_record;
  out.may_read_sensitive = access_.Allows(facts, actor, Resource::kFamilySensitive, Action::kRead);
  if (out.shared_view)
    for (auto& entry : out.history) entry.record.note.clear();
  if (out.may_record) out.services = consents_.SharingServices(*tx, facts);

  const auto state = CurrentConsent(RecordsOf(out.history));
  out.support_given = HasSupportConsent(state);
  for (ConsentKind kind : {ConsentKind::kSupport, ConsentKind::kTexts, ConsentKind::kEvaluation})
    out.current.push_back(ViewOf(state, out.history, kind, ""));
  for (const auto& standing : state.standings)
    if (standing.kind == ConsentKind::kSharing)
      out.current.push_back(ViewOf(state, out.history, ConsentKind::kSharing, standing.organisation_id));
  access_.audit().Record(*tx, actor, "consent.read", "family", family_id);
  tx->Commit();
  return out;
}

ConsentRecordResult ConsentService::Record(const Actor& actor, const std::string& family_id, const ConsentForm& form,
                                           bool withdrawal_confirmed) {
  auto tx = database_.Begin();
  // Refuse before validating, so the refusal is audited as the change it was.
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  const Millis now = clock_.Now();
  Validation v;
  auto record = ValidateConsentForm(form, now, actor.user_id, v);
  if (record.kind == ConsentKind::kSharing && !record.organisation_id.empty() && !v.Has("kind")) {
    const auto services = consents_.SharingServices(*tx, facts);
    const bool listed = std::any_of(services.begin(), services.end(), [&](const SharingService& service) {
      return service.organisation_id == record.organisation_id;
    });
    if (!listed) v.Add("organisation_id", "Select a service from the list");
  }
  v.ThrowIfAny();

  auto history = RecordsOf(consents_.History(*tx, family_id));
  const bool support_before = HasSupportConsent(CurrentConsent(history));
  record.id = NewId(now);
  record.family_id = family_id;
  history.push_back(record);
  const bool support_after = HasSupportConsent(CurrentConsent(history));
  ConsentRecordResult result;
  if (support_before && !support_after && !withdrawal_confirmed) {
    result.needs_confirmation = true;
    return result;
  }
  consents_.Insert(*tx, record);
  if (support_after != facts.support_consent) consents_.SetSupportConsent(*tx, family_id, support_after, now);
  auto facts_after = facts;
  facts_after.support_consent = support_after;
  result.still_reaches = access_.Allows(facts_after, actor, Resource::kFamily, Action::kRead);
  access_.audit().Record(*tx, actor, "consent.record", "family", family_id);
  tx->Commit();
  result.record = record;
  return result;
}

bool ConsentService::MayShareWith(db::Transaction& tx, const std::string& family_id,
                                  const std::string& organisation_id) {
  return alongside::MayShareWith(CurrentConsent(RecordsOf(consents_.History(tx, family_id))), organisation_id);
}

}  // namespace alongside
