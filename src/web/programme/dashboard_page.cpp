#include "web/programme/dashboard_page.hpp"

#include "core/common/london_time.hpp"
#include "core/programme/expense.hpp"
#include "web/common/page_context.hpp"

namespace alongside::web {

void AddProgrammeDashboardPage(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/programme", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto dashboard = services.programme_dashboard.For(context.RequireActor(), request.Query("programme"));
    View data;
    data.set("programme_name", dashboard.programme.name);
    View pipeline{View::type::list};
    for (const auto& count : dashboard.pipeline) {
      View row;
      row.set("stage", std::string(VolunteerStageLabel(count.stage)));
      row.set("code", std::string(VolunteerStageCode(count.stage)));
      row.set("count", std::to_string(count.count));
      pipeline.push_back(row);
    }
    data.set("pipeline", pipeline);
    data.set("in_pipeline", std::to_string(dashboard.in_pipeline));
    data.set("active", std::to_string(dashboard.active));
    data.set("paused", std::to_string(dashboard.paused));
    View checks{View::type::list};
    for (const auto& check : dashboard.checks_due) {
      View row;
      row.set("id", check.volunteer_id);
      row.set("name", check.name);
      row.set("what", check.what);
      row.set("due", FormatDate(check.due));
      row.set("overdue", check.overdue);
      checks.push_back(row);
    }
    data.set("checks", checks);
    data.set("has_checks", !dashboard.checks_due.empty());

    const Actor& actor = context.RequireActor();
    const auto& programme_id = dashboard.programme.organisation_id;
    View overdue{View::type::list};
    bool any_overdue = false;
    for (const auto& status : services.supervision.Overdue(actor)) {
      if (status.volunteer.organisation_id != programme_id) continue;
      View row;
      row.set("id", status.volunteer.id);
      row.set("name", status.volunteer.name);
      row.set("last", status.due.last ? FormatDate(*status.due.last) : std::string("none yet"));
      if (status.due.next_due) row.set("due", FormatDate(*status.due.next_due));
      overdue.push_back(row);
      any_overdue = true;
    }
    data.set("has_overdue", any_overdue);
    data.set("supervision_overdue", overdue);
    View refreshers{View::type::list};
    bool any_refresher = false;
    for (const auto& due : services.training.RefreshersDue(actor)) {
      if (due.volunteer.organisation_id != programme_id) continue;
      View row;
      row.set("id", due.volunteer.id);
      row.set("name", due.volunteer.name);
      row.set("module", due.module.name);
      row.set("due", FormatDate(due.due_on));
      row.set("overdue", due.overdue);
      refreshers.push_back(row);
      any_refresher = true;
    }
    data.set("has_refreshers", any_refresher);

    const auto matching = services.matching.Summary(actor, programme_id);
    data.set("waiting", matching.waiting == 1 ? std::string("1 family waiting")
                                              : std::to_string(matching.waiting) + " families waiting");
    data.set("free_places", std::to_string(matching.free_places));
    data.set("short_of_places", matching.waiting > matching.free_places);
    if (matching.oldest_since) data.set("oldest_since", FormatLondonDate(*matching.oldest_since));
    const auto expenses = services.expenses.Summary(actor, programme_id);
    data.set("claims_awaiting", expenses.awaiting == 1 ? std::string("1 expense claim awaits")
                                                       : std::to_string(expenses.awaiting) + " expense claims await");
    data.set("claims_total", FormatPence(expenses.awaiting_pence));
    data.set("has_claims", expenses.awaiting > 0);
    data.set("refreshers", refreshers);
    return views.Page("programme/dashboard", data, ChromeFor(request, context, "Programme"));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
