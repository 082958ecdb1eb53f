#include "storage/outcomes/sql_outcome_repository.hpp"

#include <map>

#include "storage/common/sql.hpp"
#include "storage/families/family_list_scope.hpp"
#include "storage/families/family_rows.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kFindProgramme = "SELECT id, name, area_id, kind FROM organisations WHERE id = $1";
constexpr const char* kLatestSettings =
    "SELECT v.id, v.organisation_id, v.number, v.document, v.note, COALESCE(v.created_by, ''), "
    "COALESCE(u.name, ''), v.created_at FROM outcome_settings_versions v LEFT JOIN users u ON u.id = v.created_by "
    "WHERE v.organisation_id = $1 ORDER BY v.number DESC LIMIT 1";
constexpr const char* kInsertSettings =
    "INSERT INTO outcome_settings_versions (id, organisation_id, number, document, note, created_by, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7)";
constexpr const char* kAnyScoring =
    "SELECT 1 FROM outcome_scorings s JOIN outcome_settings_versions v ON v.id = s.settings_version_id "
    "WHERE v.organisation_id = $1 LIMIT 1";
constexpr const char* kFamily = "SELECT display_name, created_at FROM families WHERE id = $1";
constexpr const char* kScorings =
    "SELECT s.id, s.family_id, s.point_code, s.settings_version_id, s.scale_min, s.scale_max, s.scored_on, s.note, "
    "s.recorded_by, COALESCE(u.name, ''), s.recorded_at, COALESCE(s.superseded_by, ''), s.superseded_at "
    "FROM outcome_scorings s LEFT JOIN users u ON u.id = s.recorded_by WHERE s.family_id = $1 "
    "ORDER BY s.recorded_at, s.id";
constexpr const char* kScores =
    "SELECT c.scoring_id, c.area_code, c.score FROM outcome_scores c JOIN outcome_scorings s ON s.id = c.scoring_id "
    "WHERE s.family_id = $1";
constexpr const char* kSupersede =
    "UPDATE outcome_scorings SET superseded_by = $3, superseded_at = $4 "
    "WHERE family_id = $1 AND point_code = $2 AND superseded_by IS NULL";
constexpr const char* kInsertScoring =
    "INSERT INTO outcome_scorings (id, family_id, point_code, settings_version_id, scale_min, scale_max, scored_on, "
    "note, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
constexpr const char* kInsertScore = "INSERT INTO outcome_scores (scoring_id, area_code, score) VALUES ($1, $2, $3)";
/// The current scorings' scores of one programme's families; the family scope is appended.
constexpr const char* kProgrammeScores =
    "SELECT s.family_id, s.point_code, c.area_code, c.score FROM families f "
    "JOIN outcome_scorings s ON s.family_id = f.id AND s.superseded_by IS NULL "
    "JOIN outcome_scores c ON c.scoring_id = s.id AND c.score IS NOT NULL WHERE f.organisation_id = $1";

}  // namespace

std::optional<ProgrammeFacts> SqlOutcomeRepository::FindProgramme(db::Transaction& tx,
                                                                  const std::string& organisation_id) {
  auto row = tx.QueryOne(kFindProgramme, {organisation_id});
  if (!row) return std::nullopt;
  return ProgrammeFacts{row->Text(0), row->Text(1), row->Text(2), row->Text(3) == "peer_support_programme"};
}

std::optional<OutcomeSettingsVersion> SqlOutcomeRepository::LatestSettings(db::Transaction& tx,
                                                                           const std::string& organisation_id) {
  auto row = tx.QueryOne(kLatestSettings, {organisation_id});
  if (!row) return std::nullopt;
  OutcomeSettingsVersion version;
  version.id = row->Text(0);
  version.organisation_id = row->Text(1);
  version.number = static_cast<int>(row->Int(2));
  version.settings = ReadOutcomeSettingsDocument(row->Text(3));
  version.note = row->Text(4);
  version.created_by = row->Text(5);
  version.created_by_name = row->Text(6);
  version.created_at = row->Int(7);
  return version;
}

