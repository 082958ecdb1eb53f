#pragma once
/// Routes as web/ and api/ declare them: a handler that receives the request context,
/// and who may reach it. The app's pipeline turns these into Router entries.

#include <functional>
#include <string>
#include <vector>

#include "http/message.hpp"
#include "http/request_context.hpp"

namespace alongside::http {

using ContextHandler = std::function<Response(Request&, RequestContext&)>;

enum class Access {
  kPublic,    ///< anyone, signed in or not
  kSignedIn,  ///< a valid session or API token; otherwise sign-in page (web) or 401 (api)
};

struct RouteSpec {
  std::string method;
  std::string pattern;
  ContextHandler handler;
  Access access = Access::kSignedIn;
  bool api = false;  ///< JSON errors, no CSRF form token (JSON bodies only)
};

class RouteTable {
 public:
  void Page(std::string method, std::string pattern, ContextHandler handler, Access access) {
    specs_.push_back({std::move(method), std::move(pattern), std::move(handler), access, false});
  }
  void Api(std::string method, std::string pattern, ContextHandler handler, Access access) {
    specs_.push_back({std::move(method), std::move(pattern), std::move(handler), access, true});
  }
  const std::vector<RouteSpec>& specs() const { return specs_; }

 private:
  std::vector<RouteSpec> specs_;
};

}  // namespace alongside::http
