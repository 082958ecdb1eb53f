#include "storage/training/sql_training_repository.hpp"

#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kModuleSelect =
    "SELECT id, organisation_id, name, topic, description, refresher_months, accredited, accredited_hours, "
    "awarding_body, archived_at, created_at FROM training_modules ";
constexpr const char* kInsertModule =
    "INSERT INTO training_modules (id, organisation_id, name, topic, description, refresher_months, accredited, "
    "accredited_hours, awarding_body, archived_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";

constexpr const char* kSessionSelect =
    "SELECT s.id, s.organisation_id, s.module_id, m.name, s.held_on, s.start_time, s.duration_minutes, "
    "s.trainer_name, s.location, s.capacity, s.created_by, s.created_at, "
    "(SELECT COUNT(*) FROM training_attendance a WHERE a.session_id = s.id AND a.attended = 1) "
    "FROM training_sessions s JOIN training_modules m ON m.id = s.module_id ";
constexpr const char* kInsertSession =
    "INSERT INTO training_sessions (id, organisation_id, module_id, held_on, start_time, duration_minutes, "
    "trainer_name, location, capacity, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";

constexpr const char* kDeleteAttendance = "DELETE FROM training_attendance WHERE session_id = $1 AND volunteer_id = $2";
constexpr const char* kInsertAttendance =
    "INSERT INTO training_attendance (session_id, volunteer_id, attended, recorded_by, recorded_at) "
    "VALUES ($1, $2, $3, $4, $5)";
constexpr const char* kAttendanceSelect =
    "SELECT session_id, volunteer_id, attended, recorded_by, recorded_at FROM training_attendance "
    "WHERE session_id = $1 ORDER BY volunteer_id";
constexpr const char* kAttendedBy =
    "WHERE s.id IN (SELECT session_id FROM training_attendance WHERE volunteer_id = $1 AND attended = 1) "
    "ORDER BY s.held_on DESC, s.id";

constexpr const char* kCompletionSelect =
    "SELECT c.id, c.volunteer_id, c.module_id, m.name, c.completed_on, COALESCE(c.source_session_id, ''), c.note, "
    "c.recorded_by, c.recorded_at FROM training_completions c JOIN training_modules m ON m.id = c.module_id ";
constexpr const char* kInsertCompletion =
    "INSERT INTO training_completions (id, volunteer_id, module_id, completed_on, source_session_id, note, "
    "recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
constexpr const char* kDeleteSessionCompletion =
    "DELETE FROM training_completions WHERE source_session_id = $1 AND volunteer_id = $2";

db::Value OptionalInt(const std::optional<int>& value) {
  return value ? db::Value(static_cast<std::int64_t>(*value)) : db::Value(nullptr);
}

std::optional<int> OptInt(const db::Row& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return static_cast<int>(row.Int(column));
}

TrainingModule ReadModule(const db::Row& row) {
  TrainingModule m;
  m.id = row.Text(0);
  m.organisation_id = row.Text(1);
  m.name = row.Text(2);
  m.topic = TrainingTopicFromCode(row.Text(3)).value_or(TrainingTopic::kOther);
  m.description = row.Text(4);
  m.refresher_months = OptInt(row, 5);
  m.accredited = row.Int(6) != 0;
  m.accredited_hours = OptInt(row, 7);
  m.awarding_body = row.Text(8);
  m.archived_at = row.OptInt(9);
  m.created_at = row.Int(10);
  return m;
}

TrainingSession ReadSession(const db::Row& row) {
  TrainingSession s;
  s.id = row.Text(0);
  s.organisation_id = row.Text(1);
  s.module_id = row.Text(2);
  s.module_name = row.Text(3);
  s.held_on = ParseDate(row.Text(4)).value_or(Date{});
  s.start_time = row.Text(5);
  s.duration_minutes = static_cast<int>(row.Int(6));
  s.trainer_name = row.Text(7);
  s.location = row.Text(8);
  s.capacity = OptInt(row, 9);
  s.created_by = row.Text(10);
  s.created_at = row.Int(11);
  s.attended_count = static_cast<int>(row.Int(12));
  return s;
}

TrainingCompletion ReadCompletion(const db::Row& row) {
  TrainingCompletion c;
  c.id = row.Text(0);
  c.volunteer_id = row.Text(1);
  c.module_id = row.Text(2);
  c.module_name = row.Text(3);
  c.completed_on = ParseDate(row.Text(4)).value_or(Date{});
  c.source_session_id = row.Text(5);
  c.note = row.Text(6);
  c.recorded_by = row.Text(7);
  c.recorded_at = row.Int(8);
  return c;
}

}  // namespace

void SqlTrainingRepository::InsertModule(db::Transaction& tx, const TrainingModule& m) {
  tx.Execute(kInsertModule, {m.id, m.organisation_id, m.name, std::string(TrainingTopicCode(m.topic)), m.description,
                             OptionalInt(m.refresher_months), static_cast<std::int64_t>(m.accredited ? 1 : 0),
                             OptionalInt(m.accredited_hours), m.awarding_body, OptionalMillis(m.archived_at),
                             m.created_at});
}

