#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/programme/volunteer_pages.hpp"

namespace alongside::web {
namespace {

RoleForm ReadRoleForm(const http::RequestContext& context) {
  return {context.form.Get("name"), context.form.Get("description"), context.form.Get("supervision_early_days"),
          context.form.Get("early_weeks"), context.form.Get("supervision_later_days")};
}

void AddRoleFields(View& data, const RoleForm& input, const std::vector<FieldError>& errors) {
  FormView fields(errors);
  fields.Text("name", "Name of the role", "text", input.name, {.hint = "For example, Pregnancy Pal, Birth Buddy, Community Father"});
  fields.Text("description", "What the role involves (optional)", "textarea", input.description);
  fields.Text("supervision_early_days", "Days between supervisions at first", "text", input.supervision_early_days,
              {.hint = "For example, 7 for weekly", .autocomplete = "off", .width = "3"});
  fields.Text("early_weeks", "How many weeks 'at first' lasts", "text", input.early_weeks,
              {.hint = "Counted from the day they become active", .autocomplete = "off", .width = "3"});
  fields.Text("supervision_later_days", "Days between supervisions after that", "text", input.supervision_later_days,
              {.hint = "For example, 14 for fortnightly", .autocomplete = "off", .width = "3"});
  fields.ApplyTo(data);
}

std::string FrequencyWords(int days) {
  if (days == 7) return "weekly";
  if (days == 14) return "fortnightly";
  if (days == 28) return "every four weeks";
  return "every " + std::to_string(days) + " days";
}

http::Response RolesPage(Services& services, const Views& views, const http::Request& request,
                         const http::RequestContext& context, const RoleForm& input, std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const auto programmes = services.volunteers.Programmes(actor);
  const auto& programme = programmes.front();
  View data;
  data.set("programme_name", programme.name);
  View items{View::type::list};
  const auto roles = services.volunteers.Roles(actor, programme.organisation_id, true);
  for (const auto& role : roles) {
    View item;
    item.set("id", role.id);
    item.set("name", role.name);
    if (!role.description.empty()) item.set("description", role.description);
    item.set("archived", role.archived_at.has_value());
    const bool one_rhythm = role.early_weeks == 0 || role.supervision_early_days == role.supervision_later_days;
    item.set("supervision", one_rhythm ? FrequencyWords(role.supervision_later_days)
                                       : FrequencyWords(role.supervision_early_days) + " for the first " +
                                             std::to_string(role.early_weeks) + " weeks, then " +
                                             FrequencyWords(role.supervision_later_days));
    items.push_back(item);
  }
  data.set("items", items);
  data.set("has_items", !roles.empty());
  AddRoleFields(data, input, errors);
  auto chrome = ChromeFor(request, context, "Roles in the programme");
  chrome.back_link = "/programme";
  chrome.has_errors = !errors.empty();
  const auto done = request.Query("done");
  if (done == "added") chrome.flash = "Role added.";
  else if (done == "saved") chrome.flash = "Role saved.";
  else if (done == "archived") chrome.flash = "Role archived. Volunteers who hold it keep it.";
  else if (done == "restored") chrome.flash = "Role restored.";
  return views.Page("programme/roles", data, chrome, errors.empty() ? 200 : 422);
}

http::Response EditRolePage(Services& services, const Views& views, const http::Request& request,
                            const http::RequestContext& context, const std::string& role_id, const RoleForm& input,
                            std::vector<FieldError> errors) {
  View data;
  data.set("role_id", role_id);
  AddRoleFields(data, input, errors);
  auto chrome = ChromeFor(request, context, "Change a role");
  chrome.back_link = "/programme/roles";
  chrome.has_errors = !errors.empty();
  return views.Page("programme/edit_role", data, chrome, errors.empty() ? 200 : 422);
}

ProgrammeRole FindRole(Services& services, const Actor& actor, const std::string& role_id) {
  for (const auto& programme : services.volunteers.Programmes(actor))
    for (const auto& role : services.volunteers.Roles(actor, programme.organisation_id, true))
      if (role.id == role_id) return role;
  throw NotFound("Role not found");
}

}  // namespace

void AddProgrammeRolePages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/programme/roles", [&services, &views](http::Request& request, http::RequestContext& context) {
    return RolesPage(services, views, request, context, {"", "", "7", "12", "14"}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/roles", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto input = ReadRoleForm(context);
    const Actor& actor = context.RequireActor();
    try {
      services.volunteers.CreateRole(actor, services.volunteers.Programmes(actor).front().organisation_id, input);
    } catch (const Invalid& invalid) {
      return RolesPage(services, views, request, context, input, invalid.errors());
    }
    return http::Response::Redirect("/programme/roles?done=added");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/roles/{id}/edit", [&services, &views](http::Request& request,
                                                                       http::RequestContext& context) {
    const auto role = FindRole(services, context.RequireActor(), request.PathParam("id"));
    return EditRolePage(services, views, request, context, role.id,
                        {role.name, role.description, std::to_string(role.supervision_early_days),
                         std::to_string(role.early_weeks), std::to_string(role.supervision_later_days)},
                        {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/roles/{id}/edit", [&services, &views](http::Request& request,
                                                                        http::RequestContext& context) {
    const auto role_id = request.PathParam("id");
    const auto input = ReadRoleForm(context);
    try {
      services.volunteers.UpdateRole(context.RequireActor(), role_id, input);
    } catch (const Invalid& invalid) {
      return EditRolePage(services, views, request, context, role_id, input, invalid.errors());
    }
    return http::Response::Redirect("/programme/roles?done=saved");
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/roles/{id}/archive", [&services](http::Request& request,
                                                                   http::RequestContext& context) {
    const bool archive = context.form.Get("archived") != "0";
    services.volunteers.SetRoleArchived(context.RequireActor(), request.PathParam("id"), archive);
    return http::Response::Redirect(std::string("/programme/roles?done=") + (archive ? "archived" : "restored"));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
