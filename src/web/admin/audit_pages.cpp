#include "core/common/london_time.hpp"
#include "web/admin/admin_pages.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"

namespace alongside::web {

void AddAuditPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/admin/audit", [&services, &views](http::Request& request, http::RequestContext& context) {
    AuditFilter filter;
    filter.action = request.Query("action").substr(0, 100);
    filter.record_id = request.Query("record_id").substr(0, 100);
    filter.outcome = request.Query("outcome");
    if (filter.outcome != "allowed" && filter.outcome != "refused" && filter.outcome != "failed") filter.outcome.clear();
    filter.page.page = PageNumber(request);
    filter.page.page_size = 50;
    const auto page = services.audit.List(context.RequireActor(), filter);
    View data;
    View items{View::type::list};
    for (const auto& entry : page.items) {
      View item;
      item.set("when", FormatLondonDateTime(entry.at));
      item.set("who", entry.actor_name.empty() ? (entry.actor_user_id.empty() ? "Not signed in" : entry.actor_user_id)
                                               : entry.actor_name);
      item.set("action", entry.action);
      item.set("record_type", entry.record_type);
      item.set("record_id", entry.record_id);
      item.set("outcome", entry.outcome);
      item.set("request_id", entry.request_id);
      items.push_back(item);
    }
    data.set("items", items);
    data.set("has_items", !page.items.empty());
    data.set("total", std::to_string(page.total));
    View f;
    f.set("action", filter.action);
    f.set("record_id", filter.record_id);
    data.set("filter", f);
    FormView form;
    form.Select("outcome", "Outcome", {{"", "Any"}, {"allowed", "Allowed"}, {"refused", "Refused"}, {"failed", "Failed"}},
                filter.outcome);
    View fields;
    form.ApplyTo(fields);
    data.set("outcome_field", *fields.get("fields")->get("outcome"));
    AddPagination(data, request, page);
    return views.Page("admin/audit", data, ChromeFor(request, context, "Audit log"));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
