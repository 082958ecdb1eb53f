#include "api/common/json_body.hpp"

#include "http/bad_request.hpp"
#include "http/utf8.hpp"

namespace alongside::api {

boost::json::object ParseObject(const http::Request& request, std::initializer_list<std::string_view> allowed) {
  const std::string content_type = request.Header("Content-Type");
  if (content_type.rfind("application/json", 0) != 0)
    throw http::BadRequest("Send the body as JSON with Content-Type: application/json");
  if (!http::IsValidUtf8(request.body)) throw http::BadRequest("The body is not valid UTF-8");
  boost::system::error_code ec;
  boost::json::value value = boost::json::parse(request.body, ec);
  if (ec) throw http::BadRequest("The body is not valid JSON");
  if (!value.is_object()) throw http::BadRequest("The body must be a JSON object");
  auto& object = value.as_object();
  for (const auto& member : object) {
    bool known = false;
    for (auto name : allowed)
      if (member.key() == name) known = true;
    if (!known) throw http::BadRequest("Unknown field: " + std::string(member.key()));
  }
  return std::move(object);
}

std::string StringField(const boost::json::object& object, std::string_view name) {
  const auto* value = object.if_contains(name);
  if (!value || value->is_null()) return "";
  if (!value->is_string()) throw http::BadRequest("The field " + std::string(name) + " must be a string");
  return std::string(value->as_string());
}

std::vector<std::string> StringListField(const boost::json::object& object, std::string_view name) {
  std::vector<std::string> out;
  const auto* value = object.if_contains(name);
  if (!value || value->is_null()) return out;
  if (!value->is_array()) throw http::BadRequest("The field " + std::string(name) + " must be an array of strings");
  for (const auto& item : value->as_array()) {
    if (!item.is_string()) throw http::BadRequest("The field " + std::string(name) + " must be an array of strings");
    out.emplace_back(item.as_string());
  }
  return out;
}

http::Response JsonResponse(const boost::json::value& value, int status) {
  return http::Response::Json(boost::json::serialize(value), status);
}

}  // namespace alongside::api
