#include <map>

#include "core/common/london_time.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/goals/goal_pages.hpp"
#include "web/goals/goal_view.hpp"

namespace alongside::web {
namespace {

/// What was typed into any of the goal page's forms, kept when one of them is refused.
struct DetailInput {
  std::string step_text;
  ProgressForm progress;
  StatusForm status;
};

DetailInput InputFrom(const http::RequestContext& context) {
  const auto& f = context.form;
  return {f.Get("step_text"),
          {f.Get("progress_note"), f.Get("progress_date")},
          {f.Get("status"), f.Get("status_note"), f.Get("new_goal_text"), f.Get("new_goal_area")}};
}

View StatusChoices(const std::string& selected) {
  View list{View::type::list};
  for (auto status : {GoalStatus::kAchieved, GoalStatus::kChanged, GoalStatus::kLetGo}) {
    View choice;
    const std::string code(GoalStatusCode(status));
    choice.set("value", code);
    choice.set("id", code == "achieved" ? std::string("status") : "status-" + code);  // the first answers #status
    choice.set("label", status == GoalStatus::kAchieved ? "Achieved"
                        : status == GoalStatus::kChanged ? "Changed into a new goal"
                                                         : "Let go");
    choice.set("checked", code == selected);
    list.push_back(choice);
  }
  return list;
}

http::Response DetailPage(Services& services, const Views& views, const http::Request& request,
                          const http::RequestContext& context, const DetailInput& input,
                          std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const std::string family_id = request.PathParam("id");
  const auto detail = services.goals.Get(actor, family_id, request.PathParam("goal_id"));
  const auto& goal = detail.goal;
  const std::string path = GoalPath(family_id, goal.id);

  const auto framework = services.framework.ForFamily(actor, family_id).framework;
  View data = GoalSummaryView(goal, path, &framework);
  data.set("family_name", detail.family_name);
  data.set("tabs", FamilyPageTabs(services, actor, family_id, "goals"));
  data.set("achieved", goal.status == GoalStatus::kAchieved);
  if (detail.changed_from) data.set("changed_from", GoalSummaryView(*detail.changed_from, GoalPath(family_id, detail.changed_from->id)));
  if (detail.changed_into) data.set("changed_into", GoalSummaryView(*detail.changed_into, GoalPath(family_id, detail.changed_into->id)));
  View progress{View::type::list};
  for (const auto& p : detail.progress) progress.push_back(ProgressView(p));
  data.set("progress", progress);
  data.set("has_progress", !detail.progress.empty());
  View history{View::type::list};
  for (const auto& change : detail.status_changes) {
    View item;
    item.set("status", change.status == GoalStatus::kActive ? std::string("Goal set") : std::string(GoalStatusLabel(change.status)));
    item.set("on", FormatLondonDate(change.changed_at));
    item.set("by", change.changed_by_name);
    if (!change.note.empty()) item.set("note", change.note);  // an empty string would still open {{#note}}
    history.push_back(item);
  }
  data.set("history", history);
  data.set("may_work", detail.may_work);
  data.set("may_add_progress", detail.may_add_progress);
  data.set("path", path);

  for (const auto& e : errors)
    if (e.field == "status") data.set("status_error", e.message);
  FormView form(std::move(errors));
  form.Text("step_text", "Add a step", "text", input.step_text, {.hint = "A small, clear step towards the goal"});
  form.Text("progress_note", "How is it going?", "textarea", input.progress.note);
  form.Text("progress_date", "Date", "text", input.progress.date,
            {.hint = "Leave blank for today, or enter a date, for example 14 3 2027", .width = "10"});
  form.Text("status_note", "A note about this (optional)", "textarea", input.status.note);
  form.Text("new_goal_text", "What the goal has become, in the family's own words", "textarea", input.status.new_text,
            {.hint = "Only when the goal has changed"});
  form.Select("new_goal_area", "Goal area of the new goal (optional)", GoalAreaOptions(), input.status.new_area);
  form.ApplyTo(data);
  data.set("status_choices", StatusChoices(input.status.status));
  auto chrome = ChromeFor(request, context, "Goal");
  chrome.has_errors = form.has_errors();
  chrome.back_link = GoalsPath(family_id);
  if (request.Query("done") == "progress") chrome.flash = "Progress added.";
  if (request.Query("done") == "step") chrome.flash = "Step added.";
  return views.Page("goals/show", data, chrome, form.has_errors() ? 422 : 200);
}

/// Runs a write from the goal page; bad input shows the page again with what was typed.
template <typename Write>
http::Response WriteThenRedirect(Services& services, const Views& views, http::Request& request,
                                 http::RequestContext& context, const std::map<std::string, std::string>& names,
                                 Write write) {
  const auto input = InputFrom(context);
  std::string target;
  try {
    target = write(context.RequireActor(), request.PathParam("id"), request.PathParam("goal_id"), input);
  } catch (const Invalid& invalid) {
    auto errors = RenamedErrors(invalid.errors(), names);
    return DetailPage(services, views, request, context, input, std::move(errors));
  }
  return http::Response::Redirect(target);
}

}  // namespace

void AddGoalDetailPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/goals/{goal_id}", [&services, &views](http::Request& request, http::RequestContext& context) {
    return DetailPage(services, views, request, context, {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/goals/{goal_id}/steps", [&services, &views](http::Request& request, http::RequestContext& context) {
    return WriteThenRedirect(services, views, request, context, {{"text", "step_text"}},
                             [&services](const Actor& actor, const std::string& family_id, const std::string& goal_id,
                                         const DetailInput& input) {
                               services.goals.AddStep(actor, family_id, goal_id, input.step_text);
                               return GoalPath(family_id, goal_id) + "?done=step";
                             });
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/goals/{goal_id}/steps/{step_id}", [&services](http::Request& request, http::RequestContext& context) {
    const std::string family_id = request.PathParam("id");
    const std::string goal_id = request.PathParam("goal_id");
    services.goals.SetStepDone(context.RequireActor(), family_id, goal_id, request.PathParam("step_id"),
                               context.form.Get("done") == "1");
    return http::Response::Redirect(GoalPath(family_id, goal_id) + "#steps");
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/goals/{goal_id}/progress", [&services, &views](http::Request& request, http::RequestContext& context) {
    return WriteThenRedirect(services, views, request, context, {{"note", "progress_note"}, {"date", "progress_date"}},
                             [&services](const Actor& actor, const std::string& family_id, const std::string& goal_id,
                                         const DetailInput& input) {
                               services.goals.AddProgress(actor, family_id, goal_id, input.progress);
                               return GoalPath(family_id, goal_id) + "?done=progress";
                             });
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/goals/{goal_id}/status", [&services, &views](http::Request& request, http::RequestContext& context) {
    return WriteThenRedirect(services, views, request, context,
                             {{"note", "status_note"}, {"new_text", "new_goal_text"}, {"new_area", "new_goal_area"}},
                             [&services](const Actor& actor, const std::string& family_id, const std::string& goal_id,
                                         const DetailInput& input) {
                               const auto goal = services.goals.ChangeStatus(actor, family_id, goal_id, input.status);
                               return GoalsPath(family_id) + "?done=" + std::string(GoalStatusCode(goal.status));
                             });
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
