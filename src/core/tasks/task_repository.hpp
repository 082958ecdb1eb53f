#pragma once
/// Storage of tasks, programme schedules and sent digests (implemented in storage/tasks/).

#include <optional>
#include <string>
#include <vector>

#include "core/access/policy.hpp"
#include "core/common/page.hpp"
#include "core/families/family.hpp"
#include "core/tasks/task.hpp"
#include "core/tasks/task_schedule.hpp"
#include "db/database.hpp"

namespace alongside {

/// What a refresh needs to know about one family.
struct FamilyScheduleRecord {
  std::string family_id;
  std::string organisation_id;
  std::string supporter_user_id;  ///< empty when unassigned
  FamilyStatus status = FamilyStatus::kOpen;
  Millis created_at = 0;
  std::vector<BabyDates> babies;
  std::optional<Date> last_contact_date;
  std::optional<Date> plan_saved_on;
  std::optional<Date> plan_review_date;
};

/// Someone who may hold a family's task: a supporter or coordinator of the programme.
struct TaskHolder {
  std::string user_id;
  std::string name;
};

class TaskRepository {
 public:
  virtual ~TaskRepository() = default;
  /// Open tasks first by due date, then the rest newest first. `shared_only`: only those
  /// shared with the family.
  virtual std::vector<Task> ListForFamily(db::Transaction& tx, const std::string& family_id, bool shared_only) = 0;
  virtual std::optional<Task> Find(db::Transaction& tx, const std::string& family_id, const std::string& task_id) = 0;
  virtual void Insert(db::Transaction& tx, const Task& task) = 0;
  /// Writes every changeable column (title, due, holder, sharing, status, completion).
  virtual void Update(db::Transaction& tx, const Task& task) = 0;
  /// Sets families.next_task_title/next_task_due to the family's earliest open task.
  virtual void UpdateNextTask(db::Transaction& tx, const std::string& family_id) = 0;
  /// Open tasks due on or before `due_by` (all when empty) that this person holds or
  /// nobody holds, in open families within `scope`; overdue first (earliest due first).
  virtual Page<TaskOfFamily> ListOpenForWorker(db::Transaction& tx, const std::string& user_id,
                                               const ListScope& scope, const std::optional<Date>& due_by,
                                               const PageRequest& page) = 0;
  virtual std::optional<FamilyScheduleRecord> FindScheduleRecord(db::Transaction& tx,
                                                                 const std::string& family_id) = 0;
  /// The family's name for lists (the first caregiver's), "" when unknown.
  virtual std::string FamilyName(db::Transaction& tx, const std::string& family_id) = 0;
  /// Ids of every open family, for the daily refresh.
  virtual std::vector<std::string> OpenFamilyIds(db::Transaction& tx) = 0;
  /// Ids of the open families of one programme, when its schedule changes.
  virtual std::vector<std::string> OpenFamilyIdsOf(db::Transaction& tx, const std::string& organisation_id) = 0;
  /// Peer supporters and coordinators of the organisation who can sign in.
  virtual std::vector<TaskHolder> HoldersOf(db::Transaction& tx, const std::string& organisation_id) = 0;
};

class ScheduleRepository {
 public:
  virtual ~ScheduleRepository() = default;
  virtual std::optional<ProgrammeSchedule> Find(db::Transaction& tx, const std::string& organisation_id) = 0;
  virtual void Save(db::Transaction& tx, const std::string& organisation_id, const ProgrammeSchedule& schedule,
                    const std::string& updated_by, Millis at) = 0;
};

class DigestRepository {
 public:
  virtual ~DigestRepository() = default;
  /// Ids of people who can sign in and hold a peer supporter or coordinator role.
  virtual std::vector<std::string> Recipients(db::Transaction& tx) = 0;
  virtual bool WasSent(db::Transaction& tx, const std::string& user_id, const Date& day) = 0;
  virtual void RecordSent(db::Transaction& tx, const std::string& user_id, const Date& day, Millis at) = 0;
  /// Whether the whole daily job finished on this UK day; recording it twice is harmless.
  virtual bool DailyJobFinished(db::Transaction& tx, const Date& day) = 0;
  virtual void RecordDailyJobFinished(db::Transaction& tx, const Date& day, Millis at) = 0;
};

}  // namespace alongside
