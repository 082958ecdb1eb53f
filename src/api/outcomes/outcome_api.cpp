#include "api/outcomes/outcome_api.hpp"

#include "api/common/json_body.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace json = boost::json;
namespace {

std::string ProgrammeId(const http::Request& request, const Actor& actor) {
  auto id = request.Query("programme");
  if (id.empty()) id = OutcomeSettingsService::ProgrammeOf(actor);
  if (id.empty()) throw NotFound("Name a programme with ?programme=: you do not work in one");
  return id;
}

json::value OptionalDate(const std::optional<Date>& date) {
  return date ? json::value(IsoDate(*date)) : json::value(nullptr);
}

json::value OptionalInt(const std::optional<int>& value) {
  return value ? json::value(*value) : json::value(nullptr);
}

json::object VersionJson(const OutcomeSettingsVersion& version, bool may_change) {
  return json::object{{"programme_id", version.organisation_id},
                      {"number", version.number},
                      {"note", version.note},
                      {"created_at", version.created_at ? json::value(version.created_at) : json::value(nullptr)},
                      {"settings", json::parse(WriteOutcomeSettingsDocument(version.settings))},
                      {"may_change", may_change}};
}

json::object ScoringJson(const OutcomeScoring& s) {
  json::object scores;
  for (const auto& score : s.scores)
    scores[score.area_code] = score.score ? json::value(*score.score) : json::value(kNotRelevant);
  return json::object{{"id", s.id},
                      {"point", s.point_code},
                      {"date", IsoDate(s.scored_on)},
                      {"note", s.note},
                      {"scores", std::move(scores)},
                      {"recorded_by_name", s.recorded_by_name},
                      {"recorded_at", s.recorded_at},
                      {"superseded_by", s.superseded_by.empty() ? json::value(nullptr) : json::value(s.superseded_by)}};
}

std::string_view StateCode(PointState state) {
  switch (state) {
    case PointState::kScored: return "scored";
    case PointState::kDueNow: return "due_now";
    case PointState::kUpcoming: return "upcoming";
    case PointState::kPassed: return "passed";
    case PointState::kUnknown: return "unknown";
  }
  return "unknown";
}

/// {"housing": 7, "bonding_with_baby": "not_relevant"} as the form would carry it.
std::map<std::string, std::string> ScoresField(const json::object& body) {
  std::map<std::string, std::string> scores;
  const auto* value = body.if_contains("scores");
  if (!value || value->is_null()) return scores;
  if (!value->is_object()) throw http::BadRequest("The field scores must be an object of area codes");
  for (const auto& [code, score] : value->as_object()) {
    if (score.is_int64()) scores[std::string(code)] = std::to_string(score.as_int64());
    else if (score.is_string()) scores[std::string(code)] = std::string(score.as_string());
    else if (!score.is_null()) throw http::BadRequest("Each score must be a whole number or \"not_relevant\"");
  }
  return scores;
}

json::object FamilyJson(const FamilyOutcomes& out) {
  json::array points;
  for (const auto& status : out.points)
    points.push_back(json::object{{"code", status.point.code},
                                  {"label", status.point.label},
                                  {"state", std::string(StateCode(status.state))},
                                  {"due_from", OptionalDate(status.due)},
                                  {"scored_on", OptionalDate(status.scored_on)}});
  json::array current, earlier, distance;
  for (const auto& s : out.current) current.push_back(ScoringJson(s));
  for (const auto& s : out.earlier) earlier.push_back(ScoringJson(s));
  for (const auto& area : out.distance) {
    json::array scores;
    for (const auto& score : area.scores)
      scores.push_back(json::object{{"point", score.point_code}, {"score", score.score}});
    distance.push_back(json::object{{"area", area.area_code},
                                    {"label", area.label},
                                    {"retired", area.retired},
                                    {"scores", std::move(scores)},
                                    {"first", OptionalInt(area.First())},
                                    {"latest", OptionalInt(area.Latest())},
                                    {"change", OptionalInt(area.Change())}});
  }
  return json::object{{"family_id", out.family_id},
                      {"settings_version", out.settings.number},
                      {"next_point", out.next ? json::value(out.next->point.code) : json::value(nullptr)},
                      {"points", std::move(points)},
                      {"current", std::move(current)},
                      {"earlier", std::move(earlier)},
                      {"distance", std::move(distance)},
                      {"may_score", out.may_score}};
}

json::object ProgrammeJson(const ProgrammeOutcomes& out) {
  json::array areas;
  for (const auto& area : out.areas)
    areas.push_back(json::object{{"area", area.area_code},
                                 {"label", area.label},
                                 {"retired", area.retired},
                                 {"families", area.families},
                                 {"average_first", area.families ? json::value(area.average_first) : json::value(nullptr)},
                                 {"average_latest", area.families ? json::value(area.average_latest) : json::value(nullptr)},
                                 {"average_change", area.families ? json::value(area.average_change) : json::value(nullptr)}});
  return json::object{
      {"programme_id", out.programme.organisation_id},
      {"programme_name", out.programme.name},
      {"settings_version", out.settings.number},
      {"from", out.pair ? json::value(out.pair->from) : json::value(nullptr)},
      {"to", out.pair ? json::value(out.pair->to) : json::value(nullptr)},
      {"families_scored", out.families_scored},
      {"areas", std::move(areas)}};
}

}  // namespace

void AddOutcomeApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/programme/outcome-settings", [&services](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto programme_id = ProgrammeId(request, actor);
    const auto version = services.outcome_settings.Current(actor, programme_id);
    return JsonResponse(VersionJson(version, services.outcome_settings.MayChange(actor, programme_id)));
  }, http::Access::kSignedIn);

  routes.Api("PUT", "/api/v1/programme/outcome-settings", [&services](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto programme_id = ProgrammeId(request, actor);
    const auto body = ParseObject(request, {"settings", "note", "based_on_version"});
    const auto* settings = body.if_contains("settings");
    if (!settings || !settings->is_object()) throw http::BadRequest("The field settings must be an object");
    const auto* based_on = body.if_contains("based_on_version");
    if (!based_on || !based_on->is_int64())
      throw http::BadRequest("The field based_on_version must be the number of the version you changed");
    const auto proposed = ReadOutcomeSettingsDocument(json::serialize(*settings));
    const auto saved = services.outcome_settings.Save(actor, programme_id, proposed, StringField(body, "note"),
                                                      static_cast<int>(based_on->as_int64()));
    return JsonResponse(VersionJson(saved, true));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/programme/outcomes", [&services](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto out = services.outcomes.ForProgramme(actor, ProgrammeId(request, actor),
                                                    {request.Query("from"), request.Query("to")});
    return JsonResponse(ProgrammeJson(out));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/families/{id}/outcomes", [&services](http::Request& request, http::RequestContext& context) {
    return JsonResponse(FamilyJson(services.outcomes.ForFamily(context.RequireActor(), request.PathParam("id"))));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/outcomes", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"point", "date", "note", "scores"});
    ScoringForm form{StringField(body, "point"), StringField(body, "date"), StringField(body, "note"), ScoresField(body)};
    const auto scoring = services.outcomes.Score(context.RequireActor(), request.PathParam("id"), form);
    auto response = JsonResponse(ScoringJson(scoring), 201);
    response.SetHeader("Location", "/api/v1/families/" + scoring.family_id + "/outcomes");
    return response;
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
