#include "storage/tasks/sql_task_repository.hpp"

#include "storage/common/sql.hpp"
#include "storage/families/family_list_scope.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kTaskColumns =
    "t.id, t.family_id, t.kind, t.title, t.due_date, COALESCE(t.assigned_user_id, ''), COALESCE(au.name, ''), "
    "t.shared_with_family, t.status, t.completed_at, t.completed_by, COALESCE(cu.name, ''), t.created_by, "
    "t.created_at, t.updated_at";
constexpr const char* kTaskJoins =
    " LEFT JOIN users au ON au.id = t.assigned_user_id LEFT JOIN users cu ON cu.id = t.completed_by";
constexpr std::size_t kTaskColumnCount = 15;

constexpr const char* kInsertTask =
    "INSERT INTO tasks (id, family_id, kind, title, due_date, assigned_user_id, shared_with_family, status, "
    "completed_at, completed_by, created_by, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";
constexpr const char* kUpdateTask =
    "UPDATE tasks SET title = $3, due_date = $4, assigned_user_id = $5, shared_with_family = $6, status = $7, "
    "completed_at = $8, completed_by = $9, updated_at = $10 WHERE id = $1 AND family_id = $2";
constexpr const char* kUpdateNextTask =
    "UPDATE families SET "
    "next_task_title = COALESCE((SELECT t.title FROM tasks t WHERE t.family_id = $1 AND t.status = 'open' "
    "ORDER BY t.due_date, t.created_at, t.id LIMIT 1), ''), "
    "next_task_due = (SELECT t.due_date FROM tasks t WHERE t.family_id = $1 AND t.status = 'open' "
    "ORDER BY t.due_date, t.created_at, t.id LIMIT 1) "
    "WHERE id = $1";

constexpr const char* kFamilyForSchedule =
    "SELECT id, organisation_id, COALESCE(supporter_user_id, ''), status, created_at FROM families WHERE id = $1";
constexpr const char* kBabyDates = "SELECT due_date, birth_date FROM babies WHERE family_id = $1";
constexpr const char* kLastContactDate =
    "SELECT MAX(contact_date) FROM contacts WHERE family_id = $1 AND status = 'submitted'";
constexpr const char* kLatestPlan =
    "SELECT review_date, saved_at FROM care_plan_versions WHERE family_id = $1 ORDER BY number DESC LIMIT 1";

constexpr const char* kHolders =
    "SELECT DISTINCT u.id, u.name FROM users u JOIN user_roles r ON r.user_id = u.id "
    "WHERE r.organisation_id = $1 AND r.role IN ('peer_supporter', 'coordinator') AND u.disabled_at IS NULL "
    "ORDER BY u.name, u.id";

std::optional<Date> OptDate(const db::Row& row, std::size_t col) {
  if (row.IsNull(col)) return std::nullopt;
  return ParseDate(row.Text(col));
}

Task ReadTask(const db::Row& row) {
  Task t;
  t.id = row.Text(0);
  t.family_id = row.Text(1);
  t.kind = TaskKindFromCode(row.Text(2)).value_or(TaskKind::kManual);
  t.title = row.Text(3);
  t.due = ParseDate(row.Text(4)).value_or(Date{});
  t.assigned_user_id = row.Text(5);
  t.assigned_name = row.Text(6);
  t.shared_with_family = row.Bool(7);
  t.status = TaskStatusFromCode(row.Text(8)).value_or(TaskStatus::kOpen);
  t.completed_at = row.OptInt(9);
  t.completed_by = row.Text(10);
  t.completed_by_name = row.Text(11);
  t.created_by = row.Text(12);
  t.created_at = row.Int(13);
  t.updated_at = row.Int(14);
  return t;
}

}  // namespace

std::vector<Task> SqlTaskRepository::ListForFamily(db::Transaction& tx, const std::string& family_id,
                                                   bool shared_only) {
  std::string sql = std::string("SELECT ") + kTaskColumns + " FROM tasks t" + kTaskJoins + " WHERE t.family_id = $1";
  if (shared_only) sql += " AND t.shared_with_family = 1";
  sql += " ORDER BY CASE WHEN t.status = 'open' THEN 0 ELSE 1 END, "
         "CASE WHEN t.status = 'open' THEN t.due_date END, t.updated_at DESC, t.id";
  std::vector<Task> tasks;
  for (const auto& row : tx.Query(sql, {family_id})) tasks.push_back(ReadTask(row));
  return tasks;
}

