#include "web/accounts/sign_in_pages.hpp"
#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"

namespace alongside::web {
namespace {

http::Response RegisterForm(const Views& views, const http::Request& request, const http::RequestContext& context,
                            const std::string& name, const std::string& email, std::vector<FieldError> errors) {
  FormView form(std::move(errors));
  form.Text("name", "Full name", "text", name, {.autocomplete = "name", .spellcheck_off = true});
  form.Text("email", "Email address", "email", email,
            {.hint = "We will send a link to this address to confirm it is yours", .autocomplete = "email",
             .spellcheck_off = true});
  form.Text("password", "Password", "password", "",
            {.hint = "12 to 128 characters. A few unrelated words together make a strong password.",
             .autocomplete = "new-password"});
  form.Text("password_confirm", "Confirm password", "password", "", {.autocomplete = "new-password"});
  View data;
  form.ApplyTo(data);
  auto chrome = ChromeFor(request, context, "Create an account");
  chrome.has_errors = form.has_errors();
  return views.Page("accounts/register", data, chrome, form.has_errors() ? 422 : 200);
}

}  // namespace

void AddRegistrationPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/register", [&views](http::Request& request, http::RequestContext& context) {
    if (context.actor) return http::Response::Redirect("/");
    auto response = RegisterForm(views, request, context, "", "", {});
    response.personal = false;
    return response;
  }, http::Access::kPublic);

  routes.Page("POST", "/register", [&services, &views](http::Request& request, http::RequestContext& context) {
    Registration input{context.form.Get("name"), context.form.Get("email"), context.form.Get("password"),
                       context.form.Get("password_confirm")};
    try {
      services.accounts.Register(input, request.request_id);
    } catch (const Invalid& invalid) {
      return RegisterForm(views, request, context, input.name, input.email, invalid.errors());
    }
    return http::Response::Redirect("/register/check-email");
  }, http::Access::kPublic);

  routes.Page("GET", "/register/check-email", [&views](http::Request& request, http::RequestContext& context) {
    View data;
    data.set("heading", "Check your email");
    data.set("message", "We have sent you an email with a link to confirm your address and finish creating your account.");
    auto response = views.Page("accounts/check_email", data, ChromeFor(request, context, "Check your email"));
    response.personal = false;
    return response;
  }, http::Access::kPublic);

  routes.Page("GET", "/verify-email", [&services, &views](http::Request& request, http::RequestContext& context) {
    View data;
    View link;
    int status = 200;
    try {
      services.accounts.VerifyEmail(request.Query("token"), request.request_id);
      data.set("heading", "Your email address is confirmed");
      data.set("message", "Your account is ready.");
      link.set("href", "/login");
      link.set("text", "Sign in");
    } catch (const Invalid& invalid) {
      status = 410;
      data.set("heading", "This link has expired");
      data.set("message", invalid.errors().front().message);
      link.set("href", "/forgot-password");
      link.set("text", "Get a new link by resetting your password");
    }
    data.set("link", link);
    return views.Page("accounts/message", data, ChromeFor(request, context, "Confirm your email address"), status);
  }, http::Access::kPublic);
}

}  // namespace alongside::web
