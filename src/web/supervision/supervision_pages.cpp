#include "web/supervision/supervision_pages.hpp"

#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/programme/volunteer_tabs.hpp"
#include "web/needs/needs_view.hpp"
#include "web/training/duration_words.hpp"

namespace alongside::web {
namespace {

SupervisionForm ReadSupervisionForm(const http::RequestContext& context, const std::string& volunteer_id) {
  SupervisionForm form;
  form.kind = context.form.Get("kind");
  form.held_on = context.form.Get("held_on");
  form.duration_minutes = context.form.Get("duration_minutes");
  form.volunteer_ids = {volunteer_id};
  for (const auto& other : context.form.GetAll("volunteer_ids")) form.volunteer_ids.push_back(other);
  form.themes = context.form.GetAll("themes");
  form.other_themes = context.form.Get("other_themes");
  form.actions = context.form.Get("actions");
  form.note = context.form.Get("note");
  return form;
}

CheckInForm ReadCheckInForm(const http::RequestContext& context) {
  return {context.form.Get("checked_on"), context.form.Get("score"), context.form.Get("checkin_note"),
          context.form.Get("follow_up") == "yes"};
}

std::string ThemeWords(const SupervisionSession& s) {
  std::string out;
  for (const auto& code : s.themes) out += (out.empty() ? "" : ", ") + std::string(ChoiceLabel(SupervisionThemeChoices(), code));
  if (!s.other_themes.empty()) out += (out.empty() ? "" : ", ") + s.other_themes;
  return out;
}

/// The check-in form's errors carry the service's field names; its note is "checkin_note"
/// on the page so it is not mixed up with the reflective note.
std::vector<FieldError> CheckInErrors(std::vector<FieldError> errors) {
  for (auto& e : errors)
    if (e.field == "note") e.field = "checkin_note";
  return errors;
}

http::Response VolunteerSupervisionPage(Services& services, const Views& views, const http::Request& request,
                                        const http::RequestContext& context, const std::string& volunteer_id,
                                        const SupervisionForm& input, const CheckInForm& check_in,
                                        std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const auto page = services.supervision.ForVolunteer(actor, volunteer_id);
  const auto& v = page.volunteer;
  View data;
  data.set("id", v.id);
  data.set("name", v.name);
  data.set("role", v.programme_role_name.empty() ? std::string("Volunteer") : v.programme_role_name);
  data.set("tabs", VolunteerTabs(v.id, "supervision"));
  data.set("last", page.due.last ? FormatDate(*page.due.last) : std::string("None yet"));
  data.set("has_next", page.due.next_due.has_value());
  if (page.due.next_due) data.set("next", FormatDate(*page.due.next_due));
  data.set("overdue", page.due.overdue);
  data.set("frequency", "Every " + std::to_string(page.gaps.early_days) + " days for the first " +
                            std::to_string(page.gaps.early_weeks) + " weeks after becoming active, then every " +
                            std::to_string(page.gaps.later_days) + " days");
  View sessions{View::type::list};
  for (const auto& e : page.sessions) {
    View item;
    item.set("date", FormatDate(e.session.held_on));
    item.set("kind", std::string(SupervisionKindLabel(e.session.kind)));
    item.set("supervisor", e.session.supervisor_name);
    item.set("duration", DurationWords(e.session.duration_minutes));
    item.set("theme_words", ThemeWords(e.session));
    item.set("has_themes", !ThemeWords(e.session).empty());
    item.set("action_words", e.session.actions);
    item.set("has_actions", !e.session.actions.empty());
    item.set("has_note", e.session.has_note);
    item.set("may_read_note", e.may_read_note);
    if (e.note) item.set("note", e.note->body);
    sessions.push_back(item);
  }
  data.set("sessions", sessions);
  data.set("has_sessions", !page.sessions.empty());
  View check_ins{View::type::list};
  for (const auto& c : page.check_ins) {
    View item;
    item.set("date", FormatDate(c.checked_on));
    item.set("score", std::to_string(c.score));
    item.set("words", std::string(WellbeingLabel(c.score)));
    item.set("note", c.note);
    item.set("follow_up", c.follow_up);
    check_ins.push_back(item);
  }
  data.set("check_ins", check_ins);
  data.set("has_check_ins", !page.check_ins.empty());
  data.set("may_log", page.may_log);
  data.set("may_check_in", page.may_check_in);

  FormView fields(errors);
  if (page.may_log) {
    fields.Select("kind", "Kind of supervision",
                  {{"one_to_one", "One-to-one"}, {"group", "Group"}}, input.kind.empty() ? "one_to_one" : input.kind);
    fields.Text("held_on", "Date of the supervision", "date", input.held_on, {.hint = "For example, 2026-03-14"});
    fields.Text("duration_minutes", "How long it lasted, in minutes", "text", input.duration_minutes,
                {.hint = "For example, 60", .autocomplete = "off", .width = "3"});
    fields.Text("other_themes", "Other themes (optional)", "text", input.other_themes);
    fields.Text("actions", "Actions agreed (optional)", "textarea", input.actions);
    fields.Text("note", "Reflective note (optional, one-to-one only)", "textarea", input.note,
                {.hint = "Only you and " + v.name + " can read this note. Other coordinators cannot."});
    Options others;
    VolunteerFilter filter;
    filter.organisation_ids = {v.organisation_id};
    filter.stage = VolunteerStage::kActive;
    filter.page.page_size = 100;
    for (const auto& other : services.volunteers.List(actor, filter).page.items)
      if (other.id != v.id) others.push_back({other.id, other.name});
    std::vector<std::string> chosen(input.volunteer_ids.begin() + (input.volunteer_ids.empty() ? 0 : 1),
                                    input.volunteer_ids.end());
    auto group = CheckboxGroup("volunteer_ids", "Others who came (a group only)", "", others, chosen, errors);
    data.set("others", group);
    data.set("has_others", !others.empty());
    Options themes;
    for (const auto& t : SupervisionThemeChoices()) themes.push_back({std::string(t.code), std::string(t.label)});
    data.set("themes", CheckboxGroup("themes", "Themes (optional)", "", themes, input.themes, errors));
  }
  if (page.may_check_in) {
    fields.Text("checked_on", "Date of the check-in", "date", check_in.checked_on,
                {.hint = "Leave empty for today"});
    fields.Select("score", "How are they doing?",
                  {{"", "Choose one"}, {"5", "5: Really well"}, {"4", "4: Doing well"}, {"3", "3: Getting by"},
                   {"2", "2: Finding it hard"}, {"1", "1: Struggling"}},
                  check_in.score);
    fields.Text("checkin_note", "Note (optional)", "textarea", check_in.note);
    data.set("follow_up", check_in.follow_up);
  }
  fields.ApplyTo(data);
  auto chrome = ChromeFor(request, context, "Supervision: " + v.name);
  if (page.may_log) chrome.back_link = "/programme/supervision";
  chrome.has_errors = !errors.empty();
  const auto done = request.Query("done");
  if (done == "logged") chrome.flash = "Supervision logged.";
  else if (done == "checkin") chrome.flash = "Check-in recorded.";
  return views.Page("supervision/volunteer", data, chrome, errors.empty() ? 200 : 422);
}

}  // namespace

void AddSupervisionPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/programme/supervision", [&services, &views](http::Request& request,
                                                                   http::RequestContext& context) {
    const auto statuses = services.supervision.Statuses(context.RequireActor());
    View data;
    View items{View::type::list};
    int overdue = 0;
    for (const auto& s : statuses) {
      View item;
      item.set("href", VolunteerPath(s.volunteer.id, "/supervision"));
      item.set("name", s.volunteer.name);
      item.set("role", s.volunteer.programme_role_name);
      item.set("has_role", !s.volunteer.programme_role_name.empty());
      item.set("last", s.due.last ? FormatDate(*s.due.last) : std::string("None yet"));
      item.set("next", s.due.next_due ? FormatDate(*s.due.next_due) : std::string(""));
      item.set("overdue", s.due.overdue);
      if (s.due.overdue) ++overdue;
      items.push_back(item);
    }
    data.set("items", items);
    data.set("has_items", !statuses.empty());
    data.set("overdue_count", std::to_string(overdue));
    data.set("has_overdue", overdue > 0);
    auto chrome = ChromeFor(request, context, "Supervision");
    chrome.back_link = "/programme";
    return views.Page("supervision/list", data, chrome);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/volunteers/{id}/supervision", [&services, &views](http::Request& request,
                                                                                   http::RequestContext& context) {
    return VolunteerSupervisionPage(services, views, request, context, request.PathParam("id"),
                                    {"one_to_one", "", "60", {}, {}, "", "", ""}, {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/volunteers/{id}/supervision", [&services, &views](http::Request& request,
                                                                                    http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const auto input = ReadSupervisionForm(context, id);
    const Actor& actor = context.RequireActor();
    try {
      const auto page = services.supervision.ForVolunteer(actor, id);
      services.supervision.Log(actor, page.volunteer.organisation_id, input);
    } catch (const Invalid& invalid) {
      return VolunteerSupervisionPage(services, views, request, context, id, input, {}, invalid.errors());
    }
    return http::Response::Redirect(VolunteerPath(id, "/supervision?done=logged"));
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/volunteers/{id}/checkins", [&services, &views](http::Request& request,
                                                                                 http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const auto input = ReadCheckInForm(context);
    try {
      services.supervision.CheckIn(context.RequireActor(), id, input);
    } catch (const Invalid& invalid) {
      return VolunteerSupervisionPage(services, views, request, context, id, {"one_to_one", "", "60", {}, {}, "", "", ""},
                                      input, CheckInErrors(invalid.errors()));
    }
    return http::Response::Redirect(VolunteerPath(id, "/supervision?done=checkin"));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
