#pragma once
/// Conversion between Beast messages on the wire and the handler-facing Request/Response.
/// Internal to the server; web/ and api/ never include this.

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <string>

#include "http/message.hpp"

namespace alongside::http {

using WireRequest = boost::beast::http::request<boost::beast::http::string_body>;
using WireResponse = boost::beast::http::response<boost::beast::http::string_body>;

/// Builds the handler's view of a parsed request: decoded path (Boost.URL), decoded query,
/// headers, body. Throws BadRequest for a malformed target, a bad percent escape, or a
/// path or query that is not valid UTF-8 or holds a NUL.
Request ToRequest(WireRequest&& message, std::string remote_address, std::string request_id, bool secure);

/// Serialises a finished Response. For HEAD the Content-Length is that of the body that
/// GET would send, and no body is sent. Headers whose name or value holds CR, LF or NUL
/// are dropped (no header injection through a handler bug).
WireResponse ToWire(Response&& response, bool head, bool keep_alive, unsigned version);

/// A plain-text response for protocol-level failures (400, 408, 413, 431, 500, 503).
Response PlainError(int status, std::string_view message);

}  // namespace alongside::http
