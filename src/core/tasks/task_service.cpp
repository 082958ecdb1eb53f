#include "core/tasks/task_service.hpp"

#include <algorithm>
#include <chrono>
#include <thread>

#include "core/common/ids.hpp"

namespace alongside {
namespace {

const Task* OpenOfKind(const std::vector<Task>& tasks, TaskKind kind) {
  for (const auto& task : tasks)
    if (task.open() && task.kind == kind) return &task;
  return nullptr;
}

bool FinishedFor(const std::vector<Task>& tasks, TaskKind kind, const Date& due) {
  return std::any_of(tasks.begin(), tasks.end(),
                     [&](const Task& t) { return !t.open() && t.kind == kind && t.due == due; });
}

const ScheduledTask* Wanted(const std::vector<ScheduledTask>& wanted, TaskKind kind) {
  for (const auto& task : wanted)
    if (task.kind == kind) return &task;
  return nullptr;
}

}  // namespace

Date TaskService::Today() const { return LondonDateOf(clock_.Now()); }

FamilyTasks TaskService::ListForFamily(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  FamilyTasks result;
  result.family_name = tasks_.FamilyName(*tx, family_id);
  result.today = Today();
  result.may_change = access_.Allows(facts, actor, Resource::kFamily, Action::kUpdate);
  result.shared_view = !result.may_change;
  result.may_add = result.may_change && facts.status == FamilyStatus::kOpen && facts.support_consent;
  if (result.may_add) {
    result.holders = tasks_.HoldersOf(*tx, facts.organisation_id);
    result.supporter_user_id = facts.supporter_user_id;
  }
  for (auto& task : tasks_.ListForFamily(*tx, family_id, result.shared_view))
    (task.open() ? result.open : result.finished).push_back(std::move(task));
  access_.audit().Record(*tx, actor, "task.list", "family", family_id);
  tx->Commit();
  return result;
}

std::vector<TaskHolder> TaskService::HoldersFor(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin(db::TxMode::kRead);
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  auto holders = tasks_.HoldersOf(*tx, facts.organisation_id);
  tx->Commit();
  return holders;
}

Task TaskService::Create(const Actor& actor, const std::string& family_id, const TaskForm& form) {
  auto tx = database_.Begin();
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  const auto change = ValidateTaskForm(form, tasks_.HoldersOf(*tx, facts.organisation_id), Today());
  Task task;
  task.created_at = task.updated_at = clock_.Now();
  task.id = NewId(task.created_at);
  task.family_id = family_id;
  task.kind = TaskKind::kManual;
  task.title = change.title;
  task.due = change.due;
  task.assigned_user_id = form.assigned_user_id.empty() ? facts.supporter_user_id : change.assigned_user_id;
  task.shared_with_family = change.shared_with_family;
  task.created_by = actor.user_id;
  tasks_.Insert(*tx, task);
  tasks_.UpdateNextTask(*tx, family_id);
  access_.audit().Record(*tx, actor, "task.create", "family", family_id);
  auto stored = RequireTask(*tx, family_id, task.id);
  tx->Commit();
  return stored;
}

Task TaskService::RequireTask(db::Transaction& tx, const std::string& family_id, const std::string& task_id) {
  auto task = IsUuid(task_id) ? tasks_.Find(tx, family_id, task_id) : std::nullopt;
  if (!task) throw NotFound("Task not found");
  return *task;
}

TaskToEdit TaskService::GetForEdit(const Actor& actor, const std::string& family_id, const std::string& task_id) {
  auto tx = database_.Begin();
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  TaskToEdit result{tasks_.FamilyName(*tx, family_id), RequireTask(*tx, family_id, task_id),
                    tasks_.HoldersOf(*tx, facts.organisation_id)};
  if (result.task.generated())
    throw Conflict("This task follows the programme's schedule. Complete or cancel it instead of editing it.");
  if (!result.task.open()) throw Conflict("This task is finished and can no longer be changed.");
  access_.audit().Record(*tx, actor, "task.read", "family", family_id);
  tx->Commit();
  return result;
}

Task TaskService::Edit(const Actor& actor, const std::string& family_id, const std::string& task_id,
                       const TaskForm& form) {
  auto tx = database_.Begin();
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  auto task = RequireTask(*tx, family_id, task_id);
  if (task.generated())
    throw Conflict("This task follows the programme's schedule. Complete or cancel it instead of editing it.");
  if (!task.open()) throw Conflict("This task is finished and can no longer be changed.");
  const auto change = ValidateTaskForm(form, tasks_.HoldersOf(*tx, facts.organisation_id), Today());
  task.title = change.title;
  task.due = change.due;
  task.assigned_user_id = change.assigned_user_id;
  task.shared_with_family = change.shared_with_family;
  task.updated_at = clock_.Now();
  tasks_.Update(*tx, task);
  tasks_.UpdateNextTask(*tx, family_id);
  access_.audit().Record(*tx, actor, "task.update", "family", family_id);
  auto stored = RequireTask(*tx, family_id, task_id);
  tx->Commit();
  return stored;
}

Task TaskService::Complete(const Actor& actor, const std::string& family_id, const std::string& task_id) {
  return Finish(actor, family_id, task_id, TaskStatus::kDone);
}

Task TaskService::Cancel(const Actor& actor, const std::string& family_id, const std::string& task_id) {
  return Finish(actor, family_id, task_id, TaskStatus::kCancelled);
}

Task TaskService::Finish(const Actor& actor, const std::string& family_id, const std::string& task_id,
                         TaskStatus status) {
  auto tx = database_.Begin();
  access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  auto task = RequireTask(*tx, family_id, task_id);
  if (!task.open()) throw Conflict("This task is already finished.");
  task.status = status;
  task.completed_at = task.updated_at = clock_.Now();
  task.completed_by = actor.user_id;
  task.completed_by_name = actor.name;
  tasks_.Update(*tx, task);
  tasks_.UpdateNextTask(*tx, family_id);
  access_.audit().Record(*tx, actor, status == TaskStatus::kDone ? "task.complete" : "task.cancel", "family",
                         family_id);
  tx->Commit();
  return task;
}

Page<TaskOfFamily> TaskService::MyTasks(const Actor& actor, const PageRequest& page) {
  const auto scope = access_.policy().ScopeForList(actor, Resource::kFamily);
  if (scope.denied || !access_.policy().MayAtAll(actor, Resource::kFamily, Action::kUpdate))
    throw AccessRefused(Resource::kFamily, Action::kList, "");
  auto tx = database_.Begin();
  auto result = tasks_.ListOpenForWorker(*tx, actor.user_id, scope, std::nullopt, page.Normalised());
  access_.audit().Record(*tx, actor, "task.list_mine", "user", actor.user_id);
  tx->Commit();
  return result;
}

void TaskService::RefreshFamily(db::Transaction& tx, const std::string& family_id) {
  const auto record = tasks_.FindScheduleRecord(tx, family_id);
  if (!record) return;
  const auto existing = tasks_.ListForFamily(tx, family_id, false);
  const Millis now = clock_.Now();
  auto close = [&](Task task, TaskStatus status) {
    task.status = status;
    task.completed_at = task.updated_at = now;
    task.completed_by.clear();
    tasks_.Update(tx, task);
  };
  if (record->status != FamilyStatus::kOpen) {
    for (const auto& task : existing)
      if (task.open() && task.generated()) close(task, TaskStatus::kCancelled);
    tasks_.UpdateNextTask(tx, family_id);
    return;
  }
  const auto schedule = schedules_.Find(tx, record->organisation_id).value_or(ProgrammeSchedule{});
  ScheduleFacts facts{LondonDateOf(record->created_at), record->babies, record->last_contact_date,
                      record->plan_saved_on, record->plan_review_date};
  const auto wanted = ScheduledTasks(facts, schedule);
  for (TaskKind kind : GeneratedTaskKinds()) {
    const Task* open = OpenOfKind(existing, kind);
    const ScheduledTask* want = Wanted(wanted, kind);
    if (!want) {
      if (open) close(*open, TaskStatus::kDone);
      continue;
    }
    if (open) {
      if (open->due == want->due && open->title == want->title && open->assigned_user_id == record->supporter_user_id)
        continue;
      Task moved = *open;
      moved.due = want->due;
      moved.title = want->title;
      moved.assigned_user_id = record->supporter_user_id;
      moved.updated_at = now;
      tasks_.Update(tx, moved);
    } else if (!FinishedFor(existing, kind, want->due)) {
      Task task;
      task.id = NewId(now);
      task.family_id = family_id;
      task.kind = kind;
      task.title = want->title;
      task.due = want->due;
      task.assigned_user_id = record->supporter_user_id;
      task.created_at = task.updated_at = now;
      tasks_.Insert(tx, task);
    }
  }
  tasks_.UpdateNextTask(tx, family_id);
}

int TaskService::RefreshAllOpenFamilies(const std::function<bool()>& stopping) {
  std::vector<std::string> ids;
  {
    auto tx = database_.Begin(db::TxMode::kRead);
    ids = tasks_.OpenFamilyIds(*tx);
    tx->Commit();
  }
  // Small batches with a pause between them: on SQLite there is one writer at a time, and
  // people using the site (whose every page writes an audit entry) must not wait behind a
  // job that touches every open family.
  constexpr std::size_t kBatch = 50;
  constexpr auto kPause = std::chrono::milliseconds(20);
  int refreshed = 0;
  for (std::size_t start = 0; start < ids.size(); start += kBatch) {
    if (stopping && stopping()) break;
    auto tx = database_.Begin();
    for (std::size_t i = start; i < std::min(ids.size(), start + kBatch); ++i) {
      RefreshFamily(*tx, ids[i]);
      ++refreshed;
    }
    tx->Commit();
    std::this_thread::sleep_for(kPause);
  }
  return refreshed;
}

}  // namespace alongside
