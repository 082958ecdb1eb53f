#pragma once
/// The client sent something the server cannot accept as HTTP input (bad percent-encoding,
/// invalid UTF-8, a malformed target). The server answers 400 and never shows the message
/// to anyone but the log.

#include <stdexcept>
#include <string>

namespace alongside::http {

class BadRequest : public std::runtime_error {
 public:
  explicit BadRequest(const std::string& what) : std::runtime_error(what) {}
};

}  // namespace alongside::http
