#include "core/programme/volunteer_journey.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/programme/volunteer_pages.hpp"
#include "web/programme/volunteer_tabs.hpp"
#include "web/programme/volunteer_view.hpp"
#include "web/signposts/signpost_view.hpp"

namespace alongside::web {
namespace {

/// Every change page: the volunteer's name above the heading, their tabs, a way back.
struct ChangePage {
  View data;
  VolunteerRecord record;
};

ChangePage Start(Services& services, const http::RequestContext& context, const std::string& volunteer_id) {
  ChangePage page;
  page.record = services.volunteers.Get(context.RequireActor(), volunteer_id);
  if (!page.record.may_change) throw AccessRefused(Resource::kVolunteer, Action::kUpdate, volunteer_id);
  page.data = VolunteerSummary(page.record.volunteer, page.record.today);
  page.data.set("tabs", VolunteerTabs(volunteer_id, "record"));
  return page;
}

http::Response Render(const Views& views, const http::Request& request, const http::RequestContext& context,
                      const std::string& name, View data, const std::string& title, const std::string& volunteer_id,
                      bool has_errors) {
  auto chrome = ChromeFor(request, context, title);
  chrome.back_link = VolunteerPath(volunteer_id);
  chrome.has_errors = has_errors;
  return views.Page(name, std::move(data), chrome, has_errors ? 422 : 200);
}

http::Response EditPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context, const std::string& id, const VolunteerForm& input,
                        const std::string& version, std::vector<FieldError> errors) {
  auto page = Start(services, context, id);
  page.data.set("version", version.empty() ? std::to_string(page.record.volunteer.version) : version);
  AddVolunteerFields(page.data, input,
                     services.volunteers.Roles(context.RequireActor(), page.record.volunteer.organisation_id, true),
                     errors);
  return Render(views, request, context, "programme/edit_volunteer", page.data,
                "Change details and checks - " + page.record.volunteer.name, id, !errors.empty());
}

http::Response StagePage(Services& services, const Views& views, const http::Request& request,
                         const http::RequestContext& context, const std::string& id, const StageForm& input,
                         std::vector<FieldError> errors) {
  auto page = Start(services, context, id);
  Options choices;
  // Only the moves the journey allows from where they are now.
  for (auto stage : AllVolunteerStages())
    if (!StageMoveRefusal(page.record.volunteer.stage, stage))
      choices.emplace_back(std::string(VolunteerStageCode(stage)), std::string(VolunteerStageLabel(stage)));
  page.data.set("stage_group", RadioGroup("stage", "Where are they now?", choices, input.stage, errors));
  FormView fields(errors);
  fields.Text("changed_on", "Date of the change", "date", input.changed_on,
              {.hint = "Leave empty for today", .autocomplete = "off", .width = "10"});
  fields.Text("note", "Note (optional)", "textarea", input.note);
  fields.Text("left_reason", "If they are leaving: why?", "text", input.left_reason,
              {.hint = "For example, moved away, started work, needs a break"});
  fields.ApplyTo(page.data);
  View gaps{View::type::list};
  for (const auto& gap : page.record.activation_gaps) gaps.push_back(View(gap));
  page.data.set("activation_gaps", gaps);
  page.data.set("has_gaps", !page.record.activation_gaps.empty());
  return Render(views, request, context, "programme/stage", page.data, "Move along the journey - " + page.record.volunteer.name,
                id, !errors.empty());
}

http::Response PositionPage(Services& services, const Views& views, const http::Request& request,
                            const http::RequestContext& context, const std::string& id, const PositionForm& input,
                            std::vector<FieldError> errors) {
  auto page = Start(services, context, id);
  Options choices;
  for (auto p : AllPathwayPositions()) choices.emplace_back(std::string(PathwayPositionCode(p)), std::string(PathwayPositionLabel(p)));
  page.data.set("position_group", RadioGroup("position", "Which position?", choices, input.position, errors));
  FormView fields(errors);
  fields.Text("started_on", "Date they start", "date", input.started_on);
  fields.Text("note", "Note (optional)", "text", input.note, {.hint = "For example, paid, three days a week"});
  fields.ApplyTo(page.data);
  return Render(views, request, context, "programme/position", page.data,
                "Add a step on the pathway - " + page.record.volunteer.name, id, !errors.empty());
}

http::Response AccountPage(Services& services, const Views& views, const http::Request& request,
                           const http::RequestContext& context, const std::string& id, const std::string& email,
                           std::vector<FieldError> errors) {
  auto page = Start(services, context, id);
  FormView fields(errors);
  fields.Text("email", "Email address of their account", "email", email,
              {.hint = "The account must be a peer supporter of this programme. Leave empty to unlink.",
               .autocomplete = "off", .width = "", .spellcheck_off = true});
  fields.ApplyTo(page.data);
  return Render(views, request, context, "programme/account", page.data, "Link their account - " + page.record.volunteer.name,
                id, !errors.empty());
}

}  // namespace

