#include "storage/questionnaires/sql_questionnaire_repository.hpp"

#include <boost/json.hpp>

#include "core/questionnaires/questionnaire_document.hpp"
#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kDefinitionSelect =
    "SELECT d.id, COALESCE(d.area_id, ''), COALESCE(a.name, ''), d.document, COALESCE(d.loaded_by, ''), "
    "COALESCE(u.name, ''), d.loaded_at, d.replaced_at FROM questionnaire_definitions d "
    "LEFT JOIN areas a ON a.id = d.area_id LEFT JOIN users u ON u.id = d.loaded_by";
constexpr const char* kInsertDefinition =
    "INSERT INTO questionnaire_definitions (id, area_id, code, edition, short_title, document, loaded_by, loaded_at, "
    "replaced_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL)";
constexpr const char* kMarkReplaced = "UPDATE questionnaire_definitions SET replaced_at = $2 WHERE id = $1";
constexpr const char* kResponseSelect =
    "SELECT r.id, r.family_id, r.definition_id, r.code, r.short_title, r.edition, r.answers, r.total, r.band_label, "
    "r.recorded_by, COALESCE(u.name, ''), r.recorded_at, r.answered_on FROM questionnaire_responses r "
    "LEFT JOIN users u ON u.id = r.recorded_by";
constexpr const char* kInsertResponse =
    "INSERT INTO questionnaire_responses (id, family_id, definition_id, code, short_title, edition, answers, total, "
    "band_label, recorded_by, recorded_at, answered_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";

/// Stored documents were checked when loaded; one that no longer reads (a stricter release)
/// still shows its code and title rather than failing the page.
StoredQuestionnaire ReadDefinition(const db::Row& row) {
  StoredQuestionnaire q;
  q.id = row.Text(0);
  q.area_id = row.Text(1);
  q.area_name = row.Text(2);
  q.document = row.Text(3);
  q.loaded_by = row.Text(4);
  q.loaded_by_name = row.Text(5);
  q.loaded_at = row.Int(6);
  q.replaced_at = row.OptInt(7);
  q.definition = ParseQuestionnaireDocument(q.document);
  return q;
}

std::string AnswersJson(const QuestionnaireAnswers& answers) {
  boost::json::object out;
  for (const auto& [code, value] : answers) out[code] = value;
  return boost::json::serialize(out);
}

QuestionnaireAnswers ParseAnswers(const std::string& text) {
  QuestionnaireAnswers answers;
  boost::system::error_code error;
  const auto value = boost::json::parse(text, error);
  if (error || !value.is_object()) return answers;
  for (const auto& [code, answer] : value.as_object())
    if (answer.is_int64()) answers[std::string(code)] = static_cast<int>(answer.as_int64());
  return answers;
}

QuestionnaireResponse ReadResponse(const db::Row& row) {
  QuestionnaireResponse r;
  r.id = row.Text(0);
  r.family_id = row.Text(1);
  r.definition_id = row.Text(2);
  r.code = row.Text(3);
  r.short_title = row.Text(4);
  r.edition = row.Text(5);
  r.answers = ParseAnswers(row.Text(6));
  r.total = static_cast<int>(row.Int(7));
  r.band_label = row.Text(8);
  r.recorded_by = row.Text(9);
  r.recorded_by_name = row.Text(10);
  r.recorded_at = row.Int(11);
  r.answered_on = ParseDate(row.Text(12)).value_or(LondonDateOf(r.recorded_at));
  return r;
}

std::optional<StoredQuestionnaire> FirstDefinition(db::Transaction& tx, const std::string& sql,
                                                   const db::Params& params) {
  auto row = tx.QueryOne(sql, params);
  if (!row) return std::nullopt;
  return ReadDefinition(*row);
}

/// " AND (d.area_id IS NULL OR d.area_id IN (...))", or only the shipped ones for no area.
std::string AreaCondition(db::Params& params, const std::vector<std::string>& area_ids, bool all_areas,
                          bool with_shipped) {
  if (all_areas) return with_shipped ? "" : " AND d.area_id IS NOT NULL";
  const std::string listed = area_ids.empty() ? "1 = 0" : "d.area_id IN (" + BindList(params, area_ids) + ")";
  return with_shipped ? " AND (d.area_id IS NULL OR " + listed + ")" : " AND " + listed;
}

}  // namespace

void SqlQuestionnaireRepository::InsertDefinition(db::Transaction& tx, const StoredQuestionnaire& q) {
  tx.Execute(kInsertDefinition, {q.id, TextOrNull(q.area_id), q.definition.code, q.definition.edition,
                                 q.definition.short_title, q.document, TextOrNull(q.loaded_by), q.loaded_at});
}

void SqlQuestionnaireRepository::MarkReplaced(db::Transaction& tx, const std::string& definition_id, Millis at) {
  tx.Execute(kMarkReplaced, {definition_id, at});
}

