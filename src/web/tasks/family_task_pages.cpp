#include "web/families/family_tabs.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/tasks/task_pages.hpp"
#include "web/tasks/task_view.hpp"

namespace alongside::web {
namespace {

TaskForm ReadForm(const http::RequestContext& context) {
  return {context.form.Get("title"), context.form.Get("due_date"), context.form.Get("assigned_user_id"),
          context.form.Get("shared_with_family") == "yes"};
}

std::string TasksPath(const std::string& family_id) { return "/families/" + family_id + "/tasks"; }

/// The fields of the add and edit forms, with what was typed and the messages.
void TaskFormFields(View& data, const TaskForm& input, const std::vector<TaskHolder>& holders,
                    std::vector<FieldError> errors) {
  FormView form(std::move(errors));
  form.Text("title", "What needs doing", "text", input.title);
  form.Text("due_date", "Due by", "text", input.due_date, {.hint = "For example, 14 3 2027", .width = "10"});
  Options people{{"", "Nobody yet"}};
  for (const auto& holder : holders) people.emplace_back(holder.user_id, holder.name);
  form.Select("assigned_user_id", "Who will do it", people, input.assigned_user_id);
  form.ApplyTo(data);
  data.set("shared_checked", input.shared_with_family);
}

std::string FlashFor(const http::Request& request) {
  const auto done = request.Query("done");
  if (done == "added") return "Task added.";
  if (done == "completed") return "Task marked as done.";
  if (done == "cancelled") return "Task cancelled.";
  if (done == "updated") return "Task updated.";
  return "";
}

http::Response FamilyTasksPage(Services& services, const Views& views, const http::Request& request,
                               const http::RequestContext& context, const std::string& family_id,
                               std::optional<TaskForm> input, std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const auto tasks = services.tasks.ListForFamily(actor, family_id);
  View data;
  data.set("family_id", family_id);
  data.set("family_name", tasks.family_name);
  data.set("tabs", FamilyTabs(family_id, "tasks",
                              {.show_sensitive = services.policy.MayAtAll(actor, Resource::kFamilySensitive,
                                                                          Action::kRead) && tasks.may_change}));
  View open{View::type::list};
  for (const auto& task : tasks.open) open.push_back(TaskView(task, tasks.today));
  View finished{View::type::list};
  for (const auto& task : tasks.finished) finished.push_back(TaskView(task, tasks.today));
  data.set("open_tasks", open);
  data.set("finished_tasks", finished);
  data.set("has_open", !tasks.open.empty());
  data.set("has_finished", !tasks.finished.empty());
  data.set("may_change", tasks.may_change);
  data.set("may_add", tasks.may_add);
  data.set("shared_view", tasks.shared_view);
  const bool has_errors = !errors.empty();
  if (tasks.may_add) {
    const TaskForm blank{"", "", tasks.supporter_user_id, false};
    TaskFormFields(data, input.value_or(blank), tasks.holders, std::move(errors));
  }
  auto chrome = ChromeFor(request, context, "Tasks" + (tasks.family_name.empty() ? "" : " - " + tasks.family_name));
  chrome.has_errors = has_errors;
  chrome.flash = FlashFor(request);
  return views.Page("tasks/family_tasks", data, chrome, has_errors ? 422 : 200);
}

http::Response EditTaskPage(Services& services, const Views& views, const http::Request& request,
                            const http::RequestContext& context, const std::string& family_id,
                            const std::string& task_id, std::optional<TaskForm> input, std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const auto edit = services.tasks.GetForEdit(actor, family_id, task_id);
  View data;
  data.set("family_id", family_id);
  data.set("task_id", task_id);
  data.set("family_name", edit.family_name);
  data.set("tabs", FamilyTabs(family_id, "tasks",
                              {.show_sensitive = services.policy.MayAtAll(actor, Resource::kFamilySensitive, Action::kRead)}));
  const bool has_errors = !errors.empty();
  TaskFormFields(data, input.value_or(FormOf(edit.task)), edit.holders, std::move(errors));
  auto chrome = ChromeFor(request, context, "Change a task");
  chrome.back_link = TasksPath(family_id);
  chrome.has_errors = has_errors;
  return views.Page("tasks/edit_task", data, chrome, has_errors ? 422 : 200);
}

}  // namespace

void AddFamilyTaskPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/tasks", [&services, &views](http::Request& request, http::RequestContext& context) {
    return FamilyTasksPage(services, views, request, context, request.PathParam("id"), std::nullopt, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/tasks", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    const auto input = ReadForm(context);
    try {
      services.tasks.Create(context.RequireActor(), family_id, input);
    } catch (const Invalid& invalid) {
      return FamilyTasksPage(services, views, request, context, family_id, input, invalid.errors());
    }
    return http::Response::Redirect(TasksPath(family_id) + "?done=added");
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/tasks/{task_id}/complete",
              [&services](http::Request& request, http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    services.tasks.Complete(context.RequireActor(), family_id, request.PathParam("task_id"));
    return http::Response::Redirect(TasksPath(family_id) + "?done=completed");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/tasks/{task_id}/cancel",
              [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    const auto task_id = request.PathParam("task_id");
    const Actor& actor = context.RequireActor();
    const auto tasks = services.tasks.ListForFamily(actor, family_id);
    if (!tasks.may_change) throw AccessRefused(Resource::kFamily, Action::kUpdate, family_id);
    const Task* task = nullptr;
    for (const auto& t : tasks.open)
      if (t.id == task_id) task = &t;
    if (!task) throw NotFound("Task not found");
    View data = TaskView(*task, tasks.today);
    data.set("family_id", family_id);
    data.set("family_name", tasks.family_name);
    auto chrome = ChromeFor(request, context, "Cancel a task");
    chrome.back_link = TasksPath(family_id);
    return views.Page("tasks/cancel_task", data, chrome);
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/tasks/{task_id}/cancel",
              [&services](http::Request& request, http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    services.tasks.Cancel(context.RequireActor(), family_id, request.PathParam("task_id"));
    return http::Response::Redirect(TasksPath(family_id) + "?done=cancelled");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/tasks/{task_id}/edit",
              [&services, &views](http::Request& request, http::RequestContext& context) {
    return EditTaskPage(services, views, request, context, request.PathParam("id"), request.PathParam("task_id"),
                        std::nullopt, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/tasks/{task_id}/edit",
              [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    const auto task_id = request.PathParam("task_id");
    const auto input = ReadForm(context);
    try {
      services.tasks.Edit(context.RequireActor(), family_id, task_id, input);
    } catch (const Invalid& invalid) {
      return EditTaskPage(services, views, request, context, family_id, task_id, input, invalid.errors());
    }
    return http::Response::Redirect(TasksPath(family_id) + "?done=updated");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
