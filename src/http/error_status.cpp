#include "http/error_status.hpp"

#include "core/common/errors.hpp"
#include "http/bad_request.hpp"

namespace alongside::http {

ErrorStatus StatusFor(const std::exception& error) {
  if (dynamic_cast<const NotFound*>(&error)) return {404, "Page not found"};
  if (dynamic_cast<const Forbidden*>(&error)) return {403, "You do not have permission to see this"};
  if (dynamic_cast<const Unauthorized*>(&error)) return {401, "Sign in to continue"};
  if (dynamic_cast<const Conflict*>(&error)) return {409, "This clashes with something already saved"};
  if (dynamic_cast<const Invalid*>(&error)) return {422, "There is a problem"};
  if (dynamic_cast<const TooManyRequests*>(&error)) return {429, "Too many attempts"};
  if (dynamic_cast<const BadRequest*>(&error)) return {400, "The request could not be understood"};
  return {500, "Sorry, there is a problem with the service"};
}

}  // namespace alongside::http
