#include "web/common/page_context.hpp"
#include "web/contacts/contact_pages.hpp"

namespace alongside::web {
namespace {

View MonthRow(const MonthHours& month) {
  View row;
  row.set("month", FormatMonth(month.month));
  row.set("contacts", std::to_string(month.contacts));
  row.set("hours", FormatMinutes(month.total_minutes));
  return row;
}

}  // namespace

void AddHoursPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/hours", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto mine = services.hours.Mine(actor);
    View data;
    data.set("this_month", MonthRow(mine.this_month));
    View months{View::type::list};
    for (const auto& month : mine.last_12_months) months.push_back(MonthRow(month));
    data.set("months", months);
    data.set("total", FormatMinutes(mine.total_minutes));
    std::vector<FieldError> errors;
    if (services.hours.MaySeeProgramme(actor)) {
      std::string month = request.Query("month");
      if (month.empty()) month = services.hours.ThisMonth();
      if (!IsMonth(month)) {
        errors.push_back({"month", "Enter a month like " + services.hours.ThisMonth()});
        month = services.hours.ThisMonth();
      }
      const auto programme = services.hours.Programme(actor, month);
      View people{View::type::list};
      for (const auto& person : programme.supporters) {
        View row = MonthRow(person.hours);
        row.set("name", person.name);
        people.push_back(row);
      }
      View section;
      section.set("month", month);
      section.set("month_label", FormatMonth(month));
      section.set("people", people);
      section.set("has_people", !programme.supporters.empty());
      section.set("total", FormatMinutes(programme.total_minutes));
      if (!errors.empty()) section.set("error", errors.front().message);
      data.set("programme", section);
    }
    View error_list{View::type::list};
    for (const auto& e : errors) {
      View item;
      item.set("field", e.field);
      item.set("message", e.message);
      error_list.push_back(item);
    }
    data.set("has_errors", !errors.empty());
    data.set("error_list", error_list);
    auto chrome = ChromeFor(request, context, "Hours");
    chrome.has_errors = !errors.empty();
    return views.Page("contacts/hours", data, chrome, errors.empty() ? 200 : 422);
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
