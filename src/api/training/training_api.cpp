#include "api/training/training_api.hpp"

#include "api/common/json_body.hpp"
#include "api/training/training_json.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

/// The programme a request names, or the actor's first (the service refuses one they do not run).
std::string ProgrammeOf(Services& services, const Actor& actor, const std::string& wanted) {
  if (!wanted.empty()) return wanted;
  return services.volunteers.Programmes(actor).front().organisation_id;
}

std::vector<std::pair<std::string, bool>> MarksFromJson(const boost::json::object& body) {
  const auto* marks = body.if_contains("marks");
  if (!marks || !marks->is_array()) throw http::BadRequest("The field marks must be a list of {volunteer_id, attended}");
  std::vector<std::pair<std::string, bool>> out;
  for (const auto& m : marks->as_array()) {
    if (!m.is_object()) throw http::BadRequest("Each mark must be an object {volunteer_id, attended}");
    const auto& o = m.as_object();
    const auto* id = o.if_contains("volunteer_id");
    const auto* attended = o.if_contains("attended");
    if (!id || !id->is_string() || !attended || !attended->is_bool())
      throw http::BadRequest("Each mark needs volunteer_id (text) and attended (true or false)");
    out.push_back({std::string(id->as_string()), attended->as_bool()});
  }
  return out;
}

}  // namespace

void AddTrainingApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/training/modules", [&services](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    boost::json::array items;
    for (const auto& m : services.training.Modules(actor, ProgrammeOf(services, actor, request.Query("programme_id"))))
      items.push_back(ModuleJson(m));
    return JsonResponse(boost::json::object{{"items", std::move(items)}});
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/training/modules", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"programme_id", "name", "topic", "description", "refresher_months",
                                            "accredited", "accredited_hours", "awarding_body"});
    const Actor& actor = context.RequireActor();
    const ModuleForm form{StringField(body, "name"), StringField(body, "topic"), StringField(body, "description"),
                          NumberField(body, "refresher_months"), BoolField(body, "accredited"),
                          NumberField(body, "accredited_hours"), StringField(body, "awarding_body")};
    return JsonResponse(
        ModuleJson(services.training.AddModule(actor, ProgrammeOf(services, actor, StringField(body, "programme_id")), form)),
        201);
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/training/modules/usual", [&services](http::Request& request,
                                                                    http::RequestContext& context) {
    const auto body = ParseObject(request, {"programme_id"});
    const Actor& actor = context.RequireActor();
    boost::json::array items;
    for (const auto& m :
         services.training.AddUsualModules(actor, ProgrammeOf(services, actor, StringField(body, "programme_id"))))
      items.push_back(ModuleJson(m));
    return JsonResponse(boost::json::object{{"items", std::move(items)}});
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/training/sessions", [&services](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    boost::json::array items;
    for (const auto& s : services.training.Sessions(actor, ProgrammeOf(services, actor, request.Query("programme_id"))))
      items.push_back(SessionJson(s));
    return JsonResponse(boost::json::object{{"items", std::move(items)}});
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/training/sessions", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"programme_id", "module_id", "held_on", "start_time", "duration_minutes",
                                            "trainer_name", "location", "capacity"});
    const Actor& actor = context.RequireActor();
    const SessionForm form{StringField(body, "module_id"), StringField(body, "held_on"), StringField(body, "start_time"),
                           NumberField(body, "duration_minutes"), StringField(body, "trainer_name"),
                           StringField(body, "location"), NumberField(body, "capacity")};
    return JsonResponse(SessionJson(services.training.CreateSession(
                            actor, ProgrammeOf(services, actor, StringField(body, "programme_id")), form)),
                        201);
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/training/sessions/{id}", [&services](http::Request& request,
                                                                   http::RequestContext& context) {
    return JsonResponse(AttendanceJson(services.training.Attendance(context.RequireActor(), request.PathParam("id"))));
  }, http::Access::kSignedIn);

  routes.Api("PUT", "/api/v1/training/sessions/{id}/attendance", [&services](http::Request& request,
                                                                              http::RequestContext& context) {
    const auto body = ParseObject(request, {"marks"});
    return JsonResponse(AttendanceJson(
        services.training.MarkAttendance(context.RequireActor(), request.PathParam("id"), MarksFromJson(body))));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/training/refreshers-due", [&services](http::Request&, http::RequestContext& context) {
    boost::json::array items;
    for (const auto& r : services.training.RefreshersDue(context.RequireActor())) items.push_back(RefresherDueJson(r));
    return JsonResponse(boost::json::object{{"items", std::move(items)}});
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/volunteers/{id}/training", [&services](http::Request& request,
                                                                     http::RequestContext& context) {
    return JsonResponse(
        VolunteerTrainingJson(services.training.ForVolunteer(context.RequireActor(), request.PathParam("id"))));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/volunteers/{id}/training/completions", [&services](http::Request& request,
                                                                                  http::RequestContext& context) {
    const auto body = ParseObject(request, {"module_id", "completed_on", "note"});
    const auto id = request.PathParam("id");
    services.training.RecordCompletion(context.RequireActor(), id,
                                       {StringField(body, "module_id"), StringField(body, "completed_on"),
                                        StringField(body, "note")});
    return JsonResponse(VolunteerTrainingJson(services.training.ForVolunteer(context.RequireActor(), id)), 201);
  }, http::Access::kSignedIn);
}

