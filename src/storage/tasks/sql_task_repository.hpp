#pragma once

#include "core/tasks/task_repository.hpp"

namespace alongside::storage {

/// Tasks, and what a refresh reads about a family: its babies (babies), its latest
/// submitted contact (contacts, 0003) and its latest care plan version (care_plan_versions, 0004).
class SqlTaskRepository final : public TaskRepository {
 public:
  std::vector<Task> ListForFamily(db::Transaction& tx, const std::string& family_id, bool shared_only) override;
  std::optional<Task> Find(db::Transaction& tx, const std::string& family_id, const std::string& task_id) override;
  void Insert(db::Transaction& tx, const Task& task) override;
  void Update(db::Transaction& tx, const Task& task) override;
  void UpdateNextTask(db::Transaction& tx, const std::string& family_id) override;
  Page<TaskOfFamily> ListOpenForWorker(db::Transaction& tx, const std::string& user_id, const ListScope& scope,
                                       const std::optional<Date>& due_by, const PageRequest& page) override;
  std::optional<FamilyScheduleRecord> FindScheduleRecord(db::Transaction& tx, const std::string& family_id) override;
  std::string FamilyName(db::Transaction& tx, const std::string& family_id) override;
  std::vector<std::string> OpenFamilyIds(db::Transaction& tx) override;
  std::vector<std::string> OpenFamilyIdsOf(db::Transaction& tx, const std::string& organisation_id) override;
  std::vector<TaskHolder> HoldersOf(db::Transaction& tx, const std::string& organisation_id) override;
};

class SqlScheduleRepository final : public ScheduleRepository {
 public:
  std::optional<ProgrammeSchedule> Find(db::Transaction& tx, const std::string& organisation_id) override;
  void Save(db::Transaction& tx, const std::string& organisation_id, const ProgrammeSchedule& schedule,
            const std::string& updated_by, Millis at) override;
};

class SqlDigestRepository final : public DigestRepository {
 public:
  std::vector<std::string> Recipients(db::Transaction& tx) override;
  bool WasSent(db::Transaction& tx, const std::string& user_id, const Date& day) override;
  void RecordSent(db::Transaction& tx, const std::string& user_id, const Date& day, Millis at) override;
  bool DailyJobFinished(db::Transaction& tx, const Date& day) override;
  void RecordDailyJobFinished(db::Transaction& tx, const Date& day, Millis at) override;
};

}  // namespace alongside::storage