std::optional<TrainingModule> SqlTrainingRepository::FindModule(db::Transaction& tx, const std::string& module_id) {
  auto row = tx.QueryOne(std::string(kModuleSelect) + "WHERE id = $1", {module_id});
  if (!row) return std::nullopt;
  return ReadModule(*row);
}

std::vector<TrainingModule> SqlTrainingRepository::Modules(db::Transaction& tx, const std::string& organisation_id,
                                                           bool include_archived) {
  std::vector<TrainingModule> out;
  const std::string where = include_archived ? "WHERE organisation_id = $1 "
                                             : "WHERE organisation_id = $1 AND archived_at IS NULL ";
  for (const auto& row : tx.Query(std::string(kModuleSelect) + where + "ORDER BY name, id", {organisation_id}))
    out.push_back(ReadModule(row));
  return out;
}

void SqlTrainingRepository::InsertSession(db::Transaction& tx, const TrainingSession& s) {
  tx.Execute(kInsertSession, {s.id, s.organisation_id, s.module_id, IsoDate(s.held_on), s.start_time,
                              static_cast<std::int64_t>(s.duration_minutes), s.trainer_name, s.location,
                              OptionalInt(s.capacity), s.created_by, s.created_at});
}

std::optional<TrainingSession> SqlTrainingRepository::FindSession(db::Transaction& tx, const std::string& session_id) {
  auto row = tx.QueryOne(std::string(kSessionSelect) + "WHERE s.id = $1", {session_id});
  if (!row) return std::nullopt;
  return ReadSession(*row);
}

std::vector<TrainingSession> SqlTrainingRepository::Sessions(db::Transaction& tx, const std::string& organisation_id) {
  std::vector<TrainingSession> out;
  for (const auto& row : tx.Query(std::string(kSessionSelect) +
                                      "WHERE s.organisation_id = $1 ORDER BY s.held_on DESC, s.start_time DESC, s.id",
                                  {organisation_id}))
    out.push_back(ReadSession(row));
  return out;
}

void SqlTrainingRepository::SetAttendance(db::Transaction& tx, const TrainingAttendance& a) {
  tx.Execute(kDeleteAttendance, {a.session_id, a.volunteer_id});
  tx.Execute(kInsertAttendance, {a.session_id, a.volunteer_id, static_cast<std::int64_t>(a.attended ? 1 : 0),
                                 a.recorded_by, a.recorded_at});
}

void SqlTrainingRepository::DeleteAttendance(db::Transaction& tx, const std::string& session_id,
                                             const std::string& volunteer_id) {
  tx.Execute(kDeleteAttendance, {session_id, volunteer_id});
}

std::vector<TrainingAttendance> SqlTrainingRepository::Attendance(db::Transaction& tx, const std::string& session_id) {
  std::vector<TrainingAttendance> out;
  for (const auto& row : tx.Query(kAttendanceSelect, {session_id}))
    out.push_back({row.Text(0), row.Text(1), row.Int(2) != 0, row.Text(3), row.Int(4)});
  return out;
}

std::vector<TrainingSession> SqlTrainingRepository::AttendedBy(db::Transaction& tx, const std::string& volunteer_id) {
  std::vector<TrainingSession> out;
  for (const auto& row : tx.Query(std::string(kSessionSelect) + kAttendedBy, {volunteer_id}))
    out.push_back(ReadSession(row));
  return out;
}

void SqlTrainingRepository::InsertCompletion(db::Transaction& tx, const TrainingCompletion& c) {
  tx.Execute(kInsertCompletion, {c.id, c.volunteer_id, c.module_id, IsoDate(c.completed_on),
                                 TextOrNull(c.source_session_id), c.note, c.recorded_by, c.recorded_at});
}

void SqlTrainingRepository::DeleteSessionCompletion(db::Transaction& tx, const std::string& session_id,
                                                    const std::string& volunteer_id) {
  tx.Execute(kDeleteSessionCompletion, {session_id, volunteer_id});
}

std::vector<TrainingCompletion> SqlTrainingRepository::CompletionsOf(db::Transaction& tx,
                                                                     const std::string& volunteer_id) {
  std::vector<TrainingCompletion> out;
  for (const auto& row : tx.Query(std::string(kCompletionSelect) +
                                      "WHERE c.volunteer_id = $1 ORDER BY c.completed_on DESC, c.recorded_at DESC, c.id",
                                  {volunteer_id}))
    out.push_back(ReadCompletion(row));
  return out;
}

std::vector<TrainingCompletion> SqlTrainingRepository::CompletionsIn(db::Transaction& tx,
                                                                     const std::vector<std::string>& organisation_ids) {
  db::Params params;
  const auto in = BindList(params, organisation_ids);
  std::vector<TrainingCompletion> out;
  for (const auto& row :
       tx.Query(std::string(kCompletionSelect) +
                    "JOIN volunteers v ON v.id = c.volunteer_id WHERE v.organisation_id IN (" + in +
                    ") ORDER BY c.completed_on DESC, c.recorded_at DESC, c.id",
                params))
    out.push_back(ReadCompletion(row));
  return out;
}

}  // namespace alongside::storage
