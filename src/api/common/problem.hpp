#pragma once
/// Errors as application/problem+json (RFC 9457), with field details for 422.

#include <string>
#include <vector>

#include "core/common/errors.hpp"
#include "http/message.hpp"

namespace alongside::api {

http::Response Problem(int status, const std::string& title, const std::string& detail,
                       const std::vector<FieldError>& errors = {});

}  // namespace alongside::api
