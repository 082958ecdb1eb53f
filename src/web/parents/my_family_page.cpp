#include "web/parents/my_family_page.hpp"

#include "core/common/london_time.hpp"
#include "web/common/page_context.hpp"
#include "web/framework/framework_view.hpp"
#include "web/goals/goal_view.hpp"
#include "web/signposts/involvement_view.hpp"

namespace alongside::web {
namespace {

/// A note the parent typed for one goal, and why it was not saved.
struct TypedProgress {
  std::string goal_id;
  std::string note;
  std::string error;
};

std::string NoteFieldId(const std::string& goal_id) { return "progress-" + goal_id; }

View GoalItems(const std::vector<ParentGoal>& goals, const ParentFamilyView& family, const TypedProgress& typed) {
  View list{View::type::list};
  for (const auto& item : goals) {
    auto view = GoalSummaryView(item.goal, "");
    View progress{View::type::list};
    for (const auto& p : item.progress) progress.push_back(ProgressView(p));
    view.set("progress", progress);
    view.set("has_progress", !item.progress.empty());
    if (family.may_add_progress && item.goal.active()) {
      View field;
      field.set("name", "note");
      field.set("field_id", NoteFieldId(item.goal.id));
      field.set("value", typed.goal_id == item.goal.id ? typed.note : "");
      if (typed.goal_id == item.goal.id && !typed.error.empty()) field.set("error", typed.error);
      field.set("action", "/my-family/goals/" + item.goal.id + "/progress");
      field.set("family_id", family.summary.family_id);
      view.set("progress_form", field);
    }
    list.push_back(view);
  }
  return list;
}

View FamilyView(const ParentFamilyView& family, const TypedProgress& typed) {
  View data;
  const auto& s = family.summary;
  data.set("family_id", s.family_id);
  data.set("caregiver_name", s.caregiver_name);
  data.set("programme_name", s.programme_name);
  if (!s.supporter_first_name.empty()) data.set("supporter_first_name", s.supporter_first_name);
  data.set("open", s.open);
  data.set("goals", GoalItems(family.goals, family, typed));
  data.set("has_goals", !family.goals.empty());
  data.set("achieved", GoalItems(family.achieved, family, typed));
  data.set("has_achieved", !family.achieved.empty());
  if (family.plan) {
    View plan;
    plan.set("what_matters", family.plan->what_matters);
    plan.set("review_date", FormatDate(family.plan->review_date));
    plan.set("version", std::to_string(family.plan->number));
    plan.set("saved_on", FormatLondonDate(family.plan->saved_at));
    View actions{View::type::list};
    for (const auto& a : family.plan->actions) {
      View row;
      row.set("who", a.who);
      row.set("what", a.what);
      row.set("by_when", a.by_when ? FormatDate(*a.by_when) : std::string("Ongoing"));
      actions.push_back(row);
    }
    plan.set("actions", actions);
    plan.set("has_actions", !family.plan->actions.empty());
    data.set("plan", plan);
  }
  View upcoming{View::type::list};
  for (const auto& task : family.upcoming) {
    View item;
    item.set("title", task.title);
    item.set("due", FormatDate(task.due));
    upcoming.push_back(item);
  }
  data.set("upcoming", upcoming);
  data.set("has_upcoming", !family.upcoming.empty());
  return data;
}

http::Response MyFamilyPage(Services& services, const Views& views, const http::Request& request,
                            const http::RequestContext& context, const TypedProgress& typed) {
  const Actor& actor = context.RequireActor();
  const auto families = services.parent_views.ForParent(actor);
  View list{View::type::list};
  for (const auto& family : families) {
    auto item = FamilyView(family, typed);
    item.set("involvement", InvolvementView(services.signposts.Involvement(actor, family.summary.family_id)));
    item.set("many", families.size() > 1);  // name each family when there is more than one
    item.set("domains", DomainsForParents(services.framework.ForFamily(actor, family.summary.family_id).framework));
    list.push_back(item);
  }
  View data;
  data.set("families", list);
  data.set("has_families", !families.empty());
  const bool has_errors = !typed.error.empty();
  if (has_errors) {
    View errors{View::type::list};
    View e;
    e.set("field", NoteFieldId(typed.goal_id));
    e.set("message", typed.error);
    errors.push_back(e);
    data.set("has_errors", true);
    data.set("error_list", errors);
  }
  auto chrome = ChromeFor(request, context, "Your family");
  chrome.has_errors = has_errors;
  if (request.Query("done") == "progress") chrome.flash = "Thank you. Your progress has been added.";
  return views.Page("parents/my_family", data, chrome, has_errors ? 422 : 200);
}

}  // namespace

void AddMyFamilyPage(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/my-family", [&services, &views](http::Request& request, http::RequestContext& context) {
    return MyFamilyPage(services, views, request, context, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/my-family/goals/{goal_id}/progress", [&services, &views](http::Request& request, http::RequestContext& context) {
    TypedProgress typed{request.PathParam("goal_id"), context.form.Get("note"), ""};
    try {
      services.goals.AddProgress(context.RequireActor(), context.form.Get("family_id"), typed.goal_id,
                                 ProgressForm{typed.note, ""});
    } catch (const Invalid& invalid) {
      typed.error = invalid.errors().front().message;
      return MyFamilyPage(services, views, request, context, typed);
    }
    return http::Response::Redirect("/my-family?done=progress#" + NoteFieldId(typed.goal_id));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
