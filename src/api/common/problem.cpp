#include "api/common/problem.hpp"

#include <boost/json.hpp>

namespace alongside::api {

http::Response Problem(int status, const std::string& title, const std::string& detail,
                       const std::vector<FieldError>& errors) {
  boost::json::object problem;
  problem["type"] = "about:blank";
  problem["title"] = title;
  problem["status"] = status;
  problem["detail"] = detail;
  if (!errors.empty()) {
    boost::json::array list;
    for (const auto& e : errors) list.push_back(boost::json::object{{"field", e.field}, {"message", e.message}});
    problem["errors"] = std::move(list);
  }
  http::Response response = http::Response::Json(boost::json::serialize(problem), status);
  response.content_type = "application/problem+json";
  return response;
}

}  // namespace alongside::api
