#include "core/common/london_time.hpp"
#include "web/common/page_context.hpp"
#include "web/families/family_pages.hpp"
#include "web/families/family_tabs.hpp"

namespace alongside::web {
namespace {

/// Sets `key` only when `value` is not empty: a mustache section shows for any string, even "".
void SetIfAny(View& view, const std::string& key, const std::string& value) {
  if (!value.empty()) view.set(key, value);
}

/// A row of a summary list; empty values are left out.
void AddRow(View& rows, const std::string& key, const std::string& value) {
  if (value.empty()) return;
  View row;
  row.set("key", key);
  row.set("value", value);
  rows.push_back(row);
}

std::string DateOrEmpty(const std::optional<Date>& date) { return date ? FormatDate(*date) : ""; }

View CaregiverView(const Caregiver& c) {
  View item;
  item.set("id", c.id);
  item.set("name", c.name);
  View rows{View::type::list};
  AddRow(rows, "Preferred name", c.preferred_name);
  AddRow(rows, "Pronouns", c.pronouns);
  AddRow(rows, "Relationship to the baby", c.relationship_to_baby);
  AddRow(rows, "Date of birth", DateOrEmpty(c.date_of_birth));
  AddRow(rows, "Phone", c.phone);
  AddRow(rows, "Email", c.email);
  AddRow(rows, "Preferred language", c.preferred_language + (c.interpreter_needed ? " (needs an interpreter)" : ""));
  AddRow(rows, "Own account", c.linked_user_id ? "Linked" : "");
  item.set("rows", rows);
  return item;
}

View BabyView(const Baby& b, const JourneyStage& stage) {
  View item;
  item.set("id", b.id);
  item.set("name", b.name.empty() ? std::string(b.born() ? "Baby" : "Expected baby") : b.name);
  item.set("born", b.born());
  View rows{View::type::list};
  AddRow(rows, "Stage", stage.label);
  AddRow(rows, "Due date", DateOrEmpty(b.due_date));
  AddRow(rows, "Birth date", DateOrEmpty(b.birth_date));
  AddRow(rows, "Weeks of pregnancy at birth",
         b.gestation_weeks_at_birth ? std::to_string(*b.gestation_weeks_at_birth) : "");
  AddRow(rows, "Born early", b.born_early ? "Yes" : "");
  AddRow(rows, "Neonatal care", b.neonatal_care ? "Yes" : "");
  AddRow(rows, "Twins or more", b.multiple_birth_group.empty() ? "" : "Yes");
  item.set("rows", rows);
  return item;
}

View HistoryView(const FamilyView& view) {
  View assignments{View::type::list};
  for (const auto& a : view.assignments) {
    View item;
    item.set("supporter", a.supporter_name);
    item.set("from", FormatLondonDate(a.assigned_at));
    item.set("to", a.ended_at ? FormatLondonDate(*a.ended_at) : "now");
    item.set("by", a.assigned_by_name.empty() ? std::string("the system") : a.assigned_by_name);
    assignments.push_back(item);
  }
  return assignments;
}

View StatusHistoryView(const FamilyView& view) {
  View changes{View::type::list};
  for (const auto& c : view.status_changes) {
    View item;
    item.set("what", c.status == FamilyStatus::kClosed ? "Support closed" : "Support reopened");
    item.set("when", FormatLondonDateTime(c.changed_at));
    item.set("by", c.changed_by_name);
    if (c.reason) item.set("reason", std::string(ClosingReasonLabel(*c.reason)));
    SetIfAny(item, "summary", c.summary);
    changes.push_back(item);
  }
  return changes;
}

const char* FlashFor(const std::string& done) {
  if (done == "created") return "Family recorded.";
  if (done == "updated") return "Record updated.";
  if (done == "assigned") return "Supporter assigned.";
  if (done == "closed") return "Support closed.";
  if (done == "reopened") return "Support reopened.";
  return "";
}

}  // namespace

void AddFamilyOverviewPage(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto view = services.families.Get(context.RequireActor(), request.PathParam("id"));
    const auto& record = view.record;
    const auto& family = record.family;
    View data;
    data.set("family_id", family.id);
    data.set("name", record.display_name);
    data.set("tabs", FamilyTabs(family.id, "overview", {.show_sensitive = view.may_read_sensitive}));
    data.set("stage", view.stage.label);
    data.set("closed", !family.open());
    data.set("shared_view", view.shared_view);
    data.set("may_edit", view.may_edit);
    data.set("may_assign", view.may_assign);
    data.set("programme", record.organisation_name);
    SetIfAny(data, "supporter", record.supporter_name);
    data.set("no_consent", !record.support_consent && !view.shared_view);
    View caregivers{View::type::list};
    for (const auto& c : family.caregivers) caregivers.push_back(CaregiverView(c));
    data.set("caregivers", caregivers);
    View babies{View::type::list};
    for (std::size_t i = 0; i < family.babies.size(); ++i)
      babies.push_back(BabyView(family.babies[i], view.baby_stages[i]));
    data.set("babies", babies);
    if (!view.shared_view) {
      View details;
      std::string address = family.address_line_1;
      for (const auto& part : {family.address_line_2, family.town, family.postcode})
        if (!part.empty()) address += (address.empty() ? "" : ", ") + part;
      details.set("address", address);
      View focus{View::type::list};
      for (auto area : family.focus_areas) focus.push_back(View(std::string(FocusAreaLabel(area))));
      details.set("focus_areas", focus);
      details.set("has_focus_areas", !family.focus_areas.empty());
      SetIfAny(details, "strengths", family.strengths);
      data.set("details", details);
      View shared{View::type::list};
      for (const auto& item : record.shared_care) {
        View entry;
        entry.set("id", item.id);
        entry.set("name", item.entry.name);
        SetIfAny(entry, "relationship", item.entry.relationship);
        SetIfAny(entry, "how_they_help", item.entry.how_they_help);
        shared.push_back(entry);
      }
      data.set("shared_care", shared);
      data.set("has_shared_care", !record.shared_care.empty());
      data.set("assignments", HistoryView(view));
      data.set("has_assignments", !view.assignments.empty());
      data.set("status_changes", StatusHistoryView(view));
      data.set("has_status_changes", !view.status_changes.empty());
    }
    auto chrome = ChromeFor(request, context, record.display_name);
    chrome.flash = FlashFor(request.Query("done"));
    return views.Page("families/show", data, chrome);
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