void AddVolunteerChangePages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/programme/volunteers/{id}/edit", [&services, &views](http::Request& request,
                                                                            http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const auto record = services.volunteers.Get(context.RequireActor(), id);
    return EditPage(services, views, request, context, id, FormFromVolunteer(record.volunteer), "", {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/volunteers/{id}/edit", [&services, &views](http::Request& request,
                                                                             http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const auto input = ReadVolunteerForm(context.form);
    const auto version_text = context.form.Get("version");
    std::int64_t version = 0;
    try {
      version = std::stoll(version_text);
    } catch (const std::exception&) {
      version = -1;
    }
    try {
      services.volunteers.Update(context.RequireActor(), id, version, input);
    } catch (const Invalid& invalid) {
      return EditPage(services, views, request, context, id, input, version_text, invalid.errors());
    }
    return http::Response::Redirect(VolunteerPath(id) + "?done=saved");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/volunteers/{id}/stage", [&services, &views](http::Request& request,
                                                                             http::RequestContext& context) {
    return StagePage(services, views, request, context, request.PathParam("id"), {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/volunteers/{id}/stage", [&services, &views](http::Request& request,
                                                                              http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const StageForm input{context.form.Get("stage"), context.form.Get("changed_on"), context.form.Get("note"),
                          context.form.Get("left_reason")};
    try {
      services.volunteers.MoveStage(context.RequireActor(), id, input);
    } catch (const Invalid& invalid) {
      return StagePage(services, views, request, context, id, input, invalid.errors());
    }
    return http::Response::Redirect(VolunteerPath(id) + "?done=stage");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/volunteers/{id}/positions/new", [&services, &views](http::Request& request,
                                                                                     http::RequestContext& context) {
    return PositionPage(services, views, request, context, request.PathParam("id"), {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/volunteers/{id}/positions", [&services, &views](http::Request& request,
                                                                                  http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const PositionForm input{context.form.Get("position"), context.form.Get("started_on"), context.form.Get("note")};
    try {
      services.volunteers.AddPosition(context.RequireActor(), id, input);
    } catch (const Invalid& invalid) {
      return PositionPage(services, views, request, context, id, input, invalid.errors());
    }
    return http::Response::Redirect(VolunteerPath(id) + "?done=position");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/volunteers/{id}/account", [&services, &views](http::Request& request,
                                                                               http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const auto record = services.volunteers.Get(context.RequireActor(), id);
    return AccountPage(services, views, request, context, id, record.account_email, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/volunteers/{id}/account", [&services, &views](http::Request& request,
                                                                                http::RequestContext& context) {
    const auto id = request.PathParam("id");
    const auto email = context.form.Get("email");
    try {
      services.volunteers.LinkAccount(context.RequireActor(), id, email);
    } catch (const Invalid& invalid) {
      return AccountPage(services, views, request, context, id, email, invalid.errors());
    }
    return http::Response::Redirect(VolunteerPath(id) + "?done=account");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
