#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/tasks/task_pages.hpp"

namespace alongside::web {
namespace {

http::Response SchedulePage(Services& services, const Views& views, const http::Request& request,
                            const http::RequestContext& context, std::optional<ScheduleForm> input,
                            std::vector<FieldError> errors) {
  const auto current = services.schedules.Get(context.RequireActor());
  const auto values = input.value_or(FormOf(current.schedule));
  const bool has_errors = !errors.empty();
  FormView form(std::move(errors));
  form.Text("contact_interval_days", "Days between contacts", "text", values.contact_interval_days,
            {.hint = "The next contact is due this many days after the last one. Usually 14.", .width = "3"});
  form.Text("first_contact_week", "First contact by week of pregnancy", "text", values.first_contact_week,
            {.hint = "For families who join in pregnancy. Usually 20.", .width = "3"});
  form.Text("after_birth_days", "Contact within days after the birth", "text", values.after_birth_days,
            {.hint = "Usually 7.", .width = "3"});
  form.Text("plan_review_weeks", "Review care plans every (weeks)", "text", values.plan_review_weeks,
            {.hint = "Used when a plan has no review date of its own. Usually 12.", .width = "3"});
  View data;
  form.ApplyTo(data);
  data.set("programme", current.organisation_name);
  data.set("may_change", current.may_change);
  data.set("contact_interval_days", std::to_string(current.schedule.contact_interval_days));
  data.set("first_contact_week", std::to_string(current.schedule.first_contact_week));
  data.set("after_birth_days", std::to_string(current.schedule.after_birth_days));
  data.set("plan_review_weeks", std::to_string(current.schedule.plan_review_weeks));
  auto chrome = ChromeFor(request, context, "Reminder schedule");
  chrome.has_errors = has_errors;
  if (request.Query("done") == "saved") chrome.flash = "Schedule saved. Every open family's reminders now follow it.";
  return views.Page("tasks/schedule", data, chrome, has_errors ? 422 : 200);
}

}  // namespace

void AddSchedulePages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/programme/schedule", [&services, &views](http::Request& request, http::RequestContext& context) {
    return SchedulePage(services, views, request, context, std::nullopt, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/schedule", [&services, &views](http::Request& request, http::RequestContext& context) {
    ScheduleForm input{context.form.Get("contact_interval_days"), context.form.Get("first_contact_week"),
                       context.form.Get("after_birth_days"), context.form.Get("plan_review_weeks")};
    try {
      services.schedules.Save(context.RequireActor(), input);
    } catch (const Invalid& invalid) {
      return SchedulePage(services, views, request, context, input, invalid.errors());
    }
    return http::Response::Redirect("/programme/schedule?done=saved");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