void AddSupervisionApi(http::RouteTable& routes, Services& services) {
  routes.Api("POST", "/api/v1/supervision", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"programme_id", "kind", "held_on", "duration_minutes", "volunteer_ids",
                                            "themes", "other_themes", "actions", "note"});
    const Actor& actor = context.RequireActor();
    SupervisionForm form{StringField(body, "kind"), StringField(body, "held_on"), NumberField(body, "duration_minutes"),
                         StringListField(body, "volunteer_ids"), StringListField(body, "themes"),
                         StringField(body, "other_themes"), StringField(body, "actions"), StringField(body, "note")};
    return JsonResponse(SupervisionSessionJson(services.supervision.Log(
                            actor, ProgrammeOf(services, actor, StringField(body, "programme_id")), form)),
                        201);
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/supervision/statuses", [&services](http::Request&, http::RequestContext& context) {
    boost::json::array items;
    for (const auto& s : services.supervision.Statuses(context.RequireActor())) items.push_back(StatusJson(s));
    return JsonResponse(boost::json::object{{"items", std::move(items)}});
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/supervision/{id}/note", [&services](http::Request& request,
                                                                  http::RequestContext& context) {
    return JsonResponse(NoteJson(services.supervision.ReadNote(context.RequireActor(), request.PathParam("id"))));
  }, http::Access::kSignedIn);

  routes.Api("PUT", "/api/v1/supervision/{id}/note", [&services](http::Request& request,
                                                                  http::RequestContext& context) {
    const auto body = ParseObject(request, {"body"});
    return JsonResponse(NoteJson(
        services.supervision.WriteNote(context.RequireActor(), request.PathParam("id"), StringField(body, "body"))));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/volunteers/{id}/supervision", [&services](http::Request& request,
                                                                        http::RequestContext& context) {
    return JsonResponse(
        VolunteerSupervisionJson(services.supervision.ForVolunteer(context.RequireActor(), request.PathParam("id"))));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/volunteers/{id}/checkins", [&services](http::Request& request,
                                                                      http::RequestContext& context) {
    const auto body = ParseObject(request, {"checked_on", "score", "note", "follow_up"});
    const CheckInForm form{StringField(body, "checked_on"), NumberField(body, "score"), StringField(body, "note"),
                           BoolField(body, "follow_up")};
    return JsonResponse(CheckInJson(services.supervision.CheckIn(context.RequireActor(), request.PathParam("id"), form)),
                        201);
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
