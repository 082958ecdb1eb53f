#include "web/common/page_context.hpp"
#include "web/tasks/task_pages.hpp"
#include "web/tasks/task_view.hpp"

namespace alongside::web {

void AddMyTasksPage(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/tasks", [&services, &views](http::Request& request, http::RequestContext& context) {
    PageRequest page_request;
    page_request.page = PageNumber(request);
    const auto page = services.tasks.MyTasks(context.RequireActor(), page_request);
    const Date today = services.tasks.Today();
    View items{View::type::list};
    int overdue = 0;
    for (const auto& item : page.items) {
      View row = TaskView(item.task, today);
      row.set("family_name", item.family_display_name.empty() ? std::string("(no name yet)") : item.family_display_name);
      if (item.task.OverdueOn(today)) ++overdue;
      items.push_back(row);
    }
    View data;
    data.set("items", items);
    data.set("has_items", !page.items.empty());
    data.set("total", std::to_string(page.total));
    data.set("overdue_count", std::to_string(overdue));
    data.set("has_overdue", overdue > 0);
    AddPagination(data, request, page);
    bool in_programme = false;
    for (const auto& grant : context.RequireActor().grants)
      if (grant.organisation_kind == "peer_support_programme") in_programme = true;
    data.set("in_programme", in_programme);
    return views.Page("tasks/my_tasks", data, ChromeFor(request, context, "Your tasks"));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
