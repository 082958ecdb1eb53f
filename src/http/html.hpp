#pragma once
/// HTML escaping for the rare output that does not go through the (escaping) templates.

#include <string>
#include <string_view>

namespace alongside::http {

/// Escapes & < > " ' so the result is safe in element content and in quoted attributes.
std::string EscapeHtml(std::string_view text);

}  // namespace alongside::http
