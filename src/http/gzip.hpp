#pragma once
/// gzip (RFC 1952) compression for response bodies and static assets.

#include <cstddef>
#include <string>
#include <string_view>

namespace alongside::http {

/// Compresses `data` into a gzip member (zlib, windowBits 31). Throws std::runtime_error
/// only if zlib itself fails (out of memory).
std::string GzipCompress(std::string_view data, int level = 6);

/// True when an Accept-Encoding header value accepts gzip (a "gzip" or "*" coding whose
/// q-value is not zero).
bool AcceptsGzip(std::string_view accept_encoding);

/// Inflates a gzip member. Throws std::runtime_error when the data is not complete gzip
/// or would inflate past `max_bytes` (a guard against compression bombs).
std::string GzipDecompress(std::string_view data, std::size_t max_bytes = 16 * 1024 * 1024);

}  // namespace alongside::http
