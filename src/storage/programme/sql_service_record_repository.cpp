#include "storage/programme/sql_service_record_repository.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kTraining =
    "SELECT m.name, m.topic, c.completed_on, m.accredited, m.awarding_body FROM training_completions c "
    "JOIN training_modules m ON m.id = c.module_id WHERE c.volunteer_id = $1 ORDER BY c.completed_on, m.name";
constexpr const char* kProgrammeName = "SELECT name FROM organisations WHERE id = $1";
constexpr const char* kCoordinators =
    "SELECT DISTINCT u.name FROM users u JOIN user_roles r ON r.user_id = u.id "
    "WHERE r.organisation_id = $1 AND r.role = 'coordinator' AND u.disabled_at IS NULL ORDER BY u.name";

}  // namespace

std::vector<CompletedTraining> SqlServiceRecordRepository::Training(db::Transaction& tx,
                                                                    const std::string& volunteer_id) {
  std::vector<CompletedTraining> out;
  for (const auto& row : tx.Query(kTraining, {volunteer_id}))
    out.push_back({row.Text(0), row.Text(1), ParseDate(row.Text(2)).value_or(Date{}), row.Bool(3), row.Text(4)});
  return out;
}

std::string SqlServiceRecordRepository::ProgrammeName(db::Transaction& tx, const std::string& organisation_id) {
  const auto row = tx.QueryOne(kProgrammeName, {organisation_id});
  return row ? row->Text(0) : "";
}

std::vector<std::string> SqlServiceRecordRepository::Coordinators(db::Transaction& tx,
                                                                  const std::string& organisation_id) {
  std::vector<std::string> out;
  for (const auto& row : tx.Query(kCoordinators, {organisation_id})) out.push_back(row.Text(0));
  return out;
}

}  // namespace alongside::storage
