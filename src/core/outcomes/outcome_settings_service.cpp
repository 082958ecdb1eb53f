#include "core/outcomes/outcome_settings_service.hpp"

#include "core/common/ids.hpp"
#include "core/common/text.hpp"

namespace alongside {

OutcomeSettings LoadDefaultOutcomeSettings(std::string_view document) {
  try {
    return ReadOutcomeSettingsDocument(document);
  } catch (const Invalid& invalid) {
    std::string problems;
    for (const auto& error : invalid.errors()) problems += "\n  " + error.field + ": " + error.message;
    throw std::runtime_error("data/outcomes/default-settings.json is not valid:" + problems);
  }
}

std::string OutcomeSettingsService::ProgrammeOf(const Actor& actor) {
  for (const auto& grant : actor.grants)
    if (grant.organisation_kind == "peer_support_programme" && !grant.organisation_id.empty())
      return grant.organisation_id;
  return "";
}

RecordScope OutcomeSettingsService::ScopeOf(const ProgrammeFacts& programme) const {
  RecordScope scope;
  scope.organisation_ids = {programme.organisation_id};
  scope.area_ids = {programme.area_id};
  return scope;
}

ProgrammeFacts OutcomeSettingsService::ProgrammeIn(db::Transaction& tx, const std::string& organisation_id) {
  auto programme = IsUuid(organisation_id) ? outcomes_.FindProgramme(tx, organisation_id) : std::nullopt;
  if (!programme || !programme->is_programme) throw NotFound("Programme not found");
  return *programme;
}

OutcomeSettingsVersion OutcomeSettingsService::CurrentIn(db::Transaction& tx, const std::string& organisation_id) {
  if (auto stored = outcomes_.LatestSettings(tx, organisation_id)) return *stored;
  OutcomeSettingsVersion defaults;
  defaults.organisation_id = organisation_id;
  defaults.settings = defaults_;
  defaults.note = "The shipped defaults";
  return defaults;
}

OutcomeSettingsVersion OutcomeSettingsService::Insert(db::Transaction& tx, const std::string& organisation_id,
                                                      OutcomeSettings settings, const std::string& note, int number,
                                                      const std::string& by) {
  OutcomeSettingsVersion version;
  version.created_at = clock_.Now();
  version.id = NewId(version.created_at);
  version.organisation_id = organisation_id;
  version.number = number;
  version.settings = std::move(settings);
  version.note = note;
  version.created_by = by;
  try {
    outcomes_.InsertSettings(tx, version);
  } catch (const db::UniqueViolation&) {
    throw Conflict("The outcome settings were changed by someone else a moment ago. Open them again and make "
                   "your change there.");
  }
  return version;
}

OutcomeSettingsVersion OutcomeSettingsService::StoredIn(db::Transaction& tx, const std::string& organisation_id) {
  auto current = CurrentIn(tx, organisation_id);
  if (current.number > 0) return current;
  return Insert(tx, organisation_id, current.settings, "The shipped defaults, stored when first used", 1, "");
}

OutcomeSettingsVersion OutcomeSettingsService::Current(const Actor& actor, const std::string& organisation_id) {
  auto tx = database_.Begin(db::TxMode::kRead);
  const auto programme = ProgrammeIn(*tx, organisation_id);
  policy_.Require(actor, Resource::kProgrammeSettings, Action::kRead, ScopeOf(programme), organisation_id);
  auto current = CurrentIn(*tx, organisation_id);
  tx->Commit();
  return current;
}

bool OutcomeSettingsService::MayChange(const Actor& actor, const std::string& organisation_id) {
  auto tx = database_.Begin(db::TxMode::kRead);
  const auto programme = ProgrammeIn(*tx, organisation_id);
  tx->Commit();
  return policy_.Allows(actor, Resource::kProgrammeSettings, Action::kUpdate, ScopeOf(programme));
}

OutcomeSettingsVersion OutcomeSettingsService::Save(const Actor& actor, const std::string& organisation_id,
                                                    const OutcomeSettings& proposed, const std::string& note,
                                                    int based_on_number) {
  auto tx = database_.Begin();
  const auto programme = ProgrammeIn(*tx, organisation_id);
  policy_.Require(actor, Resource::kProgrammeSettings, Action::kUpdate, ScopeOf(programme), organisation_id);
  const auto current = CurrentIn(*tx, organisation_id);
  if (based_on_number != current.number)
    throw Conflict("The outcome settings were changed by someone else since you opened them (now version " +
                   std::to_string(current.number) + "). Open them again and make your change there.");
  Validation v;
  CheckOutcomeSettings(proposed, v);
  CheckSettingsChange(current.settings, proposed, outcomes_.AnyScoring(*tx, organisation_id), v);
  if (CharCount(Trim(note)) > kMaxOutcomeText) v.Add("note", "The note must be " + std::to_string(kMaxOutcomeText) +
                                                           " characters or fewer");
  v.ThrowIfAny();
  // The defaults in use until now are stored first, so the history shows what was changed.
  if (current.number == 0)
    Insert(*tx, organisation_id, current.settings, "The shipped defaults, stored when first changed", 1, "");
  const int number = current.number == 0 ? 2 : current.number + 1;
  auto saved = Insert(*tx, organisation_id, proposed, Trim(note), number, actor.user_id);
  audit_.Record(*tx, actor, "outcome_settings.update", "organisation", organisation_id);
  tx->Commit();
  saved.created_by_name = actor.name;
  return saved;
}

}  // namespace alongside
