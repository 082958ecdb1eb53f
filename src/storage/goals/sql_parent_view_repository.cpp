#include "storage/goals/sql_parent_view_repository.hpp"

#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kLinkedFamilies =
    "SELECT c.family_id FROM caregivers c WHERE c.linked_user_id = $1 GROUP BY c.family_id "
    "ORDER BY MIN(c.created_at), c.family_id";
constexpr const char* kSummary =
    "SELECT f.id, c.name, c.preferred_name, o.name, COALESCE(u.name, ''), f.status, f.support_consent "
    "FROM families f JOIN organisations o ON o.id = f.organisation_id "
    "JOIN caregivers c ON c.family_id = f.id AND c.linked_user_id = $2 "
    "LEFT JOIN users u ON u.id = f.supporter_user_id WHERE f.id = $1 ORDER BY c.created_at LIMIT 1";
constexpr const char* kSqliteHasTasks = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'tasks'";
constexpr const char* kPostgresHasTasks = "SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'tasks'";
constexpr const char* kSharedTasks =
    "SELECT title, due_date FROM tasks WHERE family_id = $1 AND shared_with_family = 1 AND status = 'open' "
    "ORDER BY due_date, id LIMIT $2";

std::string FirstName(const std::string& name) {
  const auto space = name.find(' ');
  return space == std::string::npos ? name : name.substr(0, space);
}

}  // namespace

std::vector<std::string> SqlParentViewRepository::LinkedFamilyIds(db::Transaction& tx, const std::string& user_id) {
  std::vector<std::string> ids;
  for (const auto& row : tx.Query(kLinkedFamilies, {user_id})) ids.push_back(row.Text(0));
  return ids;
}

std::optional<ParentViewSummary> SqlParentViewRepository::Summary(db::Transaction& tx, const std::string& family_id,
                                                                  const std::string& user_id) {
  auto row = tx.QueryOne(kSummary, {family_id, user_id});
  if (!row) return std::nullopt;
  ParentViewSummary s;
  s.family_id = row->Text(0);
  s.caregiver_name = row->Text(2).empty() ? row->Text(1) : row->Text(2);
  s.programme_name = row->Text(3);
  s.supporter_first_name = FirstName(row->Text(4));
  s.open = row->Text(5) == "open";
  s.support_consent = row->Bool(6);
  return s;
}

std::optional<std::vector<SharedTask>> SqlParentViewRepository::SharedTasks(db::Transaction& tx,
                                                                            const std::string& family_id, int limit) {
  const auto* has_tasks = tx.dialect() == db::Dialect::kSqlite ? kSqliteHasTasks : kPostgresHasTasks;
  if (tx.QueryOne(has_tasks)->Int(0) == 0) return std::nullopt;
  std::vector<SharedTask> tasks;
  for (const auto& row : tx.Query(kSharedTasks, {family_id, static_cast<std::int64_t>(limit)})) {
    if (auto due = ParseDate(row.Text(1))) tasks.push_back({row.Text(0), *due});
  }
  return tasks;
}

}  // namespace alongside::storage
