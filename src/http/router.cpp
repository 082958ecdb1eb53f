#include "http/router.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <stdexcept>

#include <boost/url/pct_string_view.hpp>

namespace alongside::http {

namespace {

std::vector<std::string_view> SplitPath(std::string_view path) {
  std::vector<std::string_view> parts;
  // The leading '/' is skipped; "/" yields one empty segment, "/a/" yields {"a", ""}.
  path.remove_prefix(1);
  while (true) {
    const auto slash = path.find('/');
    parts.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return parts;
}

std::optional<std::string> DecodeSegment(std::string_view encoded) {
  const auto checked = boost::urls::make_pct_string_view(encoded);
  if (!checked) return std::nullopt;
  return checked->decode();
}

}  // namespace

std::string RouteMatch::AllowHeader() const {
  std::string out;
  for (const auto& method : allowed) {
    if (!out.empty()) out += ", ";
    out += method;
  }
  return out;
}

void Router::Add(std::string method, std::string pattern, Handler handler) {
  if (pattern.empty() || pattern.front() != '/') {
    throw std::invalid_argument("route pattern must start with '/': " + pattern);
  }
  Route route;
  for (const auto part : SplitPath(pattern)) {
    Segment segment;
    if (!part.empty() && part.front() == '{') {
      if (part.size() < 3 || part.back() != '}') throw std::invalid_argument("bad parameter in " + pattern);
      segment.text = std::string(part.substr(1, part.size() - 2));
      segment.is_param = true;
    } else {
      if (part.find_first_of("{}") != std::string_view::npos) {
        throw std::invalid_argument("bad parameter in " + pattern);
      }
      segment.text = std::string(part);
    }
    route.segments.push_back(std::move(segment));
  }
  for (const auto& existing : routes_) {
    if (existing.method == method && existing.pattern == pattern) {
      throw std::invalid_argument("duplicate route " + method + " " + pattern);
    }
  }
  route.method = std::move(method);
  route.pattern = std::move(pattern);
  route.handler = std::move(handler);
  routes_.push_back(std::move(route));
}

RouteMatch Router::Find(std::string_view method, std::string_view target) const {
  RouteMatch match;
  const auto query_start = target.find_first_of("?#");
  const auto path = target.substr(0, query_start);
  if (path.empty() || path.front() != '/') return match;

  std::vector<std::string> decoded;
  for (const auto part : SplitPath(path)) {
    auto segment = DecodeSegment(part);
    if (!segment) return match;
    decoded.push_back(std::move(*segment));
  }

  // Specificity: literal beats parameter at the first position where two patterns differ,
  // which compares like a string of bits (1 = literal) read left to right.
  const Route* best = nullptr;
  std::vector<bool> best_shape;
  std::set<std::string> allowed;
  for (const auto& route : routes_) {
    if (route.segments.size() != decoded.size()) continue;
    std::vector<bool> shape;
    bool matches = true;
    for (std::size_t i = 0; i < decoded.size() && matches; ++i) {
      const auto& segment = route.segments[i];
      matches = segment.is_param ? !decoded[i].empty() : segment.text == decoded[i];
      shape.push_back(!segment.is_param);
    }
    if (!matches) continue;
    const bool method_ok = route.method == method || (method == "HEAD" && route.method == "GET");
    if (!method_ok) {
      allowed.insert(route.method);
      if (route.method == "GET") allowed.insert("HEAD");
      continue;
    }
    if (best == nullptr || shape > best_shape) {
      best = &route;
      best_shape = std::move(shape);
    }
  }

  if (best == nullptr) {
    if (!allowed.empty()) {
      match.kind = RouteMatch::Kind::kMethodNotAllowed;
      match.allowed.assign(allowed.begin(), allowed.end());
    }
    return match;
  }
  match.kind = RouteMatch::Kind::kFound;
  match.handler = &best->handler;
  match.route = best->method + " " + best->pattern;
  for (std::size_t i = 0; i < decoded.size(); ++i) {
    if (best->segments[i].is_param) match.params[best->segments[i].text] = std::move(decoded[i]);
  }
  return match;
}

Response Router::Dispatch(Request& request) const {
  auto match = Find(request.method, request.target);
  if (match.kind == RouteMatch::Kind::kMethodNotAllowed) {
    auto response = Response::Text("Method not allowed\n", 405);
    response.SetHeader("Allow", match.AllowHeader());
    response.route = "unmatched";
    response.personal = false;
    return response;
  }
  if (!match.found()) {
    auto response = Response::Text("Not found\n", 404);
    response.route = "unmatched";
    response.personal = false;
    return response;
  }
  request.path_params = std::move(match.params);
  auto response = (*match.handler)(request);
  if (response.route.empty()) response.route = std::move(match.route);
  return response;
}

std::vector<std::pair<std::string, std::string>> Router::Routes() const {
  std::vector<std::pair<std::string, std::string>> out;
  out.reserve(routes_.size());
  for (const auto& route : routes_) out.emplace_back(route.method, route.pattern);
  return out;
}

}  // namespace alongside::http
