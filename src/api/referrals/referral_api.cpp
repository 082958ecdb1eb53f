#include "api/referrals/referral_api.hpp"

#include "api/common/json_body.hpp"
#include "api/referrals/referral_json.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

std::vector<std::string> ShareField(const boost::json::object& body) {
  std::vector<std::string> codes;
  const auto* value = body.if_contains("share");
  if (!value || value->is_null()) return codes;
  if (!value->is_array()) throw http::BadRequest("The field share must be an array of strings");
  for (const auto& code : value->as_array()) {
    if (!code.is_string()) throw http::BadRequest("The field share must be an array of strings");
    codes.emplace_back(code.as_string());
  }
  return codes;
}

int PageOf(const http::Request& request) {
  try {
    const auto text = request.Query("page");
    return text.empty() ? 1 : std::max(1, std::stoi(text));
  } catch (const std::exception&) {
    throw http::BadRequest("page must be a positive number");
  }
}

boost::json::object PageJson(const ReferralPage& page, const Date& today) {
  boost::json::array items;
  for (const auto& r : page.items) items.push_back(ReferralJson(r, today));
  return boost::json::object{{"items", std::move(items)}, {"page", page.page}, {"page_size", page.page_size},
                             {"has_next", page.has_next}};
}

http::Response Created(const Referral& r, Services& services, const Actor& actor) {
  auto response = JsonResponse(ReferralViewJson(services.referrals.Get(actor, r.id), services.referrals.Today()), 201);
  response.SetHeader("Location", "/api/v1/referrals/" + r.id);
  return response;
}

}  // namespace

void AddReferralApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/referrals", [&services](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto box = request.Query("box");
    const PageRequest page{PageOf(request), 25};
    const auto today = services.referrals.Today();
    if (box.empty() || box == "sent") return JsonResponse(PageJson(services.referrals.Sent(actor, page), today));
    if (box == "attention") {
      auto out = PageJson(services.referrals.Attention(actor, page), today);
      out["count"] = services.referrals.AttentionCount(actor);
      return JsonResponse(out);
    }
    if (box == "inbox") {
      const auto code = request.Query("status");
      const auto status = ReferralStatusFromCode(code);
      if (!code.empty() && !status) throw http::BadRequest("status is not a referral status");
      return JsonResponse(PageJson(services.referrals.Inbox(actor, status, page), today));
    }
    throw http::BadRequest("box must be inbox, sent or attention");
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/referrals", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"family_id", "service_id", "reason", "share"});
    const Actor& actor = context.RequireActor();
    const auto referral = services.referrals.Create(
        actor, StringField(body, "family_id"),
        {StringField(body, "service_id"), StringField(body, "reason"), ShareField(body)});
    return Created(referral, services, actor);
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/referrals/{id}", [&services](http::Request& request, http::RequestContext& context) {
    const auto view = services.referrals.Get(context.RequireActor(), request.PathParam("id"));
    return JsonResponse(ReferralViewJson(view, services.referrals.Today()));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/referrals/{id}/{change}", [&services](http::Request& request, http::RequestContext& context) {
    const auto change = ReferralChangeFromCode(request.PathParam("change"));
    if (!change) throw NotFound();
    // A change that carries nothing (send, accept, ...) may come without a body.
    const auto body = request.body.empty() ? boost::json::object{}
                                           : ParseObject(request, {"note", "date", "onward_service_id", "onward_note"});
    const ReferralChangeForm form{StringField(body, "note"), StringField(body, "date"),
                                  StringField(body, "onward_service_id"), StringField(body, "onward_note")};
    const auto view = services.referrals.Change(context.RequireActor(), request.PathParam("id"), *change, form);
    return JsonResponse(ReferralViewJson(view, services.referrals.Today()));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/families/{id}/referrals", [&services](http::Request& request, http::RequestContext& context) {
    const auto found = services.referrals.ForFamily(context.RequireActor(), request.PathParam("id"));
    const auto today = services.referrals.Today();
    boost::json::array items;
    for (const auto& r : found.referrals) items.push_back(ReferralJson(r, today));
    return JsonResponse(boost::json::object{{"items", std::move(items)}, {"may_refer", found.may_refer}});
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
