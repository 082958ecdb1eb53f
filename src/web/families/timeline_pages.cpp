#include "core/common/london_time.hpp"
#include "core/contacts/contact.hpp"
#include "core/contacts/hours.hpp"
#include "core/families/consent.hpp"
#include "web/common/page_context.hpp"
#include "web/contacts/contact_pages.hpp"
#include "web/contacts/contact_view.hpp"

namespace alongside::web {
namespace {

std::string KindLabel(const std::string& code) {
  const auto kind = ContactKindFromCode(code);
  return kind ? std::string(ContactKindLabel(*kind)) : "Contact";
}

/// One sentence about what happened, in words for people.
std::string Describe(const TimelineEntry& e, bool shared_view) {
  namespace ev = timeline_event;
  if (e.event == ev::kFamilyRecorded) return "Family recorded";
  if (e.event == ev::kAssigned) return "Assigned to " + e.detail;
  if (e.event == ev::kStatusChanged) {
    if (e.detail == "open") return "Support reopened";
    const auto reason = ClosingReasonFromCode(e.extra);
    return reason ? "Support closed: " + std::string(ClosingReasonLabel(*reason)) : "Support closed";
  }
  if (e.event == ev::kConsent) {
    const auto kind = ConsentKindFromCode(e.detail);
    const std::string what = kind ? std::string(ConsentKindLabel(*kind)) : e.detail;
    return (e.extra == "given" ? "Consent given: " : "Consent withdrawn: ") + what;
  }
  if (e.event == ev::kContact) {
    std::string text = KindLabel(e.detail);
    if (!shared_view && !e.extra.empty()) text += ", " + FormatMinutes(std::stoll(e.extra));
    return text;
  }
  if (e.event == ev::kSensitiveNote) return "A sensitive note was added";
  if (e.event == ev::kTaskDone) return "Task done: " + e.detail;
  if (e.event == ev::kSignpost) return "Signposted to " + e.detail;
  if (e.event == ev::kGoalSet) return "Goal set: " + e.detail;
  if (e.event == ev::kGoalProgress) return "Progress on the goal: " + e.detail;
  if (e.event == ev::kGoalStatus) {
    const char* how = e.extra == "achieved" ? "Goal achieved: " : e.extra == "changed" ? "Goal changed: " : "Goal let go: ";
    return how + e.detail;
  }
  if (e.event == ev::kPlanVersion) return "Care plan saved (version " + e.detail + ")";
  return e.event;
}

}  // namespace

void AddTimelinePage(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/timeline", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const std::string family_id = request.PathParam("id");
    PageRequest page_request;
    page_request.page = PageNumber(request);
    const auto timeline = services.timeline.Read(actor, family_id, page_request);
    View items{View::type::list};
    for (const auto& entry : timeline.page.items) {
      View item;
      item.set("when", FormatLondonDateTime(entry.at));
      item.set("what", Describe(entry, timeline.shared_view));
      item.set("who", entry.actor_name);
      if (entry.event == timeline_event::kContact && !timeline.shared_view)
        item.set("href", "/families/" + family_id + "/contacts/" + entry.record_id);
      items.push_back(item);
    }
    View data;
    data.set("items", items);
    data.set("has_items", !timeline.page.items.empty());
    data.set("family_name", timeline.family_name);
    data.set("tabs", ContactTabs(services, actor, family_id, "timeline"));
    AddPagination(data, request, timeline.page);
    return views.Page("families/timeline", data, ChromeFor(request, context, "Timeline"));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
