#include "core/outcomes/outcome_service.hpp"

#include <algorithm>
#include <set>

#include "core/common/ids.hpp"

namespace alongside {

std::optional<PointPair> ValidatePointPair(const PointPairForm& form, const OutcomeSettings& settings, Validation& v) {
  if (form.from.empty() && form.to.empty()) return std::nullopt;
  const auto from = settings.PointIndex(form.from);
  const auto to = settings.PointIndex(form.to);
  if (from == settings.points.size()) v.Add("from", "Choose the first point to compare");
  if (to == settings.points.size()) v.Add("to", "Choose the later point to compare");
  else if (from < settings.points.size() && to <= from) v.Add("to", "Choose a point later in the journey than the first");
  if (!v.ok()) return std::nullopt;
  return PointPair{form.from, form.to};
}

FamilyOutcomes OutcomeService::ForFamily(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();  // not read-only: the read is audited in it
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  FamilyOutcomes out;
  out.family_id = family_id;
  const auto family = outcomes_.FamilyFacts(*tx, family_id);
  out.family_name = family.display_name;
  const Millis now = clock_.Now();
  const Date today = LondonDateOf(now);
  out.stage = StageOfFamily(family.babies, today);
  out.settings = settings_.CurrentIn(*tx, facts.organisation_id);
  const auto& settings = out.settings.settings;
  for (auto& scoring : outcomes_.ScoringsForFamily(*tx, family_id))
    (scoring.current() ? out.current : out.earlier).push_back(std::move(scoring));
  std::stable_sort(out.current.begin(), out.current.end(), [&settings](const auto& a, const auto& b) {
    return settings.PointIndex(a.point_code) < settings.PointIndex(b.point_code);
  });
  std::reverse(out.earlier.begin(), out.earlier.end());
  std::vector<std::pair<std::string, Date>> scored;
  for (const auto& scoring : out.current) scored.emplace_back(scoring.point_code, scoring.scored_on);
  const auto dates = DatesFromStage(out.stage, today, LondonDateOf(family.created_at));
  out.points = PointStatuses(settings, dates, today, scored);
  if (const auto* next = NextPoint(out.points)) out.next = *next;
  out.distance = FamilyDistance(settings, out.current);
  out.may_score = facts.status == FamilyStatus::kOpen && facts.support_consent &&
                  access_.Allows(facts, actor, Resource::kFamily, Action::kUpdate);
  access_.audit().Record(*tx, actor, "outcome.read", "family", family_id);
  tx->Commit();
  return out;
}

void OutcomeService::CheckMayScore(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin(db::TxMode::kRead);
  access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  tx->Commit();
}

OutcomeScoring OutcomeService::Score(const Actor& actor, const std::string& family_id, const ScoringForm& form) {
  auto tx = database_.Begin();
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  const Millis now = clock_.Now();
  const auto current = settings_.CurrentIn(*tx, facts.organisation_id);
  Validation v;
  const auto input = ValidateScoringForm(form, current.settings, LondonDateOf(now), v);
  v.ThrowIfAny();
  const auto version = settings_.StoredIn(*tx, facts.organisation_id);
  OutcomeScoring scoring;
  scoring.id = NewId(now);
  scoring.family_id = family_id;
  scoring.point_code = input.point_code;
  scoring.settings_version_id = version.id;
  scoring.scale_min = version.settings.scale.min;
  scoring.scale_max = version.settings.scale.max;
  scoring.scored_on = input.scored_on;
  scoring.note = input.note;
  scoring.scores = input.scores;
  scoring.recorded_by = actor.user_id;
  scoring.recorded_by_name = actor.name;
  scoring.recorded_at = now;
  outcomes_.Supersede(*tx, family_id, input.point_code, scoring.id, now);
  outcomes_.InsertScoring(*tx, scoring);
  access_.audit().Record(*tx, actor, "outcome.score", "family", family_id);
  tx->Commit();
  return scoring;
}

ProgrammeOutcomes OutcomeService::ForProgramme(const Actor& actor, const std::string& organisation_id,
                                               const PointPairForm& pair) {
  auto tx = database_.Begin();  // not read-only: the read is audited in it
  ProgrammeOutcomes out;
  out.programme = settings_.ProgrammeIn(*tx, organisation_id);
  RecordScope scope;
  scope.organisation_ids = {organisation_id};
  scope.area_ids = {out.programme.area_id};
  access_.policy().Require(actor, Resource::kProgrammeSettings, Action::kRead, scope, organisation_id);
  const auto families = access_.policy().ScopeForList(actor, Resource::kFamily);
  if (families.denied) throw AccessRefused(Resource::kFamily, Action::kList, organisation_id);
  out.settings = settings_.CurrentIn(*tx, organisation_id);
  Validation v;
  out.pair = ValidatePointPair(pair, out.settings.settings, v);
  v.ThrowIfAny();
  const auto rows = outcomes_.ProgrammeScores(*tx, organisation_id, families);
  std::set<std::string> scored;
  for (const auto& row : rows) scored.insert(row.family_id);
  out.families_scored = static_cast<int>(scored.size());
  out.areas = ProgrammeDistance(out.settings.settings, rows, out.pair);
  access_.audit().Record(*tx, actor, "outcome.programme.read", "organisation", organisation_id);
  tx->Commit();
  return out;
}

}  // namespace alongside
