#include "web/goals/goal_pages.hpp"

#include <map>

#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/goals/goal_view.hpp"

namespace alongside::web {
namespace {

GoalForm GoalFormFrom(const http::RequestContext& context) {
  GoalForm form{context.form.Get("text"), context.form.Get("area"), {}};
  for (int i = 1; i <= kNewGoalStepFields; ++i) form.steps.push_back(context.form.Get("step_" + std::to_string(i)));
  return form;
}

std::string Flash(const std::string& done) {
  if (done == "created") return "Goal set.";
  if (done == "achieved") return "Goal achieved. Well done!";
  if (done == "changed") return "The goal has changed. The new goal is below.";
  if (done == "let_go") return "The goal has been let go. It is kept under earlier goals.";
  return "";
}

http::Response ListPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context) {
  const Actor& actor = context.RequireActor();
  const std::string family_id = request.PathParam("id");
  const auto board = services.goals.List(actor, family_id);
  const auto framework = services.framework.ForFamily(actor, family_id).framework;
  std::map<std::string, const GoalProgress*> latest;
  for (const auto& p : board.latest_progress) latest[p.goal_id] = &p;
  auto goal_list = [&](const std::vector<Goal>& goals) {
    View list{View::type::list};
    for (const auto& goal : goals) {
      auto item = GoalSummaryView(goal, GoalPath(family_id, goal.id), &framework);
      if (auto found = latest.find(goal.id); found != latest.end()) item.set("latest", ProgressView(*found->second));
      list.push_back(item);
    }
    return list;
  };
  View data;
  data.set("family_name", board.family_name);
  data.set("tabs", FamilyPageTabs(services, actor, family_id, "goals"));
  data.set("achieved", goal_list(board.achieved));
  data.set("has_achieved", !board.achieved.empty());
  data.set("active", goal_list(board.active));
  data.set("has_active", !board.active.empty());
  data.set("ended", goal_list(board.ended));
  data.set("has_ended", !board.ended.empty());
  data.set("may_work", board.may_work);
  data.set("new_href", GoalsPath(family_id) + "/new");
  auto chrome = ChromeFor(request, context, "Goals");
  chrome.flash = Flash(request.Query("done"));
  return views.Page("goals/list", data, chrome);
}

http::Response NewPage(Services& services, const Views& views, const http::Request& request,
                       const http::RequestContext& context, const GoalForm& input, std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const std::string family_id = request.PathParam("id");
  FormView form(std::move(errors));
  form.Text("text", "The goal, in the family's own words", "textarea", input.text,
            {.hint = "For example, I want to feel confident bathing the twins"});
  form.Select("area", "Goal area (optional)", GoalAreaOptions(), input.area);
  for (int i = 1; i <= kNewGoalStepFields; ++i) {
    const auto index = static_cast<std::size_t>(i - 1);
    form.Text("step_" + std::to_string(i), "Step " + std::to_string(i) + " (optional)", "text",
              index < input.steps.size() ? input.steps[index] : "");
  }
  View data;
  form.ApplyTo(data);
  data.set("tabs", FamilyPageTabs(services, actor, family_id, "goals"));
  data.set("action", GoalsPath(family_id));
  auto chrome = ChromeFor(request, context, "Set a goal");
  chrome.has_errors = form.has_errors();
  chrome.back_link = GoalsPath(family_id);
  return views.Page("goals/new", data, chrome, form.has_errors() ? 422 : 200);
}

}  // namespace

void AddGoalPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/goals", [&services, &views](http::Request& request, http::RequestContext& context) {
    return ListPage(services, views, request, context);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/goals/new", [&services, &views](http::Request& request, http::RequestContext& context) {
    // Refuses (403) or explains (409) before showing a form that could not be saved.
    services.goals.CheckMayWork(context.RequireActor(), request.PathParam("id"));
    return NewPage(services, views, request, context, {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/goals", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto form = GoalFormFrom(context);
    try {
      services.goals.Create(context.RequireActor(), request.PathParam("id"), form);
    } catch (const Invalid& invalid) {
      return NewPage(services, views, request, context, form, invalid.errors());
    }
    return http::Response::Redirect(GoalsPath(request.PathParam("id")) + "?done=created");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
