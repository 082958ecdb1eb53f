#pragma once
/// Strict UTF-8 validation for text that arrives from clients.

#include <string_view>

namespace alongside::http {

/// True when `text` is well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates
/// (U+D800..U+DFFF), nothing above U+10FFFF, no truncated sequences.
bool IsValidUtf8(std::string_view text);

}  // namespace alongside::http
