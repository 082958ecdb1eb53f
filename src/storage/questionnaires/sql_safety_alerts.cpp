#include <sstream>

#include "storage/common/sql.hpp"
#include "storage/families/family_list_scope.hpp"
#include "storage/questionnaires/sql_questionnaire_repository.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kAlertColumns =
    "s.id, s.family_id, f.display_name, s.organisation_id, s.response_id, s.questionnaire, s.rule_code, s.severity, "
    "s.title, s.steps, s.status, COALESCE(s.task_id, ''), s.raised_by, COALESCE(ru.name, ''), s.raised_at, "
    "COALESCE(s.action, ''), s.resolution_note, COALESCE(s.resolved_by, ''), COALESCE(vu.name, ''), s.resolved_at";
constexpr const char* kAlertFrom =
    " FROM safety_alerts s JOIN families f ON f.id = s.family_id LEFT JOIN users ru ON ru.id = s.raised_by "
    "LEFT JOIN users vu ON vu.id = s.resolved_by";
constexpr const char* kInsertAlert =
    "INSERT INTO safety_alerts (id, family_id, organisation_id, response_id, questionnaire, rule_code, severity, "
    "title, steps, status, task_id, raised_by, raised_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10, $11, $12)";
constexpr const char* kResolveAlert =
    "UPDATE safety_alerts SET status = 'resolved', action = $2, resolution_note = $3, resolved_by = $4, "
    "resolved_at = $5 WHERE id = $1 AND status = 'open'";

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += (out.empty() ? "" : "\n") + line;
  return out;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

SafetyAlert ReadAlert(const db::Row& row) {
  SafetyAlert a;
  a.id = row.Text(0);
  a.family_id = row.Text(1);
  a.family_name = row.Text(2);
  a.organisation_id = row.Text(3);
  a.response_id = row.Text(4);
  a.questionnaire = row.Text(5);
  a.rule_code = row.Text(6);
  a.severity = AlertSeverityFromCode(row.Text(7)).value_or(AlertSeverity::kUrgent);
  a.title = row.Text(8);
  a.steps = SplitLines(row.Text(9));
  a.status = row.Text(10) == "resolved" ? AlertStatus::kResolved : AlertStatus::kOpen;
  a.task_id = row.Text(11);
  a.raised_by = row.Text(12);
  a.raised_by_name = row.Text(13);
  a.raised_at = row.Int(14);
  a.action = AlertActionFromCode(row.Text(15));
  a.resolution_note = row.Text(16);
  a.resolved_by = row.Text(17);
  a.resolved_by_name = row.Text(18);
  a.resolved_at = row.OptInt(19);
  return a;
}

}  // namespace

void SqlQuestionnaireRepository::InsertAlert(db::Transaction& tx, const SafetyAlert& a) {
  tx.Execute(kInsertAlert, {a.id, a.family_id, a.organisation_id, a.response_id, a.questionnaire, a.rule_code,
                            AlertSeverityCode(a.severity), a.title, JoinLines(a.steps), TextOrNull(a.task_id),
                            a.raised_by, a.raised_at});
}

void SqlQuestionnaireRepository::ResolveAlert(db::Transaction& tx, const SafetyAlert& a) {
  const auto changed = tx.Execute(kResolveAlert, {a.id, a.action ? AlertActionCode(*a.action) : "other",
                                                  a.resolution_note, a.resolved_by, OptionalMillis(a.resolved_at)});
  if (changed != 1) throw Conflict("This alert was resolved by someone else a moment ago.");
}

std::vector<SafetyAlert> SqlQuestionnaireRepository::ListAlerts(db::Transaction& tx, const std::string& family_id) {
  std::vector<SafetyAlert> out;
  const auto sql = std::string("SELECT ") + kAlertColumns + kAlertFrom +
                   " WHERE s.family_id = $1 ORDER BY CASE WHEN s.status = 'open' THEN 0 ELSE 1 END, s.raised_at DESC, "
                   "s.id DESC";
  for (const auto& row : tx.Query(sql, {family_id})) out.push_back(ReadAlert(row));
  return out;
}

std::optional<SafetyAlert> SqlQuestionnaireRepository::FindAlert(db::Transaction& tx, const std::string& family_id,
                                                                 const std::string& alert_id) {
  auto row = tx.QueryOne(std::string("SELECT ") + kAlertColumns + kAlertFrom + " WHERE s.id = $1 AND s.family_id = $2",
                         {alert_id, family_id});
  if (!row) return std::nullopt;
  return ReadAlert(*row);
}

Page<SafetyAlert> SqlQuestionnaireRepository::ListOpenAlerts(db::Transaction& tx, const ListScope& scope,
                                                             const PageRequest& request) {
  Page<SafetyAlert> page;
  page.page = request.page;
  page.page_size = request.page_size;
  if (scope.denied) return page;
  db::Params params;
  const std::string where = " WHERE s.status = 'open'" + FamilyScopeCondition(params, scope, "f");
  page.total = tx.QueryOne(std::string("SELECT COUNT(*) FROM safety_alerts s JOIN families f ON f.id = s.family_id") +
                               where, params)->Int(0);
  const auto limit = Bind(params, static_cast<std::int64_t>(request.page_size));
  const auto offset = Bind(params, request.Offset());
  const auto sql = std::string("SELECT ") + kAlertColumns + kAlertFrom + where +
                   " ORDER BY s.raised_at, s.id LIMIT " + limit + " OFFSET " + offset;
  for (const auto& row : tx.Query(sql, params)) page.items.push_back(ReadAlert(row));
  return page;
}

}  // namespace alongside::storage
