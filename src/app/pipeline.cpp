#include "app/pipeline.hpp"

#include <boost/json.hpp>

#include "api/common/problem.hpp"
#include "core/common/crypto.hpp"
#include "http/bad_request.hpp"
#include "http/error_status.hpp"
#include "web/common/page_context.hpp"
#include "web/web_routes.hpp"

namespace alongside::app {
namespace {

bool ChangesState(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

/// A plausible token from a cookie: URL-safe base64 of 32 bytes.
bool LooksLikeToken(const std::string& token) {
  if (token.size() != 43) return false;
  for (char c : token)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  return true;
}

Actor ActorOrAnonymous(const http::RequestContext& context, const http::Request& request) {
  if (context.actor) return *context.actor;
  Actor anonymous;
  anonymous.request_id = request.request_id;
  return anonymous;
}

}  // namespace

Pipeline::Pipeline(Services& services, const web::Views& views, const http::StaticFiles& assets, bool secure_cookies,
                   std::shared_ptr<spdlog::logger> log)
    : services_(services), views_(views), assets_(assets), secure_cookies_(secure_cookies), log_(std::move(log)) {}

void Pipeline::Mount(const http::RouteTable& table) {
  for (const auto& spec : table.specs()) {
    router_.Add(spec.method, spec.pattern, [this, spec](http::Request& request) { return Run(spec, request); });
  }
}

http::Response Pipeline::Handle(http::Request& request) {
  if (auto asset = assets_.Serve(request)) {
    asset->route = "GET /assets/*";
    return *asset;
  }
  auto response = router_.Dispatch(request);
  if (response.route == "unmatched" && (response.status == 404 || response.status == 405)) {
    const bool api = request.path.rfind("/api/", 0) == 0;
    const std::string allow = response.Header("Allow");
    http::RequestContext context;
    if (!api) {
      // So a signed-in person still sees their own header on a page that does not exist.
      http::RouteSpec unmatched{request.method, "unmatched", nullptr, http::Access::kPublic, false};
      try {
        Authenticate(unmatched, request, context);
      } catch (const std::exception&) {
        context = http::RequestContext{};
      }
    }
    const std::string title = response.status == 404 ? "Page not found" : "Method not allowed";
    const std::string detail = response.status == 404
                                   ? "If you typed the web address, check it is correct. If you pasted it, check you copied all of it."
                                   : "This address does not accept that kind of request.";
    http::Response page = api ? api::Problem(response.status, title, detail)
                              : web::ErrorPage(views_, request, context, response.status, title, detail);
    page.route = "unmatched";
    page.personal = false;
    if (!allow.empty()) page.SetHeader("Allow", allow);
    return page;
  }
  return response;
}

void Pipeline::Authenticate(const http::RouteSpec& spec, http::Request& request, http::RequestContext& context) {
  std::string token;
  const std::string authorization = request.Header("Authorization");
  if (authorization.rfind("Bearer ", 0) == 0) {
    token = authorization.substr(7);
    context.via_bearer = true;
  } else if (auto cookie = request.Cookie(http::SessionCookieName(secure_cookies_))) {
    token = *cookie;
  }
  std::string session_csrf;
  if (!token.empty()) {
    if (auto authenticated = services_.sessions.Authenticate(token, request.request_id)) {
      context.actor = std::move(authenticated->actor);
      session_csrf = authenticated->session.csrf_token;
    } else {
      context.had_stale_session = !context.via_bearer;
    }
  }
  if (spec.api) return;
  if (context.actor && !context.via_bearer) {
    context.csrf_token = session_csrf;
    return;
  }
  auto cookie = request.Cookie(http::CsrfCookieName(secure_cookies_));
  if (cookie && LooksLikeToken(*cookie)) {
    context.csrf_token = *cookie;
  } else {
    context.csrf_token = RandomToken(32);
    context.set_csrf_cookie = true;
  }
}

http::Response Pipeline::Refuse(const http::RouteSpec& spec, const http::Request& request,
                                const http::RequestContext& context, int status, const std::string& title,
                                const std::string& detail) {
  if (spec.api) return api::Problem(status, title, detail);
  return web::ErrorPage(views_, request, context, status, title, detail);
}

http::Response Pipeline::FromError(const http::RouteSpec& spec, const http::Request& request,
                                   const http::RequestContext& context, const std::exception& error) {
  const auto mapped = http::StatusFor(error);
  if (const auto* refused = dynamic_cast<const AccessRefused*>(&error)) {
    services_.audit.RecordRefusal(ActorOrAnonymous(context, request), *refused);
  } else if (mapped.status == 403) {
    services_.audit.RecordNow(ActorOrAnonymous(context, request), "access.refused", "route", spec.pattern,
                              AuditOutcome::kRefused);
  }
  switch (mapped.status) {
    case 401:
      if (!spec.api) return http::Response::Redirect("/login");
      return api::Problem(401, "Unauthorized", error.what());
    case 403:
      return Refuse(spec, request, context, 403, "You do not have permission to see this",
                    "Your role does not give access to this. If you think it should, ask your coordinator or administrator.");
    case 404:
      return Refuse(spec, request, context, 404, "Page not found", error.what());
    case 422: {
      const auto& invalid = static_cast<const Invalid&>(error);
      if (spec.api) return api::Problem(422, "There is a problem with the data sent", "See errors for each field.", invalid.errors());
      std::string detail;
      for (const auto& e : invalid.errors()) detail += e.message + ". ";
      return Refuse(spec, request, context, 422, "There is a problem", detail);
    }
    case 429: {
      auto response = Refuse(spec, request, context, 429, "Too many attempts", error.what());
      response.SetHeader("Retry-After", "3600");
      return response;
    }
    case 400:
      return Refuse(spec, request, context, 400, "The request could not be understood", error.what());
    case 409:
      return Refuse(spec, request, context, 409, "This clashes with something already saved", error.what());
    default:
      log_->error(boost::json::serialize(boost::json::object{{"event", "handler_error"},
                                                             {"request_id", request.request_id},
                                                             {"route", spec.method + " " + spec.pattern},
                                                             {"error", std::string(error.what()).substr(0, 300)}}));
      return Refuse(spec, request, context, 500, "Sorry, there is a problem with the service",
                    "Try again later. Nothing you saved before this has been lost.");
  }
}

http::Response Pipeline::Run(const http::RouteSpec& spec, http::Request& request) {
  http::RequestContext context;
  context.secure_cookies = secure_cookies_;
  http::Response response;
  try {
    Authenticate(spec, request, context);
    if (spec.access == http::Access::kSignedIn && !context.actor) {
      services_.audit.RecordNow(ActorOrAnonymous(context, request), "access.unauthenticated", "route", spec.pattern,
                                AuditOutcome::kRefused);
      if (spec.api) {
        response = api::Problem(401, "Unauthorized", "Sign in first: send a valid token as Authorization: Bearer TOKEN.");
        response.SetHeader("WWW-Authenticate", "Bearer");
      } else {
        std::string location = "/login";
        if (context.had_stale_session) location += "?reason=expired";
        if (request.method == "GET" && request.path != "/")
          location += std::string(context.had_stale_session ? "&" : "?") + "next=" + web::UrlEncode(request.target);
        response = http::Response::Redirect(location);
      }
    } else if (!spec.api && ChangesState(request.method)) {
      const std::string content_type = request.Header("Content-Type");
      if (content_type.rfind("application/x-www-form-urlencoded", 0) == 0) context.form = http::Form::Parse(request.body);
      if (!ConstantTimeEquals(context.form.Get("csrf_token"), context.csrf_token) || context.csrf_token.empty()) {
        services_.audit.RecordNow(ActorOrAnonymous(context, request), "csrf.refused", "route", spec.pattern,
                                  AuditOutcome::kRefused);
        response = Refuse(spec, request, context, 403, "This form could not be sent",
                          "For your security, forms expire. Go back, refresh the page and try again. "
                          "Anything you typed may need to be entered again.");
      } else {
        response = spec.handler(request, context);
      }
    } else {
      response = spec.handler(request, context);
    }
  } catch (const std::exception& error) {
    try {
      response = FromError(spec, request, context, error);
    } catch (const std::exception& nested) {
      log_->error(boost::json::serialize(boost::json::object{{"event", "error_page_failed"},
                                                             {"request_id", request.request_id},
                                                             {"error", std::string(nested.what()).substr(0, 300)}}));
      response = http::Response::Text("Sorry, there is a problem with the service.", 500);
    }
  }
  if (context.set_csrf_cookie)
    response.headers.emplace_back("Set-Cookie", http::CookieHeader(http::CsrfCookieName(secure_cookies_),
                                                                   context.csrf_token, secure_cookies_));
  if (context.had_stale_session && !context.actor)
    response.headers.emplace_back("Set-Cookie", http::CookieHeader(http::SessionCookieName(secure_cookies_), "",
                                                                   secure_cookies_, true));
  response.route = spec.method + " " + spec.pattern;
  return response;
}

}  // namespace alongside::app
