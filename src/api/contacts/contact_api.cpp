#include "api/contacts/contact_api.hpp"

#include "api/common/json_body.hpp"
#include "api/contacts/contact_json.hpp"

namespace alongside::api {
namespace {


boost::json::object ParseContactBody(const http::Request& request) {
  return ParseObject(request, {"kind", "date", "start_time", "duration_minutes", "caregiver_ids", "others_present",
                               "location", "topics", "notes", "submit"});
}

PageRequest PageOf(const http::Request& request) {
  PageRequest page;
  try {
    if (auto p = request.Query("page"); !p.empty()) page.page = std::stoi(p);
    if (auto s = request.Query("page_size"); !s.empty()) page.page_size = std::stoi(s);
  } catch (const std::exception&) {
    throw Invalid("page", "page and page_size must be whole numbers");
  }
  return page.Normalised();
}

template <typename T, typename ToJson>
boost::json::object PageJson(const Page<T>& page, ToJson to_json) {
  boost::json::array items;
  for (const auto& item : page.items) items.push_back(to_json(item));
  return {{"items", std::move(items)}, {"page", page.page}, {"page_size", page.page_size}, {"total", page.total}};
}

}  // namespace

void AddContactApi(http::RouteTable& routes, Services& services) {
  routes.Api("GET", "/api/v1/families/{id}/contacts", [&services](http::Request& request, http::RequestContext& context) {
    const auto list = services.contacts.List(context.RequireActor(), request.PathParam("id"), PageOf(request));
    return JsonResponse(PageJson(list.page, [&](const Contact& c) { return ContactJson(c, list.shared_view); }));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/contacts", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseContactBody(request);
    ContactForm form;
    ReadContactFields(body, form);
    const auto contact = services.contacts.Create(context.RequireActor(), request.PathParam("id"), form, SubmitFlag(body));
    auto response = JsonResponse(ContactJson(contact, false), 201);
    response.SetHeader("Location", "/api/v1/families/" + contact.family_id + "/contacts/" + contact.id);
    return response;
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/families/{id}/contacts/{contact}", [&services](http::Request& request, http::RequestContext& context) {
    const auto view = services.contacts.Get(context.RequireActor(), request.PathParam("id"), request.PathParam("contact"));
    auto out = ContactJson(view.contact, view.shared_view);
    if (!view.shared_view) {
      boost::json::array versions;
      for (const auto& r : view.revisions) {
        Contact as_then;
        as_then.details = r.details;
        auto version = ContactJson(as_then, false);
        boost::json::object entry{{"number", r.number},
                                  {"saved_by", r.saved_by},
                                  {"saved_at", r.saved_at},
                                  {"replaced_by", r.replaced_by},
                                  {"replaced_at", r.replaced_at}};
        for (const char* key : {"kind", "date", "start_time", "duration_minutes", "caregiver_ids", "others_present",
                                "location", "topics", "notes"})
          entry[key] = version[key];
        versions.push_back(std::move(entry));
      }
      out["revisions"] = std::move(versions);
    }
    return JsonResponse(out);
  }, http::Access::kSignedIn);

  routes.Api("PATCH", "/api/v1/families/{id}/contacts/{contact}", [&services](http::Request& request, http::RequestContext& context) {
    const auto body = ParseContactBody(request);
    const std::string family_id = request.PathParam("id");
    const std::string contact_id = request.PathParam("contact");
    const Actor& actor = context.RequireActor();
    auto form = FormOf(services.contacts.Get(actor, family_id, contact_id).contact.details);
    ReadContactFields(body, form);
    return JsonResponse(ContactJson(services.contacts.Save(actor, family_id, contact_id, form, SubmitFlag(body)), false));
  }, http::Access::kSignedIn);

  routes.Api("POST", "/api/v1/families/{id}/contacts/{contact}/submission", [&services](http::Request& request, http::RequestContext& context) {
    const auto contact = services.contacts.Submit(context.RequireActor(), request.PathParam("id"), request.PathParam("contact"));
    return JsonResponse(ContactJson(contact, false));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/families/{id}/timeline", [&services](http::Request& request, http::RequestContext& context) {
    const auto timeline = services.timeline.Read(context.RequireActor(), request.PathParam("id"), PageOf(request));
    return JsonResponse(PageJson(timeline.page, TimelineEntryJson));
  }, http::Access::kSignedIn);

  routes.Api("GET", "/api/v1/hours", [&services](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto mine = services.hours.Mine(actor);
    boost::json::array months;
    for (const auto& month : mine.last_12_months) months.push_back(MonthJson(month));
    boost::json::object out{{"this_month", MonthJson(mine.this_month)},
                            {"last_12_months", std::move(months)},
                            {"total_minutes", mine.total_minutes}};
    if (services.hours.MaySeeProgramme(actor)) {
      std::string month = request.Query("month");
      if (month.empty()) month = services.hours.ThisMonth();
      const auto programme = services.hours.Programme(actor, month);
      boost::json::array people;
      for (const auto& person : programme.supporters) {
        auto row = MonthJson(person.hours);
        row["user_id"] = person.user_id;
        row["name"] = person.name;
        people.push_back(std::move(row));
      }
      out["programme"] = boost::json::object{
          {"month", programme.month}, {"supporters", std::move(people)}, {"total_minutes", programme.total_minutes}};
    }
    return JsonResponse(out);
  }, http::Access::kSignedIn);
}

}  // namespace alongside::api
