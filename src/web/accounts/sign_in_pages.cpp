#include "web/accounts/sign_in_pages.hpp"

#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"

namespace alongside::web {
namespace {

http::Response LoginForm(const Views& views, const http::Request& request, const http::RequestContext& context,
                         const std::string& email, const std::string& next, std::vector<FieldError> errors,
                         const std::string& notice, int status) {
  FormView form(std::move(errors));
  form.Text("email", "Email address", "email", email, {.autocomplete = "email", .spellcheck_off = true});
  form.Text("password", "Password", "password", "", {.autocomplete = "current-password"});
  View data;
  form.ApplyTo(data);
  if (!next.empty()) data.set("next", next);
  if (!notice.empty()) data.set("notice", notice);
  auto chrome = ChromeFor(request, context, "Sign in");
  chrome.has_errors = form.has_errors();
  return views.Page("accounts/login", data, chrome, status);
}

}  // namespace

std::string SafeNextPath(const std::string& next) {
  if (next.empty() || next[0] != '/' || next.rfind("//", 0) == 0 || next.find('\\') != std::string::npos ||
      next.find_first_of("\r\n") != std::string::npos)
    return "/";
  return next;
}

void AddSignInPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/login", [&views](http::Request& request, http::RequestContext& context) {
    if (context.actor) return http::Response::Redirect("/");
    std::string notice;
    if (request.Query("reason") == "expired") notice = "You were signed out because you were inactive for 30 minutes. Sign in again to continue.";
    if (request.Query("reason") == "signed_out") notice = "You have signed out.";
    if (request.Query("reason") == "password_reset") notice = "Your password has been changed. Sign in with your new password.";
    auto response = LoginForm(views, request, context, "", SafeNextPath(request.Query("next")) == "/" ? "" : request.Query("next"), {}, notice, 200);
    response.personal = false;
    return response;
  }, http::Access::kPublic);

  routes.Page("POST", "/login", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string email = context.form.Get("email");
    const std::string next = SafeNextPath(context.form.Get("next"));
    try {
      auto result = services.sessions.SignIn(email, context.form.Get("password"), request.remote_address,
                                             request.request_id);
      auto response = http::Response::Redirect(next);
      response.headers.emplace_back(
          "Set-Cookie", http::CookieHeader(http::SessionCookieName(context.secure_cookies), result.token,
                                           context.secure_cookies));
      return response;
    } catch (const Invalid& invalid) {
      return LoginForm(views, request, context, email, next == "/" ? "" : next, invalid.errors(), "", 422);
    } catch (const Unauthorized& failed) {
      return LoginForm(views, request, context, email, next == "/" ? "" : next, {{"email", failed.what()}}, "", 401);
    } catch (const TooManyRequests& throttled) {
      return LoginForm(views, request, context, email, next == "/" ? "" : next, {{"email", throttled.what()}}, "", 429);
    }
  }, http::Access::kPublic);

  routes.Page("POST", "/logout", [&services](http::Request&, http::RequestContext& context) {
    if (context.actor) services.sessions.SignOut(*context.actor);
    auto response = http::Response::Redirect("/login?reason=signed_out");
    response.headers.emplace_back(
        "Set-Cookie", http::CookieHeader(http::SessionCookieName(context.secure_cookies), "", context.secure_cookies, true));
    return response;
  }, http::Access::kPublic);
}

}  // namespace alongside::web
