#include "api/programme/volunteer_api.hpp"

#include "api/common/json_body.hpp"
#include "api/programme/volunteer_json.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

boost::json::object ListJson(const VolunteerList& list) {
  boost::json::array items;
  for (const auto& v : list.page.items) items.push_back(VolunteerJson(v));
  return {{"items", std::move(items)},
          {"page", list.page.page},
          {"page_size", list.page.page_size},
          {"total", list.page.total}};
}

std::string ProgrammeOf(Services& services, const Actor& actor, const std::string& wanted) {
  const auto programmes = services.volunteers.Programmes(actor);
  if (wanted.empty()) return programmes.front().organisation_id;
  return wanted;  // the service refuses a programme the actor does not run
}

RoleForm RoleFormFromJson(const boost::json::object& body) {
  auto number = [&body](std::string_view name) -> std::string {
    const auto* value = body.if_contains(name);
    if (!value || value->is_null()) return "";
    if (value->is_int64()) return std::to_string(value->as_int64());
    throw http::BadRequest("The field " + std::string(name) + " must be a whole number");
  };
  return {StringField(body, "name"), StringField(body, "description"), number("supervision_early_days"),
          number("early_weeks"), number("supervision_later_days")};
}

}  // namespace

void AddVolunteerApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/volunteers", [&services](http::Request& request, http::RequestContext& context) {
    VolunteerFilter filter;
    const auto stage = request.Query("stage");
    if (!stage.empty()) {
      filter.stage = VolunteerStageFromCode(stage);
      if (!filter.stage) throw http::BadRequest("stage must be one of the journey's stages, like enquiry or active");
    }
    filter.name_contains = request.Query("q");
    filter.page.page = PageQuery(request);
    if (const auto programme = request.Query("programme_id"); !programme.empty()) filter.organisation_ids = {programme};
    return JsonResponse(ListJson(services.volunteers.List(context.RequireActor(), filter)));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/volunteers", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"programme_id", "name", "email", "phone", "postcode", "programme_role_id",
                                            "languages", "lived_experience", "max_families", "enquired_on",
                                            "interviewed_on", "references_received", "dbs_checked_on",
                                            "dbs_renewal_due", "notes"});
    const Actor& actor = context.RequireActor();
    const auto created = services.volunteers.Enquire(actor, ProgrammeOf(services, actor, StringField(body, "programme_id")),
                                                     VolunteerFormFromJson(body));
    return JsonResponse(VolunteerRecordJson(services.volunteers.Get(actor, created.id)), 201);
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/volunteers/mine", [&services](http::Request&, http::RequestContext& context) {
    boost::json::array items;
    for (const auto& v : services.volunteers.Mine(context.RequireActor())) items.push_back(VolunteerJson(v));
    return JsonResponse(boost::json::object{{"items", std::move(items)}});
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/volunteers/{id}", [&services](http::Request& request, http::RequestContext& context) {
    return JsonResponse(VolunteerRecordJson(services.volunteers.Get(context.RequireActor(), request.PathParam("id"))));
  }, http::Access::kSignedIn);

  routes.Api("PUT", "/api/v1/volunteers/{id}", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"version", "name", "email", "phone", "postcode", "programme_role_id",
                                            "languages", "lived_experience", "max_families", "enquired_on",
                                            "interviewed_on", "references_received", "dbs_checked_on",
                                            "dbs_renewal_due", "notes"});
    const auto* version = body.if_contains("version");
    if (!version || !version->is_int64()) throw http::BadRequest("The field version must be the record's version number");
    const Actor& actor = context.RequireActor();
    const auto id = request.PathParam("id");
    services.volunteers.Update(actor, id, version->as_int64(), VolunteerFormFromJson(body));
    return JsonResponse(VolunteerRecordJson(services.volunteers.Get(actor, id)));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/volunteers/{id}/stage", [&services](http::Request& request,
                                                                  http::RequestContext& context) {
    const auto body = ParseObject(request, {"stage", "changed_on", "note", "left_reason"});
    const Actor& actor = context.RequireActor();
    const auto id = request.PathParam("id");
    services.volunteers.MoveStage(actor, id, {StringField(body, "stage"), StringField(body, "changed_on"),
                                              StringField(body, "note"), StringField(body, "left_reason")});
    return JsonResponse(VolunteerRecordJson(services.volunteers.Get(actor, id)));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/volunteers/{id}/positions", [&services](http::Request& request,
                                                                      http::RequestContext& context) {
    const auto body = ParseObject(request, {"position", "started_on", "note"});
    const Actor& actor = context.RequireActor();
    const auto id = request.PathParam("id");
    services.volunteers.AddPosition(actor, id, {StringField(body, "position"), StringField(body, "started_on"),
                                                StringField(body, "note")});
    return JsonResponse(VolunteerRecordJson(services.volunteers.Get(actor, id)), 201);
  }, http::Access::kSignedIn);

  routes.Api("PUT", "/api/v1/volunteers/{id}/account", [&services](http::Request& request,
                                                                   http::RequestContext& context) {
    const auto body = ParseObject(request, {"email"});
    const Actor& actor = context.RequireActor();
    const auto id = request.PathParam("id");
    services.volunteers.LinkAccount(actor, id, StringField(body, "email"));
    return JsonResponse(VolunteerRecordJson(services.volunteers.Get(actor, id)));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/programme/roles", [&services](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    auto programme = request.Query("programme_id");
    if (programme.empty()) programme = VolunteerService::DefaultProgramme(actor);
    boost::json::array items;
    for (const auto& role : services.volunteers.Roles(actor, programme, request.Query("archived") == "1"))
      items.push_back(RoleJson(role));
    return JsonResponse(boost::json::object{{"items", std::move(items)}});
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/programme/roles", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseObject(request, {"programme_id", "name", "description", "supervision_early_days",
                                            "early_weeks", "supervision_later_days"});
    const Actor& actor = context.RequireActor();
    const auto role = services.volunteers.CreateRole(actor, ProgrammeOf(services, actor, StringField(body, "programme_id")),
                                                     RoleFormFromJson(body));
    return JsonResponse(RoleJson(role), 201);
  }, http::Access::kSignedIn);

  routes.Api("PUT", "/api/v1/programme/roles/{id}", [&services](http::Request& request,
                                                                http::RequestContext& context) {
    const auto body = ParseObject(request, {"name", "description", "supervision_early_days", "early_weeks",
                                            "supervision_later_days", "archived"});
    const Actor& actor = context.RequireActor();
    const auto id = request.PathParam("id");
    auto role = services.volunteers.UpdateRole(actor, id, RoleFormFromJson(body));
    if (const auto* archived = body.if_contains("archived")) {
      if (!archived->is_bool()) throw http::BadRequest("The field archived must be true or false");
      role = services.volunteers.SetRoleArchived(actor, id, archived->as_bool());
    }
    return JsonResponse(RoleJson(role));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/programme/dashboard", [&services](http::Request& request,
                                                               http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto d = services.programme_dashboard.For(actor, request.Query("programme_id"));
    const auto& programme_id = d.programme.organisation_id;
    boost::json::array overdue;
    for (const auto& status : services.supervision.Overdue(actor))
      if (status.volunteer.organisation_id == programme_id)
        overdue.push_back({{"volunteer_id", status.volunteer.id}, {"name", status.volunteer.name},
                           {"due", status.due.next_due ? boost::json::value(IsoDate(*status.due.next_due))
                                                       : boost::json::value(nullptr)}});
    boost::json::array refreshers;
    for (const auto& due : services.training.RefreshersDue(actor))
      if (due.volunteer.organisation_id == programme_id)
        refreshers.push_back({{"volunteer_id", due.volunteer.id}, {"name", due.volunteer.name},
                              {"module", due.module.name}, {"due", IsoDate(due.due_on)}, {"overdue", due.overdue}});
    const auto matching = services.matching.Summary(actor, programme_id);
    const auto expenses = services.expenses.Summary(actor, programme_id);
    boost::json::array pipeline;
    for (const auto& count : d.pipeline)
      pipeline.push_back({{"stage", std::string(VolunteerStageCode(count.stage))}, {"count", count.count}});
    boost::json::array checks;
    for (const auto& c : d.checks_due)
      checks.push_back({{"volunteer_id", c.volunteer_id}, {"name", c.name}, {"what", c.what},
                        {"due", IsoDate(c.due)}, {"overdue", c.overdue}});
    return JsonResponse(boost::json::object{{"programme", boost::json::object{{"id", d.programme.organisation_id},
                                                                              {"name", d.programme.name}}},
                                            {"pipeline", std::move(pipeline)},
                                            {"in_pipeline", d.in_pipeline},
                                            {"active", d.active},
                                            {"paused", d.paused},
                                            {"checks_due", std::move(checks)},
                                            {"supervision_overdue", std::move(overdue)},
                                            {"refreshers_due", std::move(refreshers)},
                                            {"families_waiting", matching.waiting},
                                            {"free_places", matching.free_places},
                                            {"claims_awaiting", expenses.awaiting},
                                            {"claims_awaiting_pence", expenses.awaiting_pence}});
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
