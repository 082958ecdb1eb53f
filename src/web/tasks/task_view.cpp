#include "web/tasks/task_view.hpp"

#include "core/common/london_time.hpp"

namespace alongside::web {

View TaskView(const Task& task, const Date& today) {
  View item;
  item.set("id", task.id);
  item.set("family_id", task.family_id);
  item.set("title", task.title);
  item.set("kind", std::string(TaskKindLabel(task.kind)));
  item.set("due", FormatDate(task.due));
  item.set("due_iso", IsoDate(task.due));
  item.set("overdue", task.OverdueOn(today));
  item.set("due_today", task.open() && task.due == today);
  item.set("holder", task.assigned_name.empty() ? std::string("Nobody yet") : task.assigned_name);
  item.set("manual", !task.generated());
  item.set("shared", task.shared_with_family);
  item.set("done", task.status == TaskStatus::kDone);
  item.set("cancelled", task.status == TaskStatus::kCancelled);
  if (task.completed_at) item.set("finished_at", FormatLondonDateTime(*task.completed_at));
  item.set("finished_by", task.completed_by.empty() ? std::string("the schedule (no longer needed)")
                                                    : task.completed_by_name);
  return item;
}

}  // namespace alongside::web
