#pragma once
/// Maps (method, path) to a handler. Patterns are literal segments and `{name}`
/// parameters: "/api/v1/families/{id}/contacts".

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "http/message.hpp"

namespace alongside::http {

using Handler = std::function<Response(Request&)>;

/// The outcome of looking a request up.
struct RouteMatch {
  enum class Kind { kFound, kNotFound, kMethodNotAllowed };
  Kind kind = Kind::kNotFound;
  const Handler* handler = nullptr;  ///< set when kFound; owned by the Router
  std::string route;                 ///< "GET /api/v1/users/{id}" when kFound
  std::map<std::string, std::string> params;  ///< decoded path parameters when kFound
  std::vector<std::string> allowed;  ///< methods the path accepts, when kMethodNotAllowed

  bool found() const { return kind == Kind::kFound; }
  /// `allowed` joined for the Allow header: "GET, HEAD, POST".
  std::string AllowHeader() const;
};

class Router {
 public:
  /// Registers a handler. `{name}` matches exactly one non-empty segment; a literal segment
  /// beats a parameter at the same position, whatever the order of registration.
  /// Throws std::invalid_argument for a pattern not starting with '/', a malformed `{}`
  /// or a duplicate (method, pattern).
  void Add(std::string method, std::string pattern, Handler handler);

  /// Looks up a request. `target` is the path as received on the wire (percent-encoded;
  /// pass Request::target — anything from '?' on is ignored): it is split on '/' before
  /// decoding, so an encoded "%2F" stays inside its parameter. HEAD is answered by a GET
  /// route. kMethodNotAllowed when some pattern matches the path but none for this method.
  RouteMatch Find(std::string_view method, std::string_view target) const;

  /// Finds the route for `request`, fills request.path_params and calls the handler;
  /// sets Response::route. Unmatched: 404, or 405 with an Allow header (route "unmatched").
  Response Dispatch(Request& request) const;

  /// (method, pattern) of every route in registration order, for the OpenAPI check.
  std::vector<std::pair<std::string, std::string>> Routes() const;

 private:
  struct Segment {
    std::string text;  ///< literal text, or the parameter name
    bool is_param = false;
  };
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<Segment> segments;
    Handler handler;
  };
  std::vector<Route> routes_;
};

}  // namespace alongside::http
