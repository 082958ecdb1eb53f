#include "api/matching/matching_api.hpp"

#include "api/common/json_body.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

boost::json::array Strings(const std::vector<std::string>& items) {
  boost::json::array out;
  for (const auto& s : items) out.emplace_back(s);
  return out;
}

boost::json::object MatchJson(const Match& m) {
  boost::json::object o{{"id", m.id},
                        {"family_id", m.family_id},
                        {"volunteer_id", m.volunteer_id},
                        {"volunteer_name", m.volunteer_name},
                        {"status", std::string(MatchStatusCode(m.status))},
                        {"note", m.note},
                        {"response_reason", m.response_reason},
                        {"proposed_at", m.proposed_at}};
  o["responded_at"] = m.responded_at ? boost::json::value(*m.responded_at) : boost::json::value(nullptr);
  return o;
}

boost::json::object ClaimJson(const ExpenseClaim& c) {
  boost::json::object o{{"id", c.id},
                        {"volunteer_id", c.volunteer_id},
                        {"volunteer_name", c.volunteer_name},
                        {"spent_on", IsoDate(c.spent_on)},
                        {"kind", std::string(ExpenseKindCode(c.kind))},
                        {"amount_pence", c.amount_pence},
                        {"amount", FormatPence(c.amount_pence)},
                        {"description", c.description},
                        {"receipt_held", c.receipt_held},
                        {"status", std::string(ExpenseStatusCode(c.status))},
                        {"decision_reason", c.decision_reason}};
  o["miles"] = c.miles ? boost::json::value(*c.miles) : boost::json::value(nullptr);
  o["pence_per_mile"] = c.miles ? boost::json::value(c.pence_per_mile) : boost::json::value(nullptr);
  return o;
}

boost::json::object TotalsJson(const ActivityTotals& t) {
  return {{"activity", t.activity}, {"label", t.label}, {"this_month_minutes", t.this_month},
          {"last_12_months_minutes", t.last_12_months}, {"all_time_minutes", t.all_time}};
}

boost::json::object AvailabilityJson(const Volunteer& v) {
  return {{"volunteer_id", v.id}, {"availability", Strings(v.availability)}, {"max_families", v.max_families},
          {"languages", Strings(v.languages)}, {"lived_experience", Strings(v.lived_experience)}};
}

boost::json::object Items(boost::json::array items) { return {{"items", std::move(items)}}; }

/// A whole number member as text for the form ("" when absent); 400 for another type.
std::string NumberText(const boost::json::object& body, std::string_view name, bool fractions) {
  const auto* value = body.if_contains(name);
  if (!value || value->is_null()) return "";
  if (value->is_int64()) return std::to_string(value->as_int64());
  if (fractions && value->is_double()) return std::to_string(value->as_double());
  throw http::BadRequest("The field " + std::string(name) + (fractions ? " must be a number" : " must be a whole number"));
}

bool BoolField(const boost::json::object& body, std::string_view name) {
  const auto* value = body.if_contains(name);
  if (!value || value->is_null()) return false;
  if (!value->is_bool()) throw http::BadRequest("The field " + std::string(name) + " must be true or false");
  return value->as_bool();
}

std::string PoundsText(const std::string& pence_text) {
  if (pence_text.empty() || pence_text[0] == '-') return pence_text;
  const auto pence = std::stoll(pence_text);
  const auto p = pence % 100;
  return std::to_string(pence / 100) + "." + (p < 10 ? "0" : "") + std::to_string(p);
}

}  // namespace

void AddMatchingApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/matching/families", [&services](http::Request&, http::RequestContext& context) {
    boost::json::array items;
    for (const auto& f : services.matching.Waiting(context.RequireActor()).families)
      items.push_back({{"family_id", f.family_id}, {"display_name", f.display_name},
                       {"district", PostcodeDistrict(f.postcode)}, {"waiting_since", f.waiting_since},
                       {"offered_to", f.offered_to}});
    return JsonResponse(Items(std::move(items)));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/families/{id}/volunteer-suggestions", [&services](http::Request& request,
                                                                               http::RequestContext& context) {
    const auto page = services.matching.ForFamily(context.RequireActor(), request.PathParam("id"));
    boost::json::array items;
    for (const auto& s : page.suggestions)
      items.push_back({{"volunteer_id", s.volunteer_id}, {"name", s.name}, {"has_place", s.has_place},
                       {"reasons", Strings(s.reasons)}, {"reasons_against", Strings(s.reasons_against)}});
    auto body = Items(std::move(items));
    body["open_match"] = page.open ? boost::json::value(MatchJson(*page.open)) : boost::json::value(nullptr);
    return JsonResponse(body);
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/matches", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"family_id", "volunteer_id", "note"});
    return JsonResponse(MatchJson(services.matching.Propose(context.RequireActor(), StringField(body, "family_id"),
                                                            StringField(body, "volunteer_id"),
                                                            StringField(body, "note"))),
                        201);
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/volunteers/{id}/matches", [&services](http::Request& request,
                                                                   http::RequestContext& context) {
    boost::json::array items;
    for (const auto& o : services.matching.Offers(context.RequireActor(), request.PathParam("id")).offers) {
      auto m = MatchJson(o.match);
      m.erase("family_id");  // not theirs to know until they accept
      m["first_name"] = o.first_name;
      m["stage"] = o.stage;
      m["district"] = o.district;
      if (o.match.status == MatchStatus::kAccepted) m["family_id"] = o.match.family_id;
      items.push_back(std::move(m));
    }
    return JsonResponse(Items(std::move(items)));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/matches/{id}/accept", [&services](http::Request& request,
                                                                http::RequestContext& context) {
    return JsonResponse(MatchJson(services.matching.Accept(context.RequireActor(), request.PathParam("id"))));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/matches/{id}/decline", [&services](http::Request& request,
                                                                 http::RequestContext& context) {
    const auto body = ParseObject(request, {"reason"});
    return JsonResponse(MatchJson(
        services.matching.Decline(context.RequireActor(), request.PathParam("id"), StringField(body, "reason"))));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/matches/{id}/withdraw", [&services](http::Request& request,
                                                                  http::RequestContext& context) {
    const auto body = ParseObject(request, {"reason"});
    return JsonResponse(MatchJson(
        services.matching.Withdraw(context.RequireActor(), request.PathParam("id"), StringField(body, "reason"))));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/volunteers/{id}/hours", [&services](http::Request& request,
                                                                 http::RequestContext& context) {
    const auto hours = services.volunteer_activity.Hours(context.RequireActor(), request.PathParam("id"));
    boost::json::array by_activity, entries;
    for (const auto& a : hours.hours.by_activity) by_activity.push_back(TotalsJson(a));
    for (const auto& e : hours.entries)
      entries.push_back({{"id", e.id}, {"activity", std::string(TimeActivityCode(e.activity))},
                         {"on_date", IsoDate(e.on_date)}, {"minutes", e.minutes}, {"note", e.note},
                         {"source_type", e.source_type}});
    return JsonResponse(boost::json::object{{"volunteer_id", hours.volunteer.id},
                                            {"total", TotalsJson(hours.hours.total)},
                                            {"by_activity", std::move(by_activity)},
                                            {"entries", std::move(entries)}});
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/volunteers/{id}/time", [&services](http::Request& request,
                                                                 http::RequestContext& context) {
    const auto body = ParseObject(request, {"activity", "on_date", "minutes", "note"});
    const auto entry = services.volunteer_activity.LogTime(
        context.RequireActor(), request.PathParam("id"),
        {StringField(body, "activity"), StringField(body, "on_date"), NumberText(body, "minutes", false),
         StringField(body, "note")});
    return JsonResponse(boost::json::object{{"id", entry.id}, {"activity", std::string(TimeActivityCode(entry.activity))},
                                            {"on_date", IsoDate(entry.on_date)}, {"minutes", entry.minutes},
                                            {"note", entry.note}},
                        201);
  }, http::Access::kSignedIn);

  routes.Api("DELETE", "/api/v1/volunteers/{id}/time/{entry_id}", [&services](http::Request& request,
                                                                              http::RequestContext& context) {
    services.volunteer_activity.RemoveTime(context.RequireActor(), request.PathParam("id"),
                                           request.PathParam("entry_id"));
    http::Response response;
    response.status = 204;
    response.content_type.clear();
    return response;
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/volunteers/{id}/availability", [&services](http::Request& request,
                                                                        http::RequestContext& context) {
    return JsonResponse(AvailabilityJson(services.volunteer_activity.Availability(context.RequireActor(),
                                                                                  request.PathParam("id"))));
  }, http::Access::kSignedIn);

  routes.Api("PUT", "/api/v1/volunteers/{id}/availability", [&services](http::Request& request,
                                                                        http::RequestContext& context) {
    const auto body = ParseObject(request, {"availability", "max_families", "languages", "lived_experience"});
    std::string languages;
    for (const auto& l : StringListField(body, "languages")) languages += (languages.empty() ? "" : ", ") + l;
    return JsonResponse(AvailabilityJson(services.volunteer_activity.UpdateAvailability(
        context.RequireActor(), request.PathParam("id"),
        {StringListField(body, "availability"), NumberText(body, "max_families", false), languages,
         StringListField(body, "lived_experience")})));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/volunteers/{id}/expenses", [&services](http::Request& request,
                                                                    http::RequestContext& context) {
    boost::json::array items;
    const auto page = services.expenses.ForVolunteer(context.RequireActor(), request.PathParam("id"));
    for (const auto& c : page.claims) items.push_back(ClaimJson(c));
    auto body = Items(std::move(items));
    body["pence_per_mile"] = page.pence_per_mile;
    return JsonResponse(body);
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/volunteers/{id}/expenses", [&services](http::Request& request,
                                                                     http::RequestContext& context) {
    const auto body = ParseObject(request, {"spent_on", "kind", "miles", "amount_pence", "description", "receipt_held"});
    const ExpenseForm form{StringField(body, "spent_on"), StringField(body, "kind"), NumberText(body, "miles", true),
                           PoundsText(NumberText(body, "amount_pence", false)), StringField(body, "description"),
                           BoolField(body, "receipt_held")};
    return JsonResponse(ClaimJson(services.expenses.Submit(context.RequireActor(), request.PathParam("id"), form)), 201);
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/expenses", [&services](http::Request&, http::RequestContext& context) {
    const auto page = services.expenses.ForProgrammes(context.RequireActor());
    boost::json::array items;
    for (const auto& c : page.claims) items.push_back(ClaimJson(c));
    auto body = Items(std::move(items));
    body["awaiting"] = page.awaiting;
    body["awaiting_pence"] = page.awaiting_pence;
    return JsonResponse(body);
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/expenses/{id}/approve", [&services](http::Request& request,
                                                                  http::RequestContext& context) {
    return JsonResponse(ClaimJson(services.expenses.Approve(context.RequireActor(), request.PathParam("id"))));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/expenses/{id}/reject", [&services](http::Request& request,
                                                                 http::RequestContext& context) {
    const auto body = ParseObject(request, {"reason"});
    return JsonResponse(ClaimJson(
        services.expenses.Reject(context.RequireActor(), request.PathParam("id"), StringField(body, "reason"))));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/expenses/{id}/paid", [&services](http::Request& request,
                                                               http::RequestContext& context) {
    return JsonResponse(ClaimJson(services.expenses.MarkPaid(context.RequireActor(), request.PathParam("id"))));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
