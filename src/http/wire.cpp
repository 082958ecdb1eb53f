#include "http/wire.hpp"

#include <boost/url/parse.hpp>

#include <spdlog/spdlog.h>

#include "http/bad_request.hpp"
#include "http/form.hpp"
#include "http/utf8.hpp"

namespace alongside::http {

namespace {

bool HasControlBreak(std::string_view text) { return text.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos; }

}  // namespace

Request ToRequest(WireRequest&& message, std::string remote_address, std::string request_id, bool secure) {
  Request request;
  request.method = std::string(message.method_string());
  request.target = std::string(message.target());
  auto parsed = boost::urls::parse_origin_form(request.target);
  if (!parsed) {
    // RFC 9112 3.2.2: servers must accept the absolute form too.
    auto absolute = boost::urls::parse_absolute_uri(request.target);
    if (!absolute) throw BadRequest("malformed request target");
    parsed = *absolute;
  }
  request.path = parsed->path();
  if (request.path.empty()) request.path = "/";
  if (!IsValidUtf8(request.path) || request.path.find('\0') != std::string::npos) {
    throw BadRequest("request path is not valid UTF-8");
  }
  if (parsed->has_query()) request.query = ParseUrlEncoded(parsed->encoded_query());
  for (const auto& field : message) {
    request.headers.Add(std::string(field.name_string()), std::string(field.value()));
  }
  request.body = std::move(message.body());
  request.remote_address = std::move(remote_address);
  request.request_id = std::move(request_id);
  request.secure = secure;
  return request;
}

WireResponse ToWire(Response&& response, bool head, bool keep_alive, unsigned version) {
  WireResponse wire;
  wire.version(version);
  wire.result(static_cast<unsigned>(response.status));
  const bool has_body = response.status >= 200 && response.status != 204 && response.status != 304;
  if (has_body && !response.content_type.empty()) wire.set(boost::beast::http::field::content_type, response.content_type);
  for (auto& [name, value] : response.headers) {
    if (name.empty() || HasControlBreak(name) || HasControlBreak(value)) {
      spdlog::warn("dropped response header with a line break (route {})", response.route);
      continue;
    }
    wire.insert(name, value);
  }
  wire.keep_alive(keep_alive);
  if (has_body) {
    wire.content_length(response.body.size());
    if (!head) wire.body() = std::move(response.body);
  }
  return wire;
}

Response PlainError(int status, std::string_view message) {
  auto response = Response::Text(std::string(message) + "\n", status);
  response.personal = false;
  response.route = "unmatched";
  return response;
}

}  // namespace alongside::http
