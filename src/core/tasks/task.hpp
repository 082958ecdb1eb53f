#pragma once
/// A task in a family's support: something someone should do by a day. Most come from the
/// programme's schedule (task_schedule.hpp); workers add others by hand.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/calendar_date.hpp"

namespace alongside {

enum class TaskKind {
  kNextContact,        ///< the next contact is due, some days after the last one
  kPlanReview,         ///< the care plan is due for review
  kFirstContact,       ///< the first contact, by a set week of pregnancy
  kAfterBirthContact,  ///< a contact soon after the birth
  kManual,             ///< added by a worker
};

enum class TaskStatus { kOpen, kDone, kCancelled };

struct Task {
  std::string id;
  std::string family_id;
  TaskKind kind = TaskKind::kManual;
  std::string title;
  Date due;
  std::string assigned_user_id;  ///< empty when nobody holds it
  std::string assigned_name;     ///< filled when read
  bool shared_with_family = false;
  TaskStatus status = TaskStatus::kOpen;
  std::optional<Millis> completed_at;
  std::string completed_by;  ///< empty when the schedule closed it itself
  std::string completed_by_name;
  std::string created_by;
  Millis created_at = 0;
  Millis updated_at = 0;

  bool open() const { return status == TaskStatus::kOpen; }
  bool generated() const { return kind != TaskKind::kManual; }
  /// Open and due before `today` (a UK calendar day).
  bool OverdueOn(const Date& today) const { return open() && due < today; }
};

/// One open task across a worker's families, for /tasks and the digest.
struct TaskOfFamily {
  Task task;
  std::string family_display_name;
};

std::string_view TaskKindCode(TaskKind kind);
std::optional<TaskKind> TaskKindFromCode(std::string_view code);
std::string_view TaskKindLabel(TaskKind kind);
const std::vector<TaskKind>& GeneratedTaskKinds();

std::string_view TaskStatusCode(TaskStatus status);
std::optional<TaskStatus> TaskStatusFromCode(std::string_view code);

}  // namespace alongside
