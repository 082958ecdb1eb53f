#pragma once
/// The programme's schedule and the pure rules that turn a family's dates into the tasks
/// the schedule calls for. The service keeps one open task per generated kind per family
/// in step with these (TaskService::RefreshFamily).

#include <optional>
#include <string>
#include <vector>

#include "core/common/errors.hpp"
#include "core/families/calendar_date.hpp"
#include "core/tasks/task.hpp"

namespace alongside {

/// How often a programme sees its families; every programme starts with the defaults.
struct ProgrammeSchedule {
  int contact_interval_days = 14;  ///< next contact due this many days after the last one
  int first_contact_week = 20;     ///< first contact by this week of pregnancy
  int after_birth_days = 7;        ///< a contact within this many days after the birth
  int plan_review_weeks = 12;      ///< a care plan without its own review date is reviewed this often

  friend bool operator==(const ProgrammeSchedule&, const ProgrammeSchedule&) = default;
};

/// The schedule as typed in a form or sent to the API (whole numbers as text).
struct ScheduleForm {
  std::string contact_interval_days;
  std::string first_contact_week;
  std::string after_birth_days;
  std::string plan_review_weeks;
};

/// Throws Invalid with a message at each field that is not a whole number in its range.
ProgrammeSchedule ValidateSchedule(const ScheduleForm& form);
ScheduleForm FormOf(const ProgrammeSchedule& schedule);

/// One baby's dates, as the family record holds them.
struct BabyDates {
  std::optional<Date> due_date;
  std::optional<Date> birth_date;
};

/// What the rules read about one open family.
struct ScheduleFacts {
  Date recorded_on;                        ///< the UK day the family's record was made
  std::vector<BabyDates> babies;
  std::optional<Date> last_contact_date;   ///< the latest submitted contact
  std::optional<Date> plan_saved_on;       ///< the latest care plan version, when there is one
  std::optional<Date> plan_review_date;    ///< that version's own review date, if set
};

/// A task the schedule calls for now.
struct ScheduledTask {
  TaskKind kind;
  std::string title;
  Date due;
};

/// The tasks the schedule calls for, at most one of each generated kind:
/// - first contact: no contact yet and a baby still expected: by week N of the pregnancy
///   (due date minus 40-N weeks), or the day the family was recorded when that is later;
/// - after the birth: the latest birth has had no contact since, and the family was known
///   before the window closed: birth date + D days;
/// - next contact: last contact (or the day recorded) + interval, unless the first contact
///   in pregnancy is what is due;
/// - plan review: the plan's own review date, else saved + M weeks; none without a plan.
std::vector<ScheduledTask> ScheduledTasks(const ScheduleFacts& facts, const ProgrammeSchedule& schedule);

}  // namespace alongside
