#include "web/accounts/sign_in_pages.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"

namespace alongside::web {
namespace {

http::Response ForgotForm(const Views& views, const http::Request& request, const http::RequestContext& context,
                          const std::string& email, std::vector<FieldError> errors) {
  FormView form(std::move(errors));
  form.Text("email", "Email address", "email", email, {.autocomplete = "email", .spellcheck_off = true});
  View data;
  form.ApplyTo(data);
  auto chrome = ChromeFor(request, context, "Reset your password");
  chrome.has_errors = form.has_errors();
  return views.Page("accounts/forgot_password", data, chrome, form.has_errors() ? 422 : 200);
}

http::Response ResetForm(const Views& views, const http::Request& request, const http::RequestContext& context,
                         const std::string& token, std::vector<FieldError> errors) {
  FormView form(std::move(errors));
  form.Text("password", "New password", "password", "", {.autocomplete = "new-password"});
  form.Text("password_confirm", "Confirm new password", "password", "", {.autocomplete = "new-password"});
  View data;
  form.ApplyTo(data);
  data.set("token", token);
  auto chrome = ChromeFor(request, context, "Choose a new password");
  chrome.has_errors = form.has_errors();
  return views.Page("accounts/reset_password", data, chrome, form.has_errors() ? 422 : 200);
}

http::Response ExpiredLink(const Views& views, const http::Request& request, const http::RequestContext& context) {
  View data;
  data.set("heading", "This link has expired");
  data.set("message", "Links to reset a password work once, for one hour. Ask for a new one.");
  View link;
  link.set("href", "/forgot-password");
  link.set("text", "Ask for a new link");
  data.set("link", link);
  return views.Page("accounts/message", data, ChromeFor(request, context, "This link has expired"), 410);
}

}  // namespace

void AddPasswordResetPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/forgot-password", [&views](http::Request& request, http::RequestContext& context) {
    return ForgotForm(views, request, context, "", {});
  }, http::Access::kPublic);

  routes.Page("POST", "/forgot-password", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string email = context.form.Get("email");
    try {
      services.accounts.RequestPasswordReset(email, request.request_id);
    } catch (const Invalid& invalid) {
      return ForgotForm(views, request, context, email, invalid.errors());
    }
    View data;
    data.set("heading", "Check your email");
    data.set("message", "If " + email + " has an Alongside account, we have sent a link to reset the password.");
    return views.Page("accounts/check_email", data, ChromeFor(request, context, "Check your email"));
  }, http::Access::kPublic);

  routes.Page("GET", "/reset-password", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string token = request.Query("token");
    if (!services.accounts.ResetLinkValid(token)) return ExpiredLink(views, request, context);
    return ResetForm(views, request, context, token, {});
  }, http::Access::kPublic);

  routes.Page("POST", "/reset-password", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string token = context.form.Get("token");
    try {
      services.accounts.ResetPassword(token, context.form.Get("password"), context.form.Get("password_confirm"),
                                      request.request_id);
    } catch (const Invalid& invalid) {
      if (invalid.errors().front().field == "token") return ExpiredLink(views, request, context);
      return ResetForm(views, request, context, token, invalid.errors());
    }
    return http::Response::Redirect("/login?reason=password_reset");
  }, http::Access::kPublic);
}

}  // namespace alongside::web
