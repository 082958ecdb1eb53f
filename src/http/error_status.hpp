#pragma once
/// The one place where typed errors become HTTP statuses.

#include <exception>
#include <string>

namespace alongside::http {

struct ErrorStatus {
  int status = 500;
  std::string title;  ///< short, for the page heading or the problem title
};

/// Maps NotFound 404, Forbidden 403, Unauthorized 401, Conflict 409, Invalid 422,
/// TooManyRequests 429, BadRequest 400; anything else 500.
ErrorStatus StatusFor(const std::exception& error);

}  // namespace alongside::http