std::optional<Task> SqlTaskRepository::Find(db::Transaction& tx, const std::string& family_id,
                                            const std::string& task_id) {
  auto row = tx.QueryOne(std::string("SELECT ") + kTaskColumns + " FROM tasks t" + kTaskJoins +
                             " WHERE t.id = $1 AND t.family_id = $2",
                         {task_id, family_id});
  if (!row) return std::nullopt;
  return ReadTask(*row);
}

void SqlTaskRepository::Insert(db::Transaction& tx, const Task& t) {
  tx.Execute(kInsertTask, {t.id, t.family_id, std::string(TaskKindCode(t.kind)), t.title, IsoDate(t.due),
                           TextOrNull(t.assigned_user_id), std::int64_t{t.shared_with_family},
                           std::string(TaskStatusCode(t.status)), OptionalMillis(t.completed_at), t.completed_by,
                           t.created_by, t.created_at, t.updated_at});
}

void SqlTaskRepository::Update(db::Transaction& tx, const Task& t) {
  tx.Execute(kUpdateTask, {t.id, t.family_id, t.title, IsoDate(t.due), TextOrNull(t.assigned_user_id),
                           std::int64_t{t.shared_with_family}, std::string(TaskStatusCode(t.status)),
                           OptionalMillis(t.completed_at), t.completed_by, t.updated_at});
}

void SqlTaskRepository::UpdateNextTask(db::Transaction& tx, const std::string& family_id) {
  tx.Execute(kUpdateNextTask, {family_id});
}

Page<TaskOfFamily> SqlTaskRepository::ListOpenForWorker(db::Transaction& tx, const std::string& user_id,
                                                        const ListScope& scope, const std::optional<Date>& due_by,
                                                        const PageRequest& request) {
  Page<TaskOfFamily> page;
  page.page = request.page;
  page.page_size = request.page_size;
  if (scope.denied) return page;
  db::Params params;
  std::string where = " WHERE t.status = 'open' AND f.status = 'open' AND (t.assigned_user_id = " +
                      Bind(params, user_id) + " OR t.assigned_user_id IS NULL)";
  if (due_by) where += " AND t.due_date <= " + Bind(params, IsoDate(*due_by));
  where += FamilyScopeCondition(params, scope, "f");
  const std::string from = " FROM tasks t JOIN families f ON f.id = t.family_id";
  page.total = tx.QueryOne("SELECT COUNT(*)" + from + where, params)->Int(0);
  const auto limit = Bind(params, static_cast<std::int64_t>(request.page_size));
  const auto offset = Bind(params, request.Offset());
  const std::string sql = std::string("SELECT ") + kTaskColumns + ", f.display_name" + from + kTaskJoins + where +
                          " ORDER BY t.due_date, f.display_name, t.id LIMIT " + limit + " OFFSET " + offset;
  for (const auto& row : tx.Query(sql, params))
    page.items.push_back({ReadTask(row), row.Text(kTaskColumnCount)});
  return page;
}

std::optional<FamilyScheduleRecord> SqlTaskRepository::FindScheduleRecord(db::Transaction& tx,
                                                                          const std::string& family_id) {
  auto row = tx.QueryOne(kFamilyForSchedule, {family_id});
  if (!row) return std::nullopt;
  FamilyScheduleRecord record;
  record.family_id = row->Text(0);
  record.organisation_id = row->Text(1);
  record.supporter_user_id = row->Text(2);
  record.status = FamilyStatusFromCode(row->Text(3)).value_or(FamilyStatus::kOpen);
  record.created_at = row->Int(4);
  for (const auto& baby : tx.Query(kBabyDates, {family_id})) record.babies.push_back({OptDate(baby, 0), OptDate(baby, 1)});
  if (auto last = tx.QueryOne(kLastContactDate, {family_id})) record.last_contact_date = OptDate(*last, 0);
  if (auto plan = tx.QueryOne(kLatestPlan, {family_id})) {
    record.plan_review_date = OptDate(*plan, 0);
    record.plan_saved_on = LondonDateOf(plan->Int(1));
  }
  return record;
}

std::string SqlTaskRepository::FamilyName(db::Transaction& tx, const std::string& family_id) {
  auto row = tx.QueryOne("SELECT display_name FROM families WHERE id = $1", {family_id});
  return row ? row->Text(0) : "";
}

