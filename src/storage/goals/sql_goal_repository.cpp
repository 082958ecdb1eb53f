#include "storage/goals/sql_goal_repository.hpp"

#include <map>

#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kFamilyName = "SELECT display_name FROM families WHERE id = $1";
constexpr const char* kInsertGoal =
    "INSERT INTO goals (id, family_id, text, area, status, status_changed_at, status_changed_by, "
    "changed_from_goal_id, changed_into_goal_id, created_by, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";
constexpr const char* kUpdateStatus =
    "UPDATE goals SET status = $2, status_changed_at = $3, status_changed_by = $4, changed_into_goal_id = $5, "
    "updated_at = $6 WHERE id = $1";
constexpr const char* kTouch = "UPDATE goals SET updated_at = $2 WHERE id = $1";
constexpr const char* kGoalSelect =
    "SELECT id, family_id, text, area, status, status_changed_at, status_changed_by, changed_from_goal_id, "
    "changed_into_goal_id, created_by, created_at, updated_at FROM goals";
constexpr const char* kStepSelect =
    "SELECT id, goal_id, position, text, done_at, done_by, created_at FROM goal_steps";
constexpr const char* kNextPosition = "SELECT COALESCE(MAX(position), 0) + 1 FROM goal_steps WHERE goal_id = $1";
constexpr const char* kInsertStep =
    "INSERT INTO goal_steps (id, goal_id, family_id, position, text, done_at, done_by, created_by, created_at) "
    "VALUES ($1, $2, $3, $4, $5, NULL, '', $6, $7)";
constexpr const char* kSetStepDone = "UPDATE goal_steps SET done_at = $3, done_by = $4 WHERE goal_id = $1 AND id = $2";
constexpr const char* kInsertProgress =
    "INSERT INTO goal_progress (id, goal_id, family_id, progress_date, note, by_family, recorded_by, recorded_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
constexpr const char* kProgressSelect =
    "SELECT p.id, p.goal_id, p.family_id, p.progress_date, p.note, p.by_family, p.recorded_by, "
    "COALESCE(u.name, ''), p.recorded_at FROM goal_progress p LEFT JOIN users u ON u.id = p.recorded_by";
constexpr const char* kInsertStatusChange =
    "INSERT INTO goal_status_changes (id, goal_id, family_id, status, note, changed_by, changed_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7)";
constexpr const char* kStatusChangeSelect =
    "SELECT c.id, c.goal_id, c.status, c.note, c.changed_by, COALESCE(u.name, ''), c.changed_at "
    "FROM goal_status_changes c LEFT JOIN users u ON u.id = c.changed_by WHERE c.goal_id = $1 "
    "ORDER BY c.changed_at, CASE WHEN c.status = 'active' THEN 0 ELSE 1 END, c.id";  // setting a goal comes before its end

Goal ReadGoal(const db::Row& row) {
  Goal g;
  g.id = row.Text(0);
  g.family_id = row.Text(1);
  g.text = row.Text(2);
  g.area = GoalAreaFromCode(row.Text(3));
  g.status = GoalStatusFromCode(row.Text(4)).value_or(GoalStatus::kActive);
  g.status_changed_at = row.OptInt(5);
  g.status_changed_by = row.Text(6);
  g.changed_from_goal_id = row.Text(7);
  g.changed_into_goal_id = row.Text(8);
  g.created_by = row.Text(9);
  g.created_at = row.Int(10);
  g.updated_at = row.Int(11);
  return g;
}

GoalStep ReadStep(const db::Row& row) {
  GoalStep s;
  s.id = row.Text(0);
  s.goal_id = row.Text(1);
  s.position = static_cast<int>(row.Int(2));
  s.text = row.Text(3);
  s.done_at = row.OptInt(4);
  s.done_by = row.Text(5);
  s.created_at = row.Int(6);
  return s;
}

GoalProgress ReadProgress(const db::Row& row) {
  GoalProgress p;
  p.id = row.Text(0);
  p.goal_id = row.Text(1);
  p.family_id = row.Text(2);
  p.date = ParseDate(row.Text(3)).value_or(Date{});
  p.note = row.Text(4);
  p.by_family = row.Bool(5);
  p.recorded_by = row.Text(6);
  p.recorded_by_name = row.Text(7);
  p.recorded_at = row.Int(8);
  return p;
}

db::Value AreaValue(const std::optional<GoalArea>& area) {
  return area ? std::string(GoalAreaCode(*area)) : std::string();
}

}  // namespace

std::string SqlGoalRepository::FamilyName(db::Transaction& tx, const std::string& family_id) {
  auto row = tx.QueryOne(kFamilyName, {family_id});
  return row ? row->Text(0) : "";
}

void SqlGoalRepository::Insert(db::Transaction& tx, const Goal& g) {
  tx.Execute(kInsertGoal, {g.id, g.family_id, g.text, AreaValue(g.area), std::string(GoalStatusCode(g.status)),
                           OptionalMillis(g.status_changed_at), g.status_changed_by, TextOrNull(g.changed_from_goal_id),
                           TextOrNull(g.changed_into_goal_id), g.created_by, g.created_at, g.updated_at});
}

