#pragma once
/// How one task reads on a page: its due date in words, whether it is overdue or due
/// today, who holds it, and how it was finished.

#include "core/tasks/task.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

View TaskView(const Task& task, const Date& today);

}  // namespace alongside::web
