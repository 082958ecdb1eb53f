#include "core/tasks/task_form.hpp"

#include <algorithm>

#include "core/common/text.hpp"

namespace alongside {
namespace {

constexpr std::size_t kMaxTitleLength = 200;
constexpr long kDaysBackAllowed = 2 * 366;
constexpr long kDaysAheadAllowed = 5 * 366;

}  // namespace

TaskChange ValidateTaskForm(const TaskForm& form, const std::vector<TaskHolder>& holders, const Date& today) {
  TaskChange change;
  Validation v;
  change.title = Trim(form.title);
  if (change.title.empty()) v.Add("title", "Enter what needs doing");
  else if (CharCount(change.title) > kMaxTitleLength) v.Add("title", "What needs doing must be 200 characters or fewer");
  else if (HasControlCharacters(change.title)) v.Add("title", "What needs doing must not contain control characters");

  const std::string due_text = Trim(form.due_date);
  const auto due = ParseDate(due_text);
  if (due_text.empty()) v.Add("due_date", "Enter the date it is due");
  else if (!due) v.Add("due_date", "Enter a real date, like 14 3 2027");
  else if (DaysBetween(*due, today) > kDaysBackAllowed) v.Add("due_date", "The date must be within the last two years");
  else if (DaysBetween(today, *due) > kDaysAheadAllowed) v.Add("due_date", "The date must be within the next five years");
  else change.due = *due;

  change.assigned_user_id = Trim(form.assigned_user_id);
  if (!change.assigned_user_id.empty() &&
      std::none_of(holders.begin(), holders.end(),
                   [&](const TaskHolder& h) { return h.user_id == change.assigned_user_id; }))
    v.Add("assigned_user_id", "Select someone from the list");
  change.shared_with_family = form.shared_with_family;
  v.ThrowIfAny();
  return change;
}

TaskForm FormOf(const Task& task) {
  return {task.title, FormatDate(task.due), task.assigned_user_id, task.shared_with_family};
}

}  // namespace alongside
