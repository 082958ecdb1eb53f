#include "core/common/text.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/matching/matching_pages.hpp"
#include "web/needs/needs_view.hpp"
#include "web/programme/volunteer_tabs.hpp"
#include "web/programme/volunteer_view.hpp"

namespace alongside::web {
namespace {

View Totals(const ActivityTotals& t) {
  View v;
  v.set("label", t.label);
  v.set("this_month", FormatMinutes(t.this_month));
  v.set("last_12_months", FormatMinutes(t.last_12_months));
  v.set("all_time", FormatMinutes(t.all_time));
  return v;
}

View HoursView(const HoursGiven& hours) {
  View data;
  View rows{View::type::list};
  for (const auto& a : hours.by_activity) rows.push_back(Totals(a));
  data.set("by_activity", rows);
  data.set("total", Totals(hours.total));
  View years{View::type::list};
  for (const auto& y : hours.by_year) {
    View item;
    item.set("year", std::to_string(y.year));
    item.set("label", y.label);
    item.set("minutes", FormatMinutes(y.minutes));
    years.push_back(item);
  }
  data.set("by_year", years);
  data.set("has_years", !hours.by_year.empty());
  return data;
}

Options TimeActivityOptions() {
  Options out{{"", "Select what the time was for"}};
  for (auto a : AllTimeActivities()) out.emplace_back(std::string(TimeActivityCode(a)), std::string(TimeActivityLabel(a)));
  return out;
}

http::Response HoursPage(Services& services, const Views& views, const http::Request& request,
                         const http::RequestContext& context, const std::string& id, const TimeForm& input,
                         std::vector<FieldError> errors) {
  const auto hours = services.volunteer_activity.Hours(context.RequireActor(), id);
  auto data = VolunteerSummary(hours.volunteer, hours.today);
  data.set("tabs", VolunteerTabs(id, "hours"));
  data.set("volunteer_id", id);
  data.set("hours", HoursView(hours.hours));
  View entries{View::type::list};
  for (const auto& e : hours.entries) {
    View item;
    item.set("id", e.id);
    item.set("activity", std::string(TimeActivityLabel(e.activity)));
    item.set("date", FormatDate(e.on_date));
    item.set("minutes", FormatMinutes(e.minutes));
    item.set("note", e.note);
    item.set("by_hand", e.source_type.empty());
    entries.push_back(item);
  }
  data.set("entries", entries);
  data.set("has_entries", !hours.entries.empty());
  FormView fields(errors);
  fields.Select("activity", "What was the time for?", TimeActivityOptions(), input.activity,
                "Contacts with families are counted from your contact records");
  fields.Text("on_date", "Date", "date", input.on_date);
  fields.Text("minutes", "How long, in minutes", "text", input.minutes, {.hint = "For example, 90 for an hour and a half", .width = "4"});
  fields.Text("note", "Note (optional)", "text", input.note, {.hint = "For example, the Tuesday bumps and babies group"});
  fields.ApplyTo(data);
  auto chrome = ChromeFor(request, context, "Hours given - " + hours.volunteer.name);
  chrome.has_errors = !errors.empty();
  const auto done = request.Query("done");
  if (done == "logged") chrome.flash = "Time logged.";
  else if (done == "removed") chrome.flash = "Time entry removed.";
  return views.Page("matching/hours", std::move(data), chrome, errors.empty() ? 200 : 422);
}

http::Response AvailabilityPage(Services& services, const Views& views, const http::Request& request,
                                const http::RequestContext& context, const std::string& id,
                                const AvailabilityForm& input, std::vector<FieldError> errors) {
  const auto volunteer = services.volunteer_activity.Availability(context.RequireActor(), id);
  auto data = VolunteerSummary(volunteer, services.volunteer_activity.Today());
  data.set("tabs", VolunteerTabs(id, "availability"));
  Options slots, lived;
  for (const auto& c : AvailabilitySlotChoices()) slots.emplace_back(std::string(c.code), std::string(c.label));
  for (const auto& c : LivedExperienceChoices()) lived.emplace_back(std::string(c.code), std::string(c.label));
  data.set("availability", CheckboxGroup("availability", "When are you usually free?",
                                         "Tick every time of the week you could see or call a family", slots,
                                         input.availability, errors));
  data.set("lived_experience", CheckboxGroup("lived_experience", "Lived experience you are happy to share",
                                             "Families can be matched with someone who has been there too", lived,
                                             input.lived_experience, errors));
  FormView fields(errors);
  fields.Text("max_families", "How many families can you support at once?", "text", input.max_families,
              {.hint = "From 0 to 6. 0 means not taking new families for now", .width = "2"});
  fields.Text("languages", "Languages you speak", "text", input.languages,
              {.hint = "Separate them with commas, like English, Polish"});
  fields.ApplyTo(data);
  auto chrome = ChromeFor(request, context, "Availability - " + volunteer.name);
  chrome.has_errors = !errors.empty();
  if (request.Query("done") == "saved") chrome.flash = "Availability saved.";
  return views.Page("matching/availability", std::move(data), chrome, errors.empty() ? 200 : 422);
}

AvailabilityForm FormOf(const Volunteer& v) {
  std::string languages;
  for (const auto& l : v.languages) languages += (languages.empty() ? "" : ", ") + l;
  return {v.availability, std::to_string(v.max_families), languages, v.lived_experience};
}

}  // namespace

void AddHoursGivenPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/programme/volunteers/{id}/hours", [&services, &views](http::Request& request,
                                                                             http::RequestContext& context) {
    return HoursPage(services, views, request, context, request.PathParam("id"), {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/volunteers/{id}/hours", [&services, &views](http::Request& request,
                                                                              http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const TimeForm input{context.form.Get("activity"), context.form.Get("on_date"), context.form.Get("minutes"),
                         context.form.Get("note")};
    try {
      services.volunteer_activity.LogTime(context.RequireActor(), id, input);
    } catch (const Invalid& invalid) {
      return HoursPage(services, views, request, context, id, input, invalid.errors());
    }
    return http::Response::Redirect(VolunteerPath(id, "/hours") + "?done=logged");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/volunteers/{id}/time/{entry_id}/remove", [&services, &views](
                                                                              http::Request& request,
                                                                              http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const auto entry_id = request.PathParam("entry_id");
    const auto hours = services.volunteer_activity.Hours(context.RequireActor(), id);
    const auto entry = std::find_if(hours.entries.begin(), hours.entries.end(),
                                    [&](const TimeEntry& e) { return e.id == entry_id && e.source_type.empty(); });
    if (entry == hours.entries.end()) throw NotFound("Time entry not found");
    View data;
    data.set("volunteer_id", id);
    data.set("name", hours.volunteer.name);
    data.set("entry_id", entry_id);
    data.set("activity", std::string(TimeActivityLabel(entry->activity)));
    data.set("date", FormatDate(entry->on_date));
    data.set("minutes", FormatMinutes(entry->minutes));
    auto chrome = ChromeFor(request, context, "Remove this time?");
    chrome.back_link = VolunteerPath(id, "/hours");
    return views.Page("matching/remove_time", std::move(data), chrome);
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/volunteers/{id}/time/{entry_id}/remove", [&services](http::Request& request,
                                                                                       http::RequestContext& context) {
    const auto id = request.PathParam("id");
    services.volunteer_activity.RemoveTime(context.RequireActor(), id, request.PathParam("entry_id"));
    return http::Response::Redirect(VolunteerPath(id, "/hours") + "?done=removed");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/volunteers/{id}/availability", [&services, &views](http::Request& request,
                                                                                    http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const auto v = services.volunteer_activity.Availability(context.RequireActor(), id);
    return AvailabilityPage(services, views, request, context, id, FormOf(v), {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/volunteers/{id}/availability", [&services, &views](http::Request& request,
                                                                                     http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const AvailabilityForm input{context.form.GetAll("availability"), context.form.Get("max_families"),
                                 context.form.Get("languages"), context.form.GetAll("lived_experience")};
    try {
      services.volunteer_activity.UpdateAvailability(context.RequireActor(), id, input);
    } catch (const Invalid& invalid) {
      return AvailabilityPage(services, views, request, context, id, input, invalid.errors());
    }
    return http::Response::Redirect(VolunteerPath(id, "/availability") + "?done=saved");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/volunteers/{id}/record-of-service", [&services, &views](
                                                                          http::Request& request,
                                                                          http::RequestContext& context) {
    const auto record = services.volunteer_activity.ServiceRecord(context.RequireActor(), request.PathParam("id"));
    auto data = HoursView(record.hours);
    data.set("volunteer_id", record.volunteer.id);
    data.set("name", record.volunteer.name);
    data.set("role", record.volunteer.programme_role_name);
    data.set("programme", record.programme_name);
    std::string coordinators;
    for (const auto& c : record.coordinators) coordinators += (coordinators.empty() ? "" : ", ") + c;
    data.set("coordinators", coordinators);
    data.set("active_since", record.volunteer.active_since ? FormatDate(*record.volunteer.active_since) : "");
    data.set("issued_on", FormatDate(record.issued_on));
    View positions{View::type::list};
    for (const auto& p : record.positions) {
      View item;
      item.set("position", std::string(PathwayPositionLabel(p.position)));
      item.set("from", FormatDate(p.started_on));
      item.set("to", p.ended_on ? FormatDate(*p.ended_on) : std::string("now"));
      positions.push_back(item);
    }
    data.set("positions", positions);
    data.set("has_positions", !record.positions.empty());
    View training{View::type::list};
    for (const auto& t : record.training) {
      View item;
      item.set("name", t.module_name);
      item.set("date", FormatDate(t.completed_on));
      item.set("accredited", t.accredited);
      item.set("awarding_body", t.awarding_body);
      training.push_back(item);
    }
    data.set("training", training);
    data.set("has_training", !record.training.empty());
    auto chrome = ChromeFor(request, context, "Record of service - " + record.volunteer.name);
    chrome.back_link = VolunteerPath(record.volunteer.id, "/hours");
    return views.Page("matching/record_of_service", std::move(data), chrome);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/hours", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto months = services.volunteer_activity.ProgrammeHours(context.RequireActor());
    View data;
    View heads{View::type::list};
    if (!months.empty())
      for (const auto& a : months.front().by_activity) heads.push_back(View(a.label));
    data.set("activities", heads);
    View rows{View::type::list};
    for (const auto& m : months) {
      View row;
      row.set("month", FormatMonth(m.month));
      View cells{View::type::list};
      for (const auto& a : m.by_activity) cells.push_back(View(FormatMinutes(a.this_month)));
      row.set("cells", cells);
      row.set("total", FormatMinutes(m.total));
      rows.push_back(row);
    }
    data.set("months", rows);
    auto chrome = ChromeFor(request, context, "Hours given in the programme");
    chrome.back_link = "/programme";
    return views.Page("matching/programme_hours", std::move(data), chrome);
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
