#include "web/training/training_pages.hpp"

#include <algorithm>

#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/programme/volunteer_tabs.hpp"
#include "web/training/duration_words.hpp"

namespace alongside::web {
namespace {

Options TopicOptions() {
  Options out{{"", "Choose a topic"}};
  for (auto topic : AllTrainingTopics()) out.push_back({std::string(TrainingTopicCode(topic)), std::string(TrainingTopicLabel(topic))});
  return out;
}

ModuleForm ReadModuleForm(const http::RequestContext& c) {
  return {c.form.Get("name"), c.form.Get("topic"), c.form.Get("description"), c.form.Get("refresher_months"),
          c.form.Get("accredited") == "yes", c.form.Get("accredited_hours"), c.form.Get("awarding_body")};
}

SessionForm ReadSessionForm(const http::RequestContext& c) {
  return {c.form.Get("module_id"), c.form.Get("held_on"), c.form.Get("start_time"), c.form.Get("duration_minutes"),
          c.form.Get("trainer_name"), c.form.Get("location"), c.form.Get("capacity")};
}

std::string ProgrammeOf(Services& services, const Actor& actor) {
  return services.volunteers.Programmes(actor).front().organisation_id;
}

Options ModuleOptions(const std::vector<TrainingModule>& modules) {
  Options out{{"", "Choose a module"}};
  for (const auto& m : modules) out.push_back({m.id, m.name});
  return out;
}

View SessionItem(const TrainingSession& s) {
  View item;
  item.set("href", "/programme/training/sessions/" + s.id);
  item.set("module", s.module_name);
  item.set("date", FormatDate(s.held_on) + (s.start_time.empty() ? "" : ", " + s.start_time));
  item.set("duration", DurationWords(s.duration_minutes));
  item.set("where", s.location);
  item.set("has_where", !s.location.empty());
  item.set("trainer", s.trainer_name);
  item.set("attended", std::to_string(s.attended_count) + (s.capacity ? " of " + std::to_string(*s.capacity) : ""));
  return item;
}

http::Response TrainingPage(Services& services, const Views& views, const http::Request& request,
                            const http::RequestContext& context, const ModuleForm& input,
                            std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const auto programmes = services.volunteers.Programmes(actor);
  const auto& programme = programmes.front();
  const auto modules = services.training.Modules(actor, programme.organisation_id);
  const auto sessions = services.training.Sessions(actor, programme.organisation_id);
  const auto today = services.training.Today();
  View data;
  data.set("programme_name", programme.name);
  View items{View::type::list};
  for (const auto& m : modules) {
    View item;
    item.set("name", m.name);
    item.set("topic", std::string(TrainingTopicLabel(m.topic)));
    item.set("refresher", m.refresher_months ? "Every " + std::to_string(*m.refresher_months) + " months"
                                             : std::string("No refresher"));
    item.set("accredited", m.accredited);
    item.set("hours", m.accredited_hours ? std::to_string(*m.accredited_hours) : std::string(""));
    item.set("awarding_body", m.awarding_body);
    item.set("has_hours", m.accredited_hours.has_value());
    item.set("has_awarding_body", !m.awarding_body.empty());
    items.push_back(item);
  }
  data.set("modules", items);
  data.set("has_modules", !modules.empty());
  View upcoming{View::type::list}, past{View::type::list};
  for (auto it = sessions.rbegin(); it != sessions.rend(); ++it)
    if (!(it->held_on < today)) upcoming.push_back(SessionItem(*it));
  for (const auto& s : sessions)
    if (s.held_on < today) past.push_back(SessionItem(s));
  data.set("upcoming", upcoming);
  data.set("past", past);
  data.set("has_upcoming", upcoming.is_non_empty_list());
  data.set("has_past", past.is_non_empty_list());
  FormView fields(errors);
  fields.Text("name", "Name of the module", "text", input.name);
  fields.Select("topic", "Topic", TopicOptions(), input.topic);
  fields.Text("description", "What it covers (optional)", "textarea", input.description);
  fields.Text("refresher_months", "Months until a refresher (optional)", "text", input.refresher_months,
              {.hint = "Leave empty when no refresher is needed", .autocomplete = "off", .width = "3"});
  fields.Text("accredited_hours", "Guided learning hours (an accredited course only)", "text", input.accredited_hours,
              {.autocomplete = "off", .width = "3"});
  fields.Text("awarding_body", "Awarding body (optional)", "text", input.awarding_body);
  fields.ApplyTo(data);
  data.set("accredited", input.accredited);
  auto chrome = ChromeFor(request, context, "Training");
  chrome.back_link = "/programme";
  chrome.has_errors = !errors.empty();
  const auto done = request.Query("done");
  if (done == "module") chrome.flash = "Module added.";
  else if (done == "usual") chrome.flash = "The usual modules are in your programme.";
  else if (done == "session") chrome.flash = "Session added.";
  return views.Page("training/index", data, chrome, errors.empty() ? 200 : 422);
}

http::Response NewSessionPage(Services& services, const Views& views, const http::Request& request,
                              const http::RequestContext& context, const SessionForm& input,
                              std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const auto modules = services.training.Modules(actor, ProgrammeOf(services, actor));
  View data;
  FormView fields(errors);
  fields.Select("module_id", "Module", ModuleOptions(modules), input.module_id);
  fields.Text("held_on", "Date", "date", input.held_on, {.hint = "For example, 2026-03-14"});
  fields.Text("start_time", "Start time (optional)", "text", input.start_time,
              {.hint = "For example, 18:30", .autocomplete = "off", .width = "5"});
  fields.Text("duration_minutes", "How long it lasts, in minutes", "text", input.duration_minutes,
              {.hint = "For example, 120", .autocomplete = "off", .width = "3"});
  fields.Text("trainer_name", "Trainer (optional)", "text", input.trainer_name);
  fields.Text("location", "Where (optional)", "text", input.location);
  fields.Text("capacity", "Places (optional)", "text", input.capacity,
              {.hint = "Leave empty for no limit", .autocomplete = "off", .width = "3"});
  fields.ApplyTo(data);
  data.set("has_modules", !modules.empty());
  auto chrome = ChromeFor(request, context, "Add a training session");
  chrome.back_link = "/programme/training";
  chrome.has_errors = !errors.empty();
  return views.Page("training/new_session", data, chrome, errors.empty() ? 200 : 422);
}

http::Response SessionPage(const Views& views, const http::Request& request, const http::RequestContext& context,
                           const SessionAttendance& attendance, std::vector<FieldError> errors) {
  const auto& s = attendance.session;
  View data = SessionItem(s);
  data.set("id", s.id);
  View rows{View::type::list};
  for (std::size_t i = 0; i < attendance.rows.size(); ++i) {
    const auto& row = attendance.rows[i];
    View item;
    item.set("box_id", i == 0 ? std::string("attendance") : "attendance-" + std::to_string(i + 1));
    item.set("volunteer_id", row.volunteer.id);
    item.set("name", row.volunteer.name);
    item.set("stage", std::string(VolunteerStageLabel(row.volunteer.stage)));
    item.set("checked", row.attended.value_or(false));
    item.set("state", !row.attended ? "Not marked" : *row.attended ? "Attended" : "Did not attend");
    rows.push_back(item);
  }
  data.set("rows", rows);
  data.set("has_rows", !attendance.rows.empty());
  FormView fields(errors);
  fields.ApplyTo(data);
  for (const auto& e : errors)
    if (e.field == "attendance") data.set("attendance_error", e.message);
  auto chrome = ChromeFor(request, context, s.module_name + " on " + FormatDate(s.held_on));
  chrome.back_link = "/programme/training";
  chrome.has_errors = !errors.empty();
  if (request.Query("done") == "saved") chrome.flash = "Attendance saved. Completions and hours follow it.";
  return views.Page("training/session", data, chrome, errors.empty() ? 200 : 422);
}

http::Response VolunteerTrainingPage(Services& services, const Views& views, const http::Request& request,
                                     const http::RequestContext& context, const std::string& volunteer_id,
                                     const CompletionForm& input, std::vector<FieldError> errors) {
  const auto page = services.training.ForVolunteer(context.RequireActor(), volunteer_id);
  const auto& v = page.volunteer;
  View data;
  data.set("id", v.id);
  data.set("name", v.name);
  data.set("role", v.programme_role_name.empty() ? std::string("Volunteer") : v.programme_role_name);
  data.set("tabs", VolunteerTabs(v.id, "training"));
  View modules{View::type::list};
  std::vector<TrainingModule> choices;
  for (const auto& row : page.modules) {
    View item;
    item.set("name", row.module.name);
    item.set("done", row.last_completed ? FormatDate(*row.last_completed) : std::string("Not yet"));
    item.set("state", std::string(row.last_completed ? RefresherStateLabel(row.refresher.state) : ""));
    item.set("due", row.refresher.due_on ? FormatDate(*row.refresher.due_on) : std::string(""));
    item.set("has_due", row.refresher.due_on.has_value());
    item.set("overdue", row.refresher.state == RefresherState::kOverdue);
    item.set("due_soon", row.refresher.state == RefresherState::kDueSoon);
    modules.push_back(item);
    choices.push_back(row.module);
  }
  data.set("modules", modules);
  data.set("has_modules", !page.modules.empty());
  View completions{View::type::list};
  for (const auto& c : page.completions) {
    View item;
    item.set("module", c.module_name);
    item.set("date", FormatDate(c.completed_on));
    item.set("how", c.source_session_id.empty() ? "Recorded directly" : "Attended a session");
    item.set("note", c.note);
    item.set("has_note", !c.note.empty());
    completions.push_back(item);
  }
  data.set("completions", completions);
  data.set("has_completions", !page.completions.empty());
  data.set("accredited_hours", std::to_string(page.accredited_hours));
  data.set("has_accredited_hours", page.accredited_hours > 0);
  data.set("may_change", page.may_change);
  FormView fields(errors);
  fields.Select("module_id", "Module", ModuleOptions(choices), input.module_id);
  fields.Text("completed_on", "Date completed", "date", input.completed_on, {.hint = "For example, 2026-03-14"});
  fields.Text("note", "Note (optional)", "textarea", input.note,
              {.hint = "For example, where an accredited course was done"});
  fields.ApplyTo(data);
  auto chrome = ChromeFor(request, context, "Training: " + v.name);
  if (page.may_change) chrome.back_link = "/programme/volunteers";
  chrome.has_errors = !errors.empty();
  if (request.Query("done") == "completion") chrome.flash = "Completion recorded.";
  return views.Page("training/volunteer", data, chrome, errors.empty() ? 200 : 422);
}

}  // namespace

void AddTrainingPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/programme/training", [&services, &views](http::Request& request, http::RequestContext& context) {
    return TrainingPage(services, views, request, context, {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/training/modules", [&services, &views](http::Request& request,
                                                                         http::RequestContext& context) {
    const auto input = ReadModuleForm(context);
    const Actor& actor = context.RequireActor();
    try {
      services.training.AddModule(actor, ProgrammeOf(services, actor), input);
    } catch (const Invalid& invalid) {
      return TrainingPage(services, views, request, context, input, invalid.errors());
    }
    return http::Response::Redirect("/programme/training?done=module");
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/training/usual", [&services](http::Request&, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    services.training.AddUsualModules(actor, ProgrammeOf(services, actor));
    return http::Response::Redirect("/programme/training?done=usual");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/training/sessions/new", [&services, &views](http::Request& request,
                                                                             http::RequestContext& context) {
    return NewSessionPage(services, views, request, context, {"", "", "", "120", "", "", ""}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/training/sessions/new", [&services, &views](http::Request& request,
                                                                              http::RequestContext& context) {
    const auto input = ReadSessionForm(context);
    const Actor& actor = context.RequireActor();
    try {
      const auto s = services.training.CreateSession(actor, ProgrammeOf(services, actor), input);
      return http::Response::Redirect("/programme/training/sessions/" + s.id);
    } catch (const Invalid& invalid) {
      return NewSessionPage(services, views, request, context, input, invalid.errors());
    }
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/training/sessions/{id}", [&services, &views](http::Request& request,
                                                                              http::RequestContext& context) {
    return SessionPage(views, request, context,
                       services.training.Attendance(context.RequireActor(), request.PathParam("id")), {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/training/sessions/{id}", [&services, &views](http::Request& request,
                                                                               http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const auto attended = context.form.GetAll("attended");
    std::vector<std::pair<std::string, bool>> marks;
    for (const auto& volunteer_id : context.form.GetAll("listed"))
      marks.push_back({volunteer_id, std::find(attended.begin(), attended.end(), volunteer_id) != attended.end()});
    try {
      services.training.MarkAttendance(context.RequireActor(), id, marks);
    } catch (const Invalid& invalid) {
      return SessionPage(views, request, context, services.training.Attendance(context.RequireActor(), id),
                         invalid.errors());
    }
    return http::Response::Redirect("/programme/training/sessions/" + id + "?done=saved");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/volunteers/{id}/training", [&services, &views](http::Request& request,
                                                                                http::RequestContext& context) {
    return VolunteerTrainingPage(services, views, request, context, request.PathParam("id"), {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/volunteers/{id}/training", [&services, &views](http::Request& request,
                                                                                 http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const CompletionForm input{context.form.Get("module_id"), context.form.Get("completed_on"), context.form.Get("note")};
    try {
      services.training.RecordCompletion(context.RequireActor(), id, input);
    } catch (const Invalid& invalid) {
      return VolunteerTrainingPage(services, views, request, context, id, input, invalid.errors());
    }
    return http::Response::Redirect(VolunteerPath(id, "/training?done=completion"));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
