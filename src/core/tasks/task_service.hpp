#pragma once
/// A family's tasks and reminders, and the worker's own list across families.
///
/// Every family call goes through FamilyAccess: reading needs the family's read permission
/// (a family member's own account sees only the tasks shared with the family); adding and
/// editing need its update permission on an open family that agrees to support
/// (RequireWork); completing and cancelling need update permission. Reads and writes are
/// audited in the same transaction. families.next_task_title/next_task_due always mirror
/// the earliest open task, changed in the same transaction as the task.

#include "core/families/family_reminders.hpp"
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/audit/audit_log.hpp"
#include "core/common/clock.hpp"
#include "core/families/family_access.hpp"
#include "core/tasks/task_form.hpp"
#include "core/tasks/task_repository.hpp"

namespace alongside {

/// A family's tasks as this actor may see them.
struct FamilyTasks {
  std::string family_name;
  std::vector<Task> open;      ///< earliest due first
  std::vector<Task> finished;  ///< done or cancelled, newest first
  Date today;
  bool shared_view = false;  ///< a family member's view: only tasks shared with the family
  bool may_change = false;   ///< may complete, cancel and edit
  bool may_add = false;      ///< may add a task now (open, consented, permitted)
  std::vector<TaskHolder> holders;  ///< who may hold a new task, when may_add
  std::string supporter_user_id;    ///< the family's supporter: a new task's holder by default
};

/// One task with what its edit form needs.
struct TaskToEdit {
  std::string family_name;
  Task task;
  std::vector<TaskHolder> holders;
};

class TaskService final : public FamilyReminders {
 public:
  void Refresh(db::Transaction& tx, const std::string& family_id) override { RefreshFamily(tx, family_id); }
  TaskService(db::Database& database, TaskRepository& tasks, ScheduleRepository& schedules, FamilyAccess& access,
              const Clock& clock)
      : database_(database), tasks_(tasks), schedules_(schedules), access_(access), clock_(clock) {}

  FamilyTasks ListForFamily(const Actor& actor, const std::string& family_id);
  /// Who may hold the family's tasks, for the add form; refuses like Create would.
  std::vector<TaskHolder> HoldersFor(const Actor& actor, const std::string& family_id);
  /// Adds a task by hand, held by the family's supporter unless the form names someone.
  /// Throws Invalid with a message per field.
  Task Create(const Actor& actor, const std::string& family_id, const TaskForm& form);
  /// An open task added by hand, for its edit form. Generated tasks follow the schedule and
  /// are not edited (Conflict); finished tasks are not edited either (Conflict).
  TaskToEdit GetForEdit(const Actor& actor, const std::string& family_id, const std::string& task_id);
  Task Edit(const Actor& actor, const std::string& family_id, const std::string& task_id, const TaskForm& form);
  /// Marks an open task done (or cancelled). A finished task is a Conflict.
  Task Complete(const Actor& actor, const std::string& family_id, const std::string& task_id);
  Task Cancel(const Actor& actor, const std::string& family_id, const std::string& task_id);

  /// Open tasks the actor holds (or nobody holds) in families the actor reaches; overdue first.
  Page<TaskOfFamily> MyTasks(const Actor& actor, const PageRequest& page);

  /// Brings the family's generated tasks in step with its dates and its programme's
  /// schedule, inside the caller's transaction: one open task per kind, due dates moved,
  /// new ones added, ones no longer called for closed as done, held by the current
  /// supporter. A task already finished for the same due date is not opened again.
  /// Closing a family cancels its open generated tasks. Call after anything that changes
  /// the dates (a submitted contact, a birth, a saved plan, reassignment, closing).
  void RefreshFamily(db::Transaction& tx, const std::string& family_id);
  /// RefreshFamily for every open family, one transaction each; returns how many. Stops
  /// early, between families, once `stopping` returns true.
  int RefreshAllOpenFamilies(const std::function<bool()>& stopping = {});

  /// Today in the UK.
  Date Today() const;

 private:
  Task Finish(const Actor& actor, const std::string& family_id, const std::string& task_id, TaskStatus status);
  Task RequireTask(db::Transaction& tx, const std::string& family_id, const std::string& task_id);

  db::Database& database_;
  TaskRepository& tasks_;
  ScheduleRepository& schedules_;
  FamilyAccess& access_;
  const Clock& clock_;
};

}  // namespace alongside