std::optional<StoredQuestionnaire> SqlQuestionnaireRepository::FindCurrent(db::Transaction& tx,
                                                                           const std::string& area_id,
                                                                           const std::string& code) {
  // An area's own edition of a code comes before a shipped one (loading refuses shipped
  // codes, so both exist only if a later release ships a code an area already loaded).
  db::Params params{code};
  const std::string area = area_id.empty() ? "d.area_id IS NULL"
                                           : "(d.area_id IS NULL OR d.area_id = " + Bind(params, area_id) + ")";
  return FirstDefinition(tx, std::string(kDefinitionSelect) + " WHERE d.code = $1 AND d.replaced_at IS NULL AND " +
                                 area + " ORDER BY CASE WHEN d.area_id IS NULL THEN 1 ELSE 0 END, d.loaded_at DESC",
                         params);
}

std::optional<StoredQuestionnaire> SqlQuestionnaireRepository::FindShipped(db::Transaction& tx,
                                                                           const std::string& code,
                                                                           const std::string& edition) {
  return FirstDefinition(
      tx, std::string(kDefinitionSelect) + " WHERE d.area_id IS NULL AND d.code = $1 AND d.edition = $2",
      {code, edition});
}

std::optional<StoredQuestionnaire> SqlQuestionnaireRepository::FindById(db::Transaction& tx,
                                                                        const std::string& definition_id) {
  return FirstDefinition(tx, std::string(kDefinitionSelect) + " WHERE d.id = $1", {definition_id});
}

std::vector<StoredQuestionnaire> SqlQuestionnaireRepository::ListCurrent(db::Transaction& tx,
                                                                        const std::vector<std::string>& area_ids,
                                                                        bool all_areas) {
  db::Params params;
  const auto sql = std::string(kDefinitionSelect) + " WHERE d.replaced_at IS NULL" +
                   AreaCondition(params, area_ids, all_areas, true) + " ORDER BY d.short_title, a.name";
  std::vector<StoredQuestionnaire> out;
  for (const auto& row : tx.Query(sql, params)) out.push_back(ReadDefinition(row));
  return out;
}

std::vector<StoredQuestionnaire> SqlQuestionnaireRepository::ListLoaded(db::Transaction& tx,
                                                                       const std::vector<std::string>& area_ids,
                                                                       bool all_areas) {
  db::Params params;
  const auto sql = std::string(kDefinitionSelect) + " WHERE 1 = 1" + AreaCondition(params, area_ids, all_areas, false) +
                   " ORDER BY d.loaded_at DESC, d.id DESC LIMIT 200";
  std::vector<StoredQuestionnaire> out;
  for (const auto& row : tx.Query(sql, params)) out.push_back(ReadDefinition(row));
  return out;
}

void SqlQuestionnaireRepository::InsertResponse(db::Transaction& tx, const QuestionnaireResponse& r) {
  tx.Execute(kInsertResponse, {r.id, r.family_id, r.definition_id, r.code, r.short_title, r.edition,
                               AnswersJson(r.answers), static_cast<std::int64_t>(r.total), r.band_label, r.recorded_by,
                               r.recorded_at, IsoDate(r.answered_on)});
}

std::vector<QuestionnaireResponse> SqlQuestionnaireRepository::ListResponses(db::Transaction& tx,
                                                                            const std::string& family_id) {
  std::vector<QuestionnaireResponse> out;
  for (const auto& row : tx.Query(std::string(kResponseSelect) + " WHERE r.family_id = $1 ORDER BY r.answered_on, r.recorded_at, r.id",
                                  {family_id}))
    out.push_back(ReadResponse(row));
  return out;
}

std::optional<QuestionnaireResponse> SqlQuestionnaireRepository::FindResponse(db::Transaction& tx,
                                                                             const std::string& family_id,
                                                                             const std::string& response_id) {
  auto row = tx.QueryOne(std::string(kResponseSelect) + " WHERE r.id = $1 AND r.family_id = $2",
                         {response_id, family_id});
  if (!row) return std::nullopt;
  return ReadResponse(*row);
}

std::string SqlQuestionnaireRepository::CoordinatorOf(db::Transaction& tx, const std::string& organisation_id) {
  auto row = tx.QueryOne(
      "SELECT u.id FROM user_roles r JOIN users u ON u.id = r.user_id WHERE r.organisation_id = $1 "
      "AND r.role = 'coordinator' AND u.disabled_at IS NULL ORDER BY r.created_at, u.id LIMIT 1",
      {organisation_id});
  return row ? row->Text(0) : "";
}

std::string SqlQuestionnaireRepository::FamilyName(db::Transaction& tx, const std::string& family_id) {
  auto row = tx.QueryOne("SELECT display_name FROM families WHERE id = $1", {family_id});
  return row ? row->Text(0) : "";
}

}  // namespace alongside::storage
