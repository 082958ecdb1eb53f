#pragma once
/// Each peer support programme's schedule of reminders (task_schedule.hpp).
///
/// Who: the programme's coordinators read and change it; its peer supporters read it.
/// The access policy has no resource for a programme's settings yet, so this service
/// decides from the roles held in peer support programmes (see ProgrammeOf); when the
/// policy gains one, ProgrammeOf is the one place to change. Changing the schedule
/// re-plans the programme's open families at once, in the same transaction.

#include <string>

#include "core/audit/audit_log.hpp"
#include "core/common/clock.hpp"
#include "core/tasks/task_repository.hpp"
#include "core/tasks/task_service.hpp"

namespace alongside {

struct ProgrammeScheduleView {
  std::string organisation_id;
  std::string organisation_name;
  ProgrammeSchedule schedule;
  bool may_change = false;
};

class ScheduleService {
 public:
  ScheduleService(db::Database& database, ScheduleRepository& schedules, TaskRepository& tasks,
                  TaskService& task_service, AuditLog& audit, const Clock& clock)
      : database_(database), schedules_(schedules), tasks_(tasks), task_service_(task_service), audit_(audit),
        clock_(clock) {}

  /// The schedule of the actor's programme; AccessRefused for anyone outside one.
  ProgrammeScheduleView Get(const Actor& actor);
  /// Throws Invalid with a message per field, AccessRefused unless a coordinator.
  ProgrammeScheduleView Save(const Actor& actor, const ScheduleForm& form);

 private:
  db::Database& database_;
  ScheduleRepository& schedules_;
  TaskRepository& tasks_;
  TaskService& task_service_;
  AuditLog& audit_;
  const Clock& clock_;
};

}  // namespace alongside
