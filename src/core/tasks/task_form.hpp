#pragma once
/// A task added or edited by hand, as typed in a form or sent to the API.

#include <string>
#include <vector>

#include "core/common/errors.hpp"
#include "core/tasks/task.hpp"
#include "core/tasks/task_repository.hpp"

namespace alongside {

struct TaskForm {
  std::string title;
  std::string due_date;          ///< as typed: "14/3/2027", "2027-03-14", ...
  std::string assigned_user_id;  ///< one of the holders, or empty for nobody
  bool shared_with_family = false;
};

/// The checked values of a TaskForm.
struct TaskChange {
  std::string title;
  Date due;
  std::string assigned_user_id;
  bool shared_with_family = false;
};

/// Throws Invalid with a message at each bad field: a title (1-200 characters), a real date
/// no more than two years ago or five years ahead of `today`, and a holder from `holders`.
TaskChange ValidateTaskForm(const TaskForm& form, const std::vector<TaskHolder>& holders, const Date& today);

/// The form's fields filled from a stored task, for editing.
TaskForm FormOf(const Task& task);

}  // namespace alongside
