#include "api/tasks/task_api.hpp"

#include "api/common/json_body.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

boost::json::object TaskJson(const Task& task, const Date& today) {
  boost::json::object out{{"id", task.id},
                          {"family_id", task.family_id},
                          {"kind", std::string(TaskKindCode(task.kind))},
                          {"title", task.title},
                          {"due_date", IsoDate(task.due)},
                          {"overdue", task.OverdueOn(today)},
                          {"status", std::string(TaskStatusCode(task.status))},
                          {"shared_with_family", task.shared_with_family}};
  if (task.assigned_user_id.empty()) out["assigned_to"] = nullptr;
  else out["assigned_to"] = boost::json::object{{"id", task.assigned_user_id}, {"name", task.assigned_name}};
  if (task.completed_at) out["finished_at"] = *task.completed_at;
  else out["finished_at"] = nullptr;
  return out;
}

/// A family member's view leaves out who holds a task.
boost::json::object SharedTaskJson(const Task& task, const Date& today) {
  auto out = TaskJson(task, today);
  out.erase("assigned_to");
  return out;
}

bool BoolField(const boost::json::object& object, std::string_view name) {
  const auto* value = object.if_contains(name);
  if (!value || value->is_null()) return false;
  if (!value->is_bool()) throw http::BadRequest("The field " + std::string(name) + " must be true or false");
  return value->as_bool();
}

/// A whole number as text for the schedule's validation; anything else as text it will refuse.
std::string NumberField(const boost::json::object& object, std::string_view name) {
  const auto* value = object.if_contains(name);
  if (!value || value->is_null()) return "";
  if (value->is_int64()) return std::to_string(value->as_int64());
  if (value->is_uint64()) return std::to_string(value->as_uint64());
  if (value->is_string()) return std::string(value->as_string());
  return boost::json::serialize(*value);
}

boost::json::object ScheduleJson(const ProgrammeScheduleView& view) {
  return {{"organisation_id", view.organisation_id},
          {"organisation_name", view.organisation_name},
          {"contact_interval_days", view.schedule.contact_interval_days},
          {"first_contact_week", view.schedule.first_contact_week},
          {"after_birth_days", view.schedule.after_birth_days},
          {"plan_review_weeks", view.schedule.plan_review_weeks},
          {"may_change", view.may_change}};
}

TaskForm ReadTaskForm(const boost::json::object& body) {
  return {StringField(body, "title"), StringField(body, "due_date"), StringField(body, "assigned_user_id"),
          BoolField(body, "shared_with_family")};
}

int PageParam(const http::Request& request, const char* name, int fallback) {
  const auto text = request.Query(name);
  if (text.empty()) return fallback;
  try {
    std::size_t used = 0;
    const int value = std::stoi(text, &used);
    if (used == text.size() && value > 0) return value;
  } catch (const std::exception&) {
  }
  throw http::BadRequest(std::string("The query parameter ") + name + " must be a positive whole number");
}

}  // namespace

void AddTaskApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/families/{id}/tasks", [&services](http::Request& request, http::RequestContext& context) {
    const auto tasks = services.tasks.ListForFamily(context.RequireActor(), request.PathParam("id"));
    boost::json::array items;
    for (const auto* list : {&tasks.open, &tasks.finished})
      for (const auto& task : *list)
        items.push_back(tasks.shared_view ? SharedTaskJson(task, tasks.today) : TaskJson(task, tasks.today));
    return JsonResponse(boost::json::object{{"items", std::move(items)}});
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/tasks", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"title", "due_date", "assigned_user_id", "shared_with_family"});
    const auto task = services.tasks.Create(context.RequireActor(), request.PathParam("id"), ReadTaskForm(body));
    return JsonResponse(TaskJson(task, services.tasks.Today()), 201);
  }, http::Access::kSignedIn);

  routes.Api("PATCH", "/api/v1/families/{id}/tasks/{task_id}",
             [&services](http::Request& request, http::RequestContext& context) {
    const auto body =
        ParseObject(request, {"status", "title", "due_date", "assigned_user_id", "shared_with_family"});
    const Actor& actor = context.RequireActor();
    const auto family_id = request.PathParam("id");
    const auto task_id = request.PathParam("task_id");
    const auto status = StringField(body, "status");
    if (!status.empty() && status != "done" && status != "cancelled")
      throw Invalid("status", "The status can only be changed to done or cancelled");
    std::optional<Task> task;
    if (body.size() > (status.empty() ? 0u : 1u)) task = services.tasks.Edit(actor, family_id, task_id, ReadTaskForm(body));
    if (status == "done") task = services.tasks.Complete(actor, family_id, task_id);
    if (status == "cancelled") task = services.tasks.Cancel(actor, family_id, task_id);
    if (!task) throw http::BadRequest("Send a status, or the fields to change");
    return JsonResponse(TaskJson(*task, services.tasks.Today()));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/tasks", [&services](http::Request& request, http::RequestContext& context) {
    PageRequest page_request;
    page_request.page = PageParam(request, "page", 1);
    page_request.page_size = PageParam(request, "page_size", 25);
    const auto page = services.tasks.MyTasks(context.RequireActor(), page_request.Normalised());
    const Date today = services.tasks.Today();
    boost::json::array items;
    for (const auto& item : page.items) {
      auto json = TaskJson(item.task, today);
      json["family_name"] = item.family_display_name;
      items.push_back(std::move(json));
    }
    return JsonResponse(boost::json::object{
        {"items", std::move(items)}, {"page", page.page}, {"page_size", page.page_size}, {"total", page.total}});
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/programme/schedule", [&services](http::Request&, http::RequestContext& context) {
    return JsonResponse(ScheduleJson(services.schedules.Get(context.RequireActor())));
  }, http::Access::kSignedIn);

  routes.Api("PUT", "/api/v1/programme/schedule", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(
        request, {"contact_interval_days", "first_contact_week", "after_birth_days", "plan_review_weeks"});
    const ScheduleForm form{NumberField(body, "contact_interval_days"), NumberField(body, "first_contact_week"),
                            NumberField(body, "after_birth_days"), NumberField(body, "plan_review_weeks")};
    return JsonResponse(ScheduleJson(services.schedules.Save(context.RequireActor(), form)));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
