#pragma once
/// The request and response that handlers see. Independent of Beast, so web/ and api/
/// handlers (and their tests) never touch the wire format.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alongside::http {

/// Case-insensitive header lookup over the headers as received.
class Headers {
 public:
  void Add(std::string name, std::string value);
  /// First value of the header, or "" when absent.
  std::string Get(std::string_view name) const;
  bool Has(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& all() const { return items_; }

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

struct Request {
  std::string method;        ///< "GET", "POST", ...
  std::string target;        ///< as received, e.g. "/families?q=x"
  std::string path;          ///< percent-decoded path, e.g. "/families"
  std::multimap<std::string, std::string> query;  ///< decoded query parameters
  Headers headers;
  std::string body;
  std::string remote_address;  ///< peer IP, for throttling; never logged with personal data
  std::string request_id;      ///< set by the server, echoed in X-Request-Id and the logs
  std::map<std::string, std::string> path_params;  ///< filled by the router: {id} -> value
  bool secure = false;         ///< true when the public URL is https

  std::string Header(std::string_view name) const { return headers.Get(name); }
  /// Value of a cookie from the Cookie header, if present.
  std::optional<std::string> Cookie(std::string_view name) const;
  /// First value of a query parameter, or "".
  std::string Query(std::string_view name) const;
  std::string PathParam(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  ///< extra headers
  /// Route name for metrics and the access log, e.g. "GET /families/{id}".
  std::string route;
  /// True when the body holds personal data: adds Cache-Control: no-store.
  bool personal = true;

  Response& SetHeader(std::string name, std::string value);
  std::string Header(std::string_view name) const;

  static Response Html(std::string body, int status = 200);
  static Response Json(std::string body, int status = 200);
  static Response Text(std::string body, int status = 200);
  /// 303 See Other: the POST-redirect-GET pattern.
  static Response Redirect(std::string location, int status = 303);
};

}  // namespace alongside::http
