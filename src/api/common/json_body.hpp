#pragma once
/// Strict JSON request bodies: a malformed document, a non-object, a field of the wrong
/// type or an unknown field is a 400 with a message saying which.

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json.hpp>

#include "http/message.hpp"

namespace alongside::api {

/// Parses the body as a JSON object whose keys are all in `allowed`.
/// Throws http::BadRequest otherwise (invalid UTF-8 included).
boost::json::object ParseObject(const http::Request& request, std::initializer_list<std::string_view> allowed);

/// A string member, "" when absent; throws BadRequest when present but not a string.
std::string StringField(const boost::json::object& object, std::string_view name);

/// An array-of-strings member, empty when absent or null; throws BadRequest for anything else.
std::vector<std::string> StringListField(const boost::json::object& object, std::string_view name);

/// A JSON response.
http::Response JsonResponse(const boost::json::value& value, int status = 200);

}  // namespace alongside::api