std::vector<std::string> SqlTaskRepository::OpenFamilyIds(db::Transaction& tx) {
  std::vector<std::string> ids;
  for (const auto& row : tx.Query("SELECT id FROM families WHERE status = 'open' ORDER BY id")) ids.push_back(row.Text(0));
  return ids;
}

std::vector<std::string> SqlTaskRepository::OpenFamilyIdsOf(db::Transaction& tx, const std::string& organisation_id) {
  std::vector<std::string> ids;
  for (const auto& row :
       tx.Query("SELECT id FROM families WHERE organisation_id = $1 AND status = 'open' ORDER BY id", {organisation_id}))
    ids.push_back(row.Text(0));
  return ids;
}

std::vector<TaskHolder> SqlTaskRepository::HoldersOf(db::Transaction& tx, const std::string& organisation_id) {
  std::vector<TaskHolder> holders;
  for (const auto& row : tx.Query(kHolders, {organisation_id})) holders.push_back({row.Text(0), row.Text(1)});
  return holders;
}

std::optional<ProgrammeSchedule> SqlScheduleRepository::Find(db::Transaction& tx, const std::string& organisation_id) {
  auto row = tx.QueryOne(
      "SELECT contact_interval_days, first_contact_week, after_birth_days, plan_review_weeks "
      "FROM programme_schedules WHERE organisation_id = $1",
      {organisation_id});
  if (!row) return std::nullopt;
  return ProgrammeSchedule{static_cast<int>(row->Int(0)), static_cast<int>(row->Int(1)), static_cast<int>(row->Int(2)),
                           static_cast<int>(row->Int(3))};
}

void SqlScheduleRepository::Save(db::Transaction& tx, const std::string& organisation_id,
                                 const ProgrammeSchedule& s, const std::string& updated_by, Millis at) {
  tx.Execute(
      "INSERT INTO programme_schedules (organisation_id, contact_interval_days, first_contact_week, after_birth_days, "
      "plan_review_weeks, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) "
      "ON CONFLICT (organisation_id) DO UPDATE SET contact_interval_days = excluded.contact_interval_days, "
      "first_contact_week = excluded.first_contact_week, after_birth_days = excluded.after_birth_days, "
      "plan_review_weeks = excluded.plan_review_weeks, updated_by = excluded.updated_by, "
      "updated_at = excluded.updated_at",
      {organisation_id, std::int64_t{s.contact_interval_days}, std::int64_t{s.first_contact_week},
       std::int64_t{s.after_birth_days}, std::int64_t{s.plan_review_weeks}, updated_by, at});
}

std::vector<std::string> SqlDigestRepository::Recipients(db::Transaction& tx) {
  std::vector<std::string> ids;
  for (const auto& row : tx.Query(
           "SELECT DISTINCT u.id FROM users u JOIN user_roles r ON r.user_id = u.id "
           "WHERE r.role IN ('peer_supporter', 'coordinator') AND r.organisation_id IS NOT NULL "
           "AND u.disabled_at IS NULL AND u.email_verified_at IS NOT NULL ORDER BY u.id"))
    ids.push_back(row.Text(0));
  return ids;
}

bool SqlDigestRepository::WasSent(db::Transaction& tx, const std::string& user_id, const Date& day) {
  return tx.QueryOne("SELECT 1 FROM task_digests WHERE user_id = $1 AND digest_date = $2", {user_id, IsoDate(day)})
      .has_value();
}

void SqlDigestRepository::RecordSent(db::Transaction& tx, const std::string& user_id, const Date& day, Millis at) {
  tx.Execute("INSERT INTO task_digests (user_id, digest_date, sent_at) VALUES ($1, $2, $3)",
             {user_id, IsoDate(day), at});
}

bool SqlDigestRepository::DailyJobFinished(db::Transaction& tx, const Date& day) {
  return tx.QueryOne("SELECT 1 FROM daily_job_runs WHERE job = 'tasks' AND run_date = $1", {IsoDate(day)}).has_value();
}

void SqlDigestRepository::RecordDailyJobFinished(db::Transaction& tx, const Date& day, Millis at) {
  if (DailyJobFinished(tx, day)) return;
  tx.Execute("INSERT INTO daily_job_runs (job, run_date, finished_at) VALUES ('tasks', $1, $2)", {IsoDate(day), at});
}

}  // namespace alongside::storage