void SqlOutcomeRepository::InsertSettings(db::Transaction& tx, const OutcomeSettingsVersion& v) {
  tx.Execute(kInsertSettings, {v.id, v.organisation_id, static_cast<std::int64_t>(v.number),
                               WriteOutcomeSettingsDocument(v.settings), v.note, TextOrNull(v.created_by),
                               v.created_at});
}

bool SqlOutcomeRepository::AnyScoring(db::Transaction& tx, const std::string& organisation_id) {
  return tx.QueryOne(kAnyScoring, {organisation_id}).has_value();
}

OutcomeFamilyFacts SqlOutcomeRepository::FamilyFacts(db::Transaction& tx, const std::string& family_id) {
  OutcomeFamilyFacts facts;
  if (auto row = tx.QueryOne(kFamily, {family_id})) {
    facts.display_name = row->Text(0);
    facts.created_at = row->Int(1);
  }
  for (const auto& row : tx.Query(std::string("SELECT ") + kBabyColumns +
                                      " FROM babies WHERE family_id = $1 ORDER BY created_at, id",
                                  {family_id}))
    facts.babies.push_back(ReadBaby(row));
  return facts;
}

std::vector<OutcomeScoring> SqlOutcomeRepository::ScoringsForFamily(db::Transaction& tx,
                                                                    const std::string& family_id) {
  std::vector<OutcomeScoring> scorings;
  std::map<std::string, std::size_t> index;
  for (const auto& row : tx.Query(kScorings, {family_id})) {
    OutcomeScoring s;
    s.id = row.Text(0);
    s.family_id = row.Text(1);
    s.point_code = row.Text(2);
    s.settings_version_id = row.Text(3);
    s.scale_min = static_cast<int>(row.Int(4));
    s.scale_max = static_cast<int>(row.Int(5));
    s.scored_on = ParseDate(row.Text(6)).value_or(Date{});
    s.note = row.Text(7);
    s.recorded_by = row.Text(8);
    s.recorded_by_name = row.Text(9);
    s.recorded_at = row.Int(10);
    s.superseded_by = row.Text(11);
    s.superseded_at = row.OptInt(12);
    index[s.id] = scorings.size();
    scorings.push_back(std::move(s));
  }
  // Scores come in no set order; readers look an area up (OutcomeScoring::Find).
  for (const auto& row : tx.Query(kScores, {family_id})) {
    auto found = index.find(row.Text(0));
    if (found == index.end()) continue;
    scorings[found->second].scores.push_back(
        {row.Text(1), row.IsNull(2) ? std::nullopt : std::optional<int>(static_cast<int>(row.Int(2)))});
  }
  return scorings;
}

void SqlOutcomeRepository::Supersede(db::Transaction& tx, const std::string& family_id, const std::string& point_code,
                                     const std::string& by_id, Millis at) {
  tx.Execute(kSupersede, {family_id, point_code, by_id, at});
}

void SqlOutcomeRepository::InsertScoring(db::Transaction& tx, const OutcomeScoring& s) {
  tx.Execute(kInsertScoring, {s.id, s.family_id, s.point_code, s.settings_version_id,
                              static_cast<std::int64_t>(s.scale_min), static_cast<std::int64_t>(s.scale_max),
                              IsoDate(s.scored_on), s.note, s.recorded_by, s.recorded_at});
  for (const auto& score : s.scores)
    tx.Execute(kInsertScore, {s.id, score.area_code,
                              score.score ? db::Value(static_cast<std::int64_t>(*score.score)) : db::Value(nullptr)});
}

std::vector<ProgrammeScoreRow> SqlOutcomeRepository::ProgrammeScores(db::Transaction& tx,
                                                                     const std::string& organisation_id,
                                                                     const ListScope& scope) {
  if (scope.denied) return {};
  db::Params params{organisation_id};
  const std::string sql = kProgrammeScores + FamilyScopeCondition(params, scope, "f");
  std::vector<ProgrammeScoreRow> rows;
  for (const auto& row : tx.Query(sql, params))
    rows.push_back({row.Text(0), row.Text(1), row.Text(2), static_cast<int>(row.Int(3))});
  return rows;
}

}  // namespace alongside::storage
