#include <charconv>

#include "api/common/json_body.hpp"
#include "api/families/privacy_api.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

boost::json::object NoteJson(const SensitiveNote& note) {
  return {{"id", note.id},
          {"category", std::string(SensitiveCategoryCode(note.category))},
          {"body", note.body},
          {"recorded_by", boost::json::object{{"id", note.recorded_by_user_id}, {"name", note.recorded_by_name}}},
          {"recorded_at", note.recorded_at}};
}

/// ?page=N, 1 when absent.
int RequestedPage(const http::Request& request) {
  const auto text = request.Query("page");
  if (text.empty()) return 1;
  int page = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), page);
  if (error != std::errc() || end != text.data() + text.size() || page < 1)
    throw http::BadRequest("The query parameter page must be a positive whole number");
  return page;
}

}  // namespace

void AddSensitiveApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/families/{id}/sensitive-notes",
             [&services](http::Request& request, http::RequestContext& context) {
    PageRequest page_request;
    page_request.page = RequestedPage(request);
    const auto notes = services.sensitive_notes.List(context.RequireActor(), request.PathParam("id"), page_request);
    boost::json::array items;
    for (const auto& note : notes.notes.items) items.push_back(NoteJson(note));
    return JsonResponse(boost::json::object{{"items", std::move(items)},
                                            {"page", notes.notes.page},
                                            {"page_size", notes.notes.page_size},
                                            {"total", notes.notes.total}});
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/sensitive-notes",
             [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"category", "body"});
    const auto note = services.sensitive_notes.Add(context.RequireActor(), request.PathParam("id"),
                                                   {StringField(body, "category"), StringField(body, "body")});
    return JsonResponse(NoteJson(note), 201);
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
