#include "core/tasks/task.hpp"

namespace alongside {

std::string_view TaskKindCode(TaskKind kind) {
  switch (kind) {
    case TaskKind::kNextContact: return "next_contact";
    case TaskKind::kPlanReview: return "plan_review";
    case TaskKind::kFirstContact: return "first_contact";
    case TaskKind::kAfterBirthContact: return "after_birth_contact";
    case TaskKind::kManual: return "manual";
  }
  return "manual";
}

std::optional<TaskKind> TaskKindFromCode(std::string_view code) {
  for (auto kind : {TaskKind::kNextContact, TaskKind::kPlanReview, TaskKind::kFirstContact,
                    TaskKind::kAfterBirthContact, TaskKind::kManual})
    if (TaskKindCode(kind) == code) return kind;
  return std::nullopt;
}

std::string_view TaskKindLabel(TaskKind kind) {
  switch (kind) {
    case TaskKind::kNextContact: return "Next contact";
    case TaskKind::kPlanReview: return "Care plan review";
    case TaskKind::kFirstContact: return "First contact in pregnancy";
    case TaskKind::kAfterBirthContact: return "Contact after the birth";
    case TaskKind::kManual: return "Other";
  }
  return "Other";
}

const std::vector<TaskKind>& GeneratedTaskKinds() {
  static const std::vector<TaskKind> kinds{TaskKind::kNextContact, TaskKind::kPlanReview, TaskKind::kFirstContact,
                                           TaskKind::kAfterBirthContact};
  return kinds;
}

std::string_view TaskStatusCode(TaskStatus status) {
  switch (status) {
    case TaskStatus::kOpen: return "open";
    case TaskStatus::kDone: return "done";
    case TaskStatus::kCancelled: return "cancelled";
  }
  return "open";
}

std::optional<TaskStatus> TaskStatusFromCode(std::string_view code) {
  for (auto status : {TaskStatus::kOpen, TaskStatus::kDone, TaskStatus::kCancelled})
    if (TaskStatusCode(status) == code) return status;
  return std::nullopt;
}

}  // namespace alongside
