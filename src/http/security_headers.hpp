#pragma once
/// Headers every response carries, and the last touches the server gives a response
/// before it goes on the wire.

#include <string_view>

#include "http/message.hpp"

namespace alongside::http {

/// Only our own origin's scripts, styles, fonts and images; no plugins; no framing.
inline constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// Adds CSP, nosniff, Referrer-Policy, X-Frame-Options, Permissions-Policy, COOP, and HSTS
/// when `public_https`. A header the handler already set is left as the handler set it.
void AddSecurityHeaders(Response& response, bool public_https);

/// Bodies of these types are worth compressing on the fly.
bool IsCompressibleType(std::string_view content_type);

/// Applies the server's response policy: security headers, X-Request-Id,
/// `Cache-Control: no-store` for personal responses that chose no caching of their own,
/// and gzip for compressible bodies over 1 KiB when the client accepts it (with Vary).
void FinishResponse(Response& response, std::string_view accept_encoding, std::string_view request_id,
                    bool public_https);

}  // namespace alongside::http
