#include "core/common/london_time.hpp"
#include "web/admin/admin_pages.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/common/roles_view.hpp"

namespace alongside::web {
namespace {

Options RoleOptions() {
  Options roles{{"", "Select a role"}};
  for (auto role : AllRoles()) roles.emplace_back(std::string(RoleCode(role)), std::string(RoleLabel(role)));
  return roles;
}

Options OrganisationOptions(Services& services, const Actor& actor) {
  Options options{{"", "No organisation"}};
  PageRequest all;
  all.page_size = 100;
  for (int page = 1;; ++page) {
    all.page = page;
    const auto result = services.organisations.List(actor, all);
    for (const auto& o : result.items) options.emplace_back(o.id, o.name + " (" + o.area_name + ")");
    if (!result.HasNext()) break;
  }
  return options;
}

http::Response NewUserForm(Services& services, const Views& views, const http::Request& request,
                           const http::RequestContext& context, const NewUser& input, std::vector<FieldError> errors) {
  FormView form(std::move(errors));
  form.Text("name", "Full name", "text", input.name, {.spellcheck_off = true});
  form.Text("email", "Email address", "email", input.email, {.spellcheck_off = true});
  form.Select("role", "Role", RoleOptions(), input.role);
  form.Select("organisation_id", "Organisation", OrganisationOptions(services, context.RequireActor()),
              input.organisation_id, "Every role except community member and platform administrator is held in an organisation");
  View data;
  form.ApplyTo(data);
  auto chrome = ChromeFor(request, context, "Add a person");
  chrome.has_errors = form.has_errors();
  chrome.back_link = "/admin/users";
  return views.Page("admin/new_user", data, chrome, form.has_errors() ? 422 : 200);
}

http::Response UserPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context, const std::string& user_id, const std::string& role,
                        const std::string& organisation_id, std::vector<FieldError> errors, const std::string& flash) {
  const Actor& actor = context.RequireActor();
  const User user = services.users.Get(actor, user_id);
  View data;
  View person;
  person.set("id", user.id);
  person.set("name", user.name);
  person.set("email", user.email);
  data.set("user", person);
  data.set("status", user.disabled() ? "Disabled" : user.verified() ? "Active" : "Invited, not yet signed in");
  data.set("created", FormatLondonDateTime(user.created_at));
  const bool may_update = services.policy.Allows(actor, Resource::kUser, Action::kUpdate, ScopeOf(user)) ||
                          (user.grants.empty() && services.policy.MayAtAll(actor, Resource::kUser, Action::kUpdate));
  auto role_views = RolesView(user.grants).list_value();
  for (auto& role_view : role_views) {
    role_view.set("user_id", user.id);
    role_view.set("may_update", may_update);
  }
  data.set("roles", View(role_views));
  data.set("has_roles", !user.grants.empty());
  data.set("may_update", may_update);
  data.set("is_self", user.id == actor.user_id);
  data.set("toggle_action", user.disabled() ? "enable" : "disable");
  data.set("toggle_label", user.disabled() ? "Enable this account" : "Disable this account");
  data.set("toggle_class", user.disabled() ? "nhsuk-button--secondary" : "nhsuk-button--warning");
  FormView form(std::move(errors));
  if (may_update) {
    form.Select("role", "Role", RoleOptions(), role);
    form.Select("organisation_id", "Organisation", OrganisationOptions(services, actor), organisation_id);
  }
  form.ApplyTo(data);
  auto chrome = ChromeFor(request, context, user.name);
  chrome.has_errors = form.has_errors();
  chrome.back_link = "/admin/users";
  chrome.flash = flash;
  return views.Page("admin/user", data, chrome, form.has_errors() ? 422 : 200);
}

}  // namespace

void AddUserPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/admin/users", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    UserFilter filter;
    filter.query = request.Query("q");
    filter.organisation_id = request.Query("organisation_id");
    filter.page.page = PageNumber(request);
    const auto page = services.users.List(actor, filter);
    View data;
    View items{View::type::list};
    for (const auto& user : page.items) {
      View item;
      item.set("id", user.id);
      item.set("name", user.name);
      item.set("email", user.email);
      item.set("roles", RolesView(user.grants));
      item.set("disabled", user.disabled());
      item.set("verified", user.verified());
      items.push_back(item);
    }
    data.set("items", items);
    data.set("has_items", !page.items.empty());
    data.set("total", std::to_string(page.total));
    data.set("people_word", page.total == 1 ? "person" : "people");
    data.set("q", filter.query);
    data.set("organisation_id", filter.organisation_id);
    data.set("may_create", services.policy.MayAtAll(actor, Resource::kUser, Action::kCreate));
    AddPagination(data, request, page);
    auto chrome = ChromeFor(request, context, "People");
    if (request.Query("done") == "created") chrome.flash = "Person added. They have been emailed a link to choose a password.";
    return views.Page("admin/users", data, chrome);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/admin/users/new", [&services, &views](http::Request& request, http::RequestContext& context) {
    if (!services.policy.MayAtAll(context.RequireActor(), Resource::kUser, Action::kCreate))
      throw AccessRefused(Resource::kUser, Action::kCreate, "");
    return NewUserForm(services, views, request, context, {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/admin/users", [&services, &views](http::Request& request, http::RequestContext& context) {
    NewUser input{context.form.Get("name"), context.form.Get("email"), context.form.Get("role"),
                  context.form.Get("organisation_id"), ""};
    try {
      services.users.Create(context.RequireActor(), input);
    } catch (const Invalid& invalid) {
      return NewUserForm(services, views, request, context, input, invalid.errors());
    }
    return http::Response::Redirect("/admin/users?done=created");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/admin/users/{id}", [&services, &views](http::Request& request, http::RequestContext& context) {
    std::string flash;
    if (request.Query("done") == "role_added") flash = "Role added.";
    if (request.Query("done") == "role_removed") flash = "Role removed.";
    if (request.Query("done") == "disabled") flash = "Account disabled. They have been signed out everywhere.";
    if (request.Query("done") == "enabled") flash = "Account enabled.";
    return UserPage(services, views, request, context, request.PathParam("id"), "", "", {}, flash);
  }, http::Access::kSignedIn);

  routes.Page("POST", "/admin/users/{id}/roles", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string id = request.PathParam("id");
    const std::string role = context.form.Get("role");
    const std::string organisation_id = context.form.Get("organisation_id");
    try {
      services.users.GrantRole(context.RequireActor(), id, role, organisation_id);
    } catch (const Invalid& invalid) {
      return UserPage(services, views, request, context, id, role, organisation_id, invalid.errors(), "");
    }
    return http::Response::Redirect("/admin/users/" + id + "?done=role_added");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/admin/users/{id}/roles/{grant}/remove", [&services, &views](http::Request& request, http::RequestContext& context) {
    const User user = services.users.Get(context.RequireActor(), request.PathParam("id"));
    std::string label;
    for (const auto& grant : user.grants)
      if (grant.id == request.PathParam("grant"))
        label = std::string(RoleLabel(grant.role)) + (grant.organisation_name.empty() ? "" : ", " + grant.organisation_name);
    if (label.empty()) throw NotFound("Role not found");
    View data;
    data.set("heading", "Remove this role?");
    data.set("message", user.name + " will no longer be " + label + ". They will lose what this role lets them see at once.");
    data.set("action", "/admin/users/" + user.id + "/roles/" + request.PathParam("grant") + "/remove");
    data.set("confirm_label", "Remove role");
    data.set("cancel_href", "/admin/users/" + user.id);
    return views.Page("admin/confirm", data, ChromeFor(request, context, "Remove a role"));
  }, http::Access::kSignedIn);

  routes.Page("POST", "/admin/users/{id}/roles/{grant}/remove", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string id = request.PathParam("id");
    try {
      services.users.RevokeRole(context.RequireActor(), id, request.PathParam("grant"));
    } catch (const Invalid& invalid) {
      return UserPage(services, views, request, context, id, "", "", invalid.errors(), "");
    }
    return http::Response::Redirect("/admin/users/" + id + "?done=role_removed");
  }, http::Access::kSignedIn);

  for (const bool disable : {true, false}) {
    routes.Page("POST", disable ? "/admin/users/{id}/disable" : "/admin/users/{id}/enable",
                [&services, &views, disable](http::Request& request, http::RequestContext& context) {
      const std::string id = request.PathParam("id");
      try {
        services.users.SetDisabled(context.RequireActor(), id, disable);
      } catch (const Invalid& invalid) {
        return UserPage(services, views, request, context, id, "", "", invalid.errors(), "");
      }
      return http::Response::Redirect("/admin/users/" + id + (disable ? "?done=disabled" : "?done=enabled"));
    }, http::Access::kSignedIn);
  }
}

}  // namespace alongside::web