void SqlGoalRepository::UpdateStatus(db::Transaction& tx, const Goal& g) {
  tx.Execute(kUpdateStatus, {g.id, std::string(GoalStatusCode(g.status)), OptionalMillis(g.status_changed_at),
                             g.status_changed_by, TextOrNull(g.changed_into_goal_id), g.updated_at});
}

void SqlGoalRepository::Touch(db::Transaction& tx, const std::string& goal_id, Millis at) {
  tx.Execute(kTouch, {goal_id, at});
}

std::optional<Goal> SqlGoalRepository::Find(db::Transaction& tx, const std::string& family_id,
                                            const std::string& goal_id) {
  auto row = tx.QueryOne(std::string(kGoalSelect) + " WHERE id = $1 AND family_id = $2", {goal_id, family_id});
  if (!row) return std::nullopt;
  auto goal = ReadGoal(*row);
  for (const auto& step : tx.Query(std::string(kStepSelect) + " WHERE goal_id = $1 ORDER BY position", {goal_id}))
    goal.steps.push_back(ReadStep(step));
  return goal;
}

std::vector<Goal> SqlGoalRepository::ListForFamily(db::Transaction& tx, const std::string& family_id) {
  std::vector<Goal> goals;
  std::map<std::string, std::size_t> index;
  for (const auto& row :
       tx.Query(std::string(kGoalSelect) + " WHERE family_id = $1 ORDER BY created_at, id", {family_id})) {
    goals.push_back(ReadGoal(row));
    index[goals.back().id] = goals.size() - 1;
  }
  for (const auto& row :
       tx.Query(std::string(kStepSelect) + " WHERE family_id = $1 ORDER BY goal_id, position", {family_id})) {
    auto step = ReadStep(row);
    if (auto found = index.find(step.goal_id); found != index.end()) goals[found->second].steps.push_back(step);
  }
  return goals;
}

GoalStep SqlGoalRepository::InsertStep(db::Transaction& tx, const std::string& family_id, GoalStep step,
                                       const std::string& created_by) {
  step.position = static_cast<int>(tx.QueryOne(kNextPosition, {step.goal_id})->Int(0));
  tx.Execute(kInsertStep, {step.id, step.goal_id, family_id, static_cast<std::int64_t>(step.position), step.text,
                           created_by, step.created_at});
  return step;
}

bool SqlGoalRepository::SetStepDone(db::Transaction& tx, const std::string& goal_id, const std::string& step_id,
                                    std::optional<Millis> done_at, const std::string& done_by) {
  return tx.Execute(kSetStepDone, {goal_id, step_id, OptionalMillis(done_at), done_by}) == 1;
}

void SqlGoalRepository::InsertProgress(db::Transaction& tx, const GoalProgress& p) {
  tx.Execute(kInsertProgress, {p.id, p.goal_id, p.family_id, IsoDate(p.date), p.note,
                               static_cast<std::int64_t>(p.by_family ? 1 : 0), p.recorded_by, p.recorded_at});
}

std::vector<GoalProgress> SqlGoalRepository::ListProgress(db::Transaction& tx, const std::string& goal_id) {
  std::vector<GoalProgress> out;
  for (const auto& row : tx.Query(std::string(kProgressSelect) +
                                      " WHERE p.goal_id = $1 ORDER BY p.progress_date DESC, p.recorded_at DESC, p.id DESC",
                                  {goal_id}))
    out.push_back(ReadProgress(row));
  return out;
}

std::vector<GoalProgress> SqlGoalRepository::LatestProgressForFamily(db::Transaction& tx,
                                                                     const std::string& family_id) {
  std::vector<GoalProgress> out;
  for (const auto& row : tx.Query(std::string(kProgressSelect) +
                                      " WHERE p.family_id = $1 AND p.id = (SELECT q.id FROM goal_progress q "
                                      "WHERE q.goal_id = p.goal_id ORDER BY q.progress_date DESC, q.recorded_at DESC, "
                                      "q.id DESC LIMIT 1)",
                                  {family_id}))
    out.push_back(ReadProgress(row));
  return out;
}

void SqlGoalRepository::InsertStatusChange(db::Transaction& tx, const std::string& family_id,
                                           const GoalStatusChange& c) {
  tx.Execute(kInsertStatusChange, {c.id, c.goal_id, family_id, std::string(GoalStatusCode(c.status)), c.note,
                                   c.changed_by, c.changed_at});
}

std::vector<GoalStatusChange> SqlGoalRepository::ListStatusChanges(db::Transaction& tx, const std::string& goal_id) {
  std::vector<GoalStatusChange> out;
  for (const auto& row : tx.Query(kStatusChangeSelect, {goal_id})) {
    GoalStatusChange c;
    c.id = row.Text(0);
    c.goal_id = row.Text(1);
    c.status = GoalStatusFromCode(row.Text(2)).value_or(GoalStatus::kActive);
    c.note = row.Text(3);
    c.changed_by = row.Text(4);
    c.changed_by_name = row.Text(5);
    c.changed_at = row.Int(6);
    out.push_back(c);
  }
  return out;
}

}  // namespace alongside::storage
