#include "http/security_headers.hpp"

#include <string>

#include "http/gzip.hpp"

namespace alongside::http {

namespace {

constexpr std::size_t kCompressMinBytes = 1024;

void AddIfAbsent(Response& response, std::string_view name, std::string_view value) {
  if (!response.Header(name).empty()) return;
  response.headers.emplace_back(std::string(name), std::string(value));
}

}  // namespace

void AddSecurityHeaders(Response& response, bool public_https) {
  AddIfAbsent(response, "Content-Security-Policy", kContentSecurityPolicy);
  AddIfAbsent(response, "X-Content-Type-Options", "nosniff");
  AddIfAbsent(response, "Referrer-Policy", "strict-origin-when-cross-origin");
  AddIfAbsent(response, "X-Frame-Options", "DENY");
  AddIfAbsent(response, "Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  AddIfAbsent(response, "Cross-Origin-Opener-Policy", "same-origin");
  if (public_https) AddIfAbsent(response, "Strict-Transport-Security", "max-age=31536000; includeSubDomains");
}

bool IsCompressibleType(std::string_view content_type) {
  const auto media_type = content_type.substr(0, content_type.find(';'));
  return media_type == "text/html" || media_type == "application/json" ||
         media_type == "application/problem+json" || media_type == "text/plain" || media_type == "text/css" ||
         media_type == "application/javascript";
}

void FinishResponse(Response& response, std::string_view accept_encoding, std::string_view request_id,
                    bool public_https) {
  AddSecurityHeaders(response, public_https);
  response.SetHeader("X-Request-Id", std::string(request_id));
  if (response.personal && response.Header("Cache-Control").empty()) response.SetHeader("Cache-Control", "no-store");

  const bool has_body = response.status >= 200 && response.status != 204 && response.status != 304;
  if (!has_body || response.body.size() <= kCompressMinBytes || !IsCompressibleType(response.content_type) ||
      !response.Header("Content-Encoding").empty()) {
    return;
  }
  // The representation depends on Accept-Encoding whether or not this client gets gzip.
  const auto vary = response.Header("Vary");
  if (vary.empty()) {
    response.SetHeader("Vary", "Accept-Encoding");
  } else if (vary.find("Accept-Encoding") == std::string::npos) {
    response.SetHeader("Vary", vary + ", Accept-Encoding");
  }
  if (!AcceptsGzip(accept_encoding)) return;
  auto compressed = GzipCompress(response.body);
  if (compressed.size() < response.body.size()) {
    response.body = std::move(compressed);
    response.SetHeader("Content-Encoding", "gzip");
  }
}

}  // namespace alongside::http
