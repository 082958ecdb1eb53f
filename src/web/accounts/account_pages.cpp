#include "core/common/london_time.hpp"
#include "web/accounts/sign_in_pages.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/common/roles_view.hpp"

namespace alongside::web {
namespace {

http::Response AccountPage(Services& services, const Views& views, const http::Request& request,
                           const http::RequestContext& context, const std::string& label,
                           std::vector<FieldError> errors, const std::string& new_token, const std::string& flash) {
  const Actor& actor = context.RequireActor();
  const User me = services.accounts.Me(actor);
  View data;
  View user;
  user.set("name", me.name);
  user.set("email", me.email);
  data.set("user", user);
  data.set("roles", RolesView(me.grants));
  View tokens{View::type::list};
  const auto live = services.sessions.ListApiTokens(actor);
  for (const auto& token : live) {
    View item;
    item.set("id", token.id);
    item.set("label", token.label);
    item.set("created", FormatLondonDate(token.created_at));
    item.set("expires", FormatLondonDate(token.expires_at));
    tokens.push_back(item);
  }
  data.set("tokens", tokens);
  data.set("has_tokens", !live.empty());
  if (!new_token.empty()) data.set("new_token", new_token);
  FormView form(std::move(errors));
  form.Text("label", "Name of a new token", "text", label,
            {.hint = "For example, the name of the system that will use it", .width = "20"});
  form.ApplyTo(data);
  auto chrome = ChromeFor(request, context, "Your account");
  chrome.has_errors = form.has_errors();
  chrome.flash = flash;
  return views.Page("accounts/account", data, chrome, form.has_errors() ? 422 : 200);
}

http::Response PasswordForm(const Views& views, const http::Request& request, const http::RequestContext& context,
                            std::vector<FieldError> errors) {
  FormView form(std::move(errors));
  form.Text("current_password", "Current password", "password", "", {.autocomplete = "current-password"});
  form.Text("new_password", "New password", "password", "",
            {.hint = "12 to 128 characters", .autocomplete = "new-password"});
  form.Text("new_password_confirm", "Confirm new password", "password", "", {.autocomplete = "new-password"});
  View data;
  form.ApplyTo(data);
  auto chrome = ChromeFor(request, context, "Change your password");
  chrome.has_errors = form.has_errors();
  chrome.back_link = "/account";
  return views.Page("accounts/change_password", data, chrome, form.has_errors() ? 422 : 200);
}

}  // namespace

void AddAccountPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/account", [&services, &views](http::Request& request, http::RequestContext& context) {
    std::string flash;
    if (request.Query("done") == "password") flash = "Your password has been changed.";
    if (request.Query("done") == "revoked") flash = "The token has been revoked.";
    return AccountPage(services, views, request, context, "", {}, "", flash);
  }, http::Access::kSignedIn);

  routes.Page("POST", "/account/tokens", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string label = context.form.Get("label");
    try {
      auto [session, token] = services.sessions.CreateApiToken(context.RequireActor(), label);
      return AccountPage(services, views, request, context, "", {}, token, "Token created.");
    } catch (const Invalid& invalid) {
      return AccountPage(services, views, request, context, label, invalid.errors(), "", "");
    }
  }, http::Access::kSignedIn);

  routes.Page("POST", "/account/tokens/{id}/revoke", [&services](http::Request& request, http::RequestContext& context) {
    services.sessions.RevokeApiToken(context.RequireActor(), request.PathParam("id"));
    return http::Response::Redirect("/account?done=revoked");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/account/password", [&views](http::Request& request, http::RequestContext& context) {
    return PasswordForm(views, request, context, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/account/password", [&services, &views](http::Request& request, http::RequestContext& context) {
    try {
      services.accounts.ChangePassword(context.RequireActor(),
                                       {context.form.Get("current_password"), context.form.Get("new_password"),
                                        context.form.Get("new_password_confirm")});
    } catch (const Invalid& invalid) {
      return PasswordForm(views, request, context, invalid.errors());
    }
    return http::Response::Redirect("/account?done=password");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
