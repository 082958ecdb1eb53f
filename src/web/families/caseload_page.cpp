#include "core/common/london_time.hpp"
#include "core/families/journey_stage.hpp"
#include "web/common/page_context.hpp"
#include "web/families/family_pages.hpp"

namespace alongside::web {
namespace {

/// The "show" filter's choices; "unassigned" only for those who see the whole programme.
CaseloadFilter FilterFrom(const http::Request& request, std::string& show) {
  CaseloadFilter filter;
  show = request.Query("show");
  if (show == "closed") filter.status = FamilyStatus::kClosed;
  else if (show == "all") filter.status.reset();
  else if (show == "unassigned") filter.unassigned_only = true;
  else show = "open";
  filter.supporter_user_id = request.Query("supporter");
  filter.query = request.Query("q");
  filter.page.page = PageNumber(request);
  return filter;
}

View EntryView(const CaseloadEntry& entry, const Date& today) {
  View item;
  item.set("id", entry.family_id);
  item.set("name", entry.display_name.empty() ? std::string("(no name)") : entry.display_name);
  item.set("postcode", entry.postcode);
  item.set("stage", StageOfFamily(entry.babies, today).label);
  item.set("supporter", entry.supporter_name.empty() ? std::string("Unassigned") : entry.supporter_name);
  item.set("unassigned", entry.supporter_name.empty());
  if (!entry.next_task_title.empty()) {
    View task;
    task.set("title", entry.next_task_title);
    if (entry.next_task_due) {
      task.set("due", FormatDate(*entry.next_task_due));
      task.set("overdue", *entry.next_task_due < today);
    }
    item.set("next_task", task);
  }
  item.set("last_contact", entry.last_contact_at ? FormatLondonDate(*entry.last_contact_at) : "No contact yet");
  View flags{View::type::list};
  if (entry.status == FamilyStatus::kClosed) flags.push_back(View("Closed"));
  if (entry.interpreter_needed) flags.push_back(View("Interpreter needed"));
  for (auto area : entry.focus_areas) flags.push_back(View(std::string(FocusAreaLabel(area))));
  item.set("flags", flags);
  return item;
}

View Choice(const std::string& value, const std::string& text, const std::string& selected) {
  View option;
  option.set("value", value);
  option.set("text", text);
  option.set("selected", value == selected);
  return option;
}

}  // namespace

void AddCaseloadPage(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    std::string show;
    const auto filter = FilterFrom(request, show);
    const auto caseload = services.caseloads.List(actor, filter);
    const Date& today = caseload.today;
    View data;
    View items{View::type::list};
    for (const auto& entry : caseload.page.items) items.push_back(EntryView(entry, today));
    data.set("items", items);
    data.set("has_items", !caseload.page.items.empty());
    data.set("programme_wide", caseload.programme_wide);
    data.set("heading", caseload.programme_wide ? "Families" : "Your caseload");
    data.set("q", filter.query);
    data.set("searching", !filter.query.empty());
    data.set("filtered", !filter.query.empty() || show != "open" || !filter.supporter_user_id.empty());
    data.set("total", std::to_string(caseload.page.total));
    View shows{View::type::list};
    shows.push_back(Choice("open", "Open", show));
    if (caseload.programme_wide) shows.push_back(Choice("unassigned", "Open and waiting for a supporter", show));
    shows.push_back(Choice("closed", "Closed", show));
    shows.push_back(Choice("all", "Open and closed", show));
    data.set("show_options", shows);
    if (caseload.programme_wide) {
      View supporters{View::type::list};
      supporters.push_back(Choice("", "Any supporter", filter.supporter_user_id));
      for (const auto& s : caseload.supporters) supporters.push_back(Choice(s.user_id, s.name, filter.supporter_user_id));
      data.set("supporter_options", supporters);
    }
    data.set("may_create", !services.families.Programmes(actor).empty());
    AddPagination(data, request, caseload.page);
    auto chrome = ChromeFor(request, context, caseload.programme_wide ? "Families" : "Your caseload");
    if (request.Query("done") == "created") chrome.flash = "Family recorded.";
    if (request.Query("done") == "created-awaiting-consent")
      chrome.flash = "Family recorded. They will join your caseload once a coordinator records their consent to support.";
    return views.Page("families/caseload", data, chrome);
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
