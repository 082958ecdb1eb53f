#include "web/care_plans/care_plan_pages.hpp"

#include <algorithm>
#include <charconv>

#include "core/common/london_time.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/goals/goal_view.hpp"

namespace alongside::web {
namespace {

/// Empty rows offered below the plan's actions for adding more.
constexpr std::size_t kBlankActionRows = 3;

std::string PlanPath(const std::string& family_id) { return "/families/" + family_id + "/plan"; }

CarePlanForm FormFrom(const http::RequestContext& context) {
  CarePlanForm form{context.form.Get("what_matters"), context.form.Get("review_date"), {}};
  int rows = 0;
  const auto count = context.form.Get("action_rows");
  std::from_chars(count.data(), count.data() + count.size(), rows);
  rows = std::clamp(rows, 0, kMaxCarePlanActions + static_cast<int>(kBlankActionRows));
  for (int i = 1; i <= rows; ++i) {
    const auto row = static_cast<std::size_t>(i);
    form.actions.push_back({context.form.Get(CarePlanActionField(row, "who")),
                            context.form.Get(CarePlanActionField(row, "what")),
                            context.form.Get(CarePlanActionField(row, "by_when"))});
  }
  return form;
}

CarePlanForm FormOf(const std::optional<CarePlanVersion>& version) {
  CarePlanForm form;
  if (!version) return form;
  form.what_matters = version->what_matters;
  form.review_date = FormatDate(version->review_date);
  for (const auto& a : version->actions) form.actions.push_back({a.who, a.what, a.by_when ? FormatDate(*a.by_when) : ""});
  return form;
}

View VersionView(const CarePlanVersion& version, int latest, const std::string& family_id) {
  View data;
  data.set("what_matters", version.what_matters);
  data.set("review_date", FormatDate(version.review_date));
  View actions{View::type::list};
  for (const auto& a : version.actions) {
    View row;
    row.set("who", a.who);
    row.set("what", a.what);
    row.set("by_when", a.by_when ? FormatDate(*a.by_when) : std::string("Ongoing"));
    actions.push_back(row);
  }
  data.set("actions", actions);
  data.set("has_actions", !version.actions.empty());
  data.set("number", std::to_string(version.number));
  data.set("latest", std::to_string(latest));
  data.set("is_current", version.number == latest);
  data.set("saved_by", version.saved_by_name);
  data.set("saved_on", FormatLondonDate(version.saved_at));
  View others{View::type::list};
  for (int n = latest; n >= 1; --n) {
    View item;
    item.set("number", std::to_string(n));
    item.set("href", n == latest ? PlanPath(family_id) : PlanPath(family_id) + "/versions/" + std::to_string(n));
    item.set("shown", n == version.number);
    others.push_back(item);
  }
  data.set("versions", others);
  data.set("has_earlier", latest > 1);
  return data;
}

http::Response ShowPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context, std::optional<int> number) {
  const Actor& actor = context.RequireActor();
  const std::string family_id = request.PathParam("id");
  const auto plan = number ? services.care_plans.Version(actor, family_id, *number)
                           : services.care_plans.Current(actor, family_id);
  View data = plan.version ? VersionView(*plan.version, plan.latest_number, family_id) : View{};
  data.set("has_plan", plan.version.has_value());
  data.set("family_name", plan.family_name);
  data.set("tabs", FamilyPageTabs(services, actor, family_id, "plan"));
  data.set("may_edit", plan.may_edit && (!plan.version || plan.version->number == plan.latest_number));
  data.set("edit_href", PlanPath(family_id) + "/edit");
  data.set("current_href", PlanPath(family_id));
  auto chrome = ChromeFor(request, context, number ? "Care plan, version " + std::to_string(*number) : "Care plan");
  if (request.Query("done") == "saved") chrome.flash = "Care plan saved as a new version. Earlier versions are kept.";
  if (number) chrome.back_link = PlanPath(family_id);
  return views.Page("care_plans/show", data, chrome);
}

http::Response EditPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context, std::optional<CarePlanForm> typed,
                        std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const std::string family_id = request.PathParam("id");
  const auto plan = services.care_plans.ForEditing(actor, family_id);
  CarePlanForm input = typed ? *typed : FormOf(plan.version);
  if (!typed)
    for (std::size_t i = 0; i < kBlankActionRows; ++i) input.actions.push_back({});
  FormView form(errors);
  form.Text("what_matters", "What matters to us", "textarea", input.what_matters,
            {.hint = "In the family's own words: what they want for themselves and their baby"});
  form.Text("review_date", "Review date", "text", input.review_date,
            {.hint = "When you will look at the plan together again, for example 14 3 2027", .width = "10"});
  View rows{View::type::list};
  for (std::size_t i = 0; i < input.actions.size(); ++i) {
    const auto row = i + 1;
    FormView row_form(errors);
    row_form.Text(CarePlanActionField(row, "who"), "Who", "text", input.actions[i].who,
                  {.hint = "For example, me, Sam (supporter), health visitor"});
    row_form.Text(CarePlanActionField(row, "what"), "Does what", "text", input.actions[i].what);
    row_form.Text(CarePlanActionField(row, "by_when"), "By when (optional)", "text", input.actions[i].by_when,
                  {.hint = "A date, for example 14 3 2027", .width = "10"});
    View row_data;
    row_form.ApplyTo(row_data);
    const View& fields = *row_data.get("fields");
    View item;
    item.set("number", std::to_string(row));
    for (const char* part : {"who", "what", "by_when"}) item.set(part, *fields.get(CarePlanActionField(row, part)));
    rows.push_back(item);
  }
  View data;
  form.ApplyTo(data);
  data.set("rows", rows);
  data.set("action_rows", std::to_string(input.actions.size()));
  data.set("tabs", FamilyPageTabs(services, actor, family_id, "plan"));
  data.set("family_name", plan.family_name);
  data.set("action", PlanPath(family_id));
  data.set("version_note", plan.latest_number == 0 ? std::string("This will be the first version of the plan.")
                                                   : "Saving makes version " + std::to_string(plan.latest_number + 1) +
                                                         "; version " + std::to_string(plan.latest_number) + " is kept.");
  auto chrome = ChromeFor(request, context, "Edit the care plan");
  chrome.has_errors = !errors.empty();
  chrome.back_link = PlanPath(family_id);
  return views.Page("care_plans/edit", data, chrome, errors.empty() ? 200 : 422);
}

}  // namespace

void AddCarePlanPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/plan", [&services, &views](http::Request& request, http::RequestContext& context) {
    return ShowPage(services, views, request, context, std::nullopt);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/plan/versions/{number}", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto text = request.PathParam("number");
    int number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size()) throw NotFound("There is no such version of the care plan");
    return ShowPage(services, views, request, context, number);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/plan/edit", [&services, &views](http::Request& request, http::RequestContext& context) {
    return EditPage(services, views, request, context, std::nullopt, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/plan", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto form = FormFrom(context);
    try {
      services.care_plans.Save(context.RequireActor(), request.PathParam("id"), form);
    } catch (const Invalid& invalid) {
      return EditPage(services, views, request, context, form, invalid.errors());
    }
    return http::Response::Redirect(PlanPath(request.PathParam("id")) + "?done=saved");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
