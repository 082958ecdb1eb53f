#include "web/programme/volunteer_pages.hpp"

#include "web/common/page_context.hpp"
#include "web/programme/volunteer_tabs.hpp"
#include "web/programme/volunteer_view.hpp"

namespace alongside::web {
namespace {

View Option(const std::string& value, const std::string& text, const std::string& selected) {
  View option;
  option.set("value", value);
  option.set("text", text);
  option.set("selected", value == selected);
  return option;
}

/// The programme a new enquiry goes to: ?programme= when the coordinator runs several.
std::string ChosenProgramme(const std::vector<ProgrammeChoice>& programmes, const std::string& wanted) {
  for (const auto& p : programmes)
    if (p.organisation_id == wanted) return p.organisation_id;
  return programmes.front().organisation_id;
}

http::Response NewEnquiryPage(Services& services, const Views& views, const http::Request& request,
                              const http::RequestContext& context, const VolunteerForm& input,
                              const std::string& programme_id, std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const auto programmes = services.volunteers.Programmes(actor);
  const auto chosen = ChosenProgramme(programmes, programme_id);
  View data;
  data.set("programme_id", chosen);
  for (const auto& p : programmes)
    if (p.organisation_id == chosen) data.set("programme_name", p.name);
  AddVolunteerFields(data, input, services.volunteers.Roles(actor, chosen, false), errors);
  const bool has_errors = !errors.empty();
  auto chrome = ChromeFor(request, context, "Record an enquiry from a new volunteer");
  chrome.back_link = "/programme/volunteers";
  chrome.has_errors = has_errors;
  return views.Page("programme/new_volunteer", data, chrome, has_errors ? 422 : 200);
}

}  // namespace

void AddVolunteerPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/programme/volunteers", [&services, &views](http::Request& request,
                                                                  http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    VolunteerFilter filter;
    const auto stage_code = request.Query("stage");
    filter.stage = VolunteerStageFromCode(stage_code);
    filter.name_contains = request.Query("q");
    filter.page.page = PageNumber(request);
    const auto list = services.volunteers.List(actor, filter);
    View data;
    View items{View::type::list};
    for (const auto& v : list.page.items) items.push_back(VolunteerSummary(v, list.today));
    data.set("items", items);
    data.set("has_items", !list.page.items.empty());
    data.set("total", std::to_string(list.page.total));
    data.set("q", filter.name_contains);
    data.set("filtered", filter.stage.has_value() || !filter.name_contains.empty());
    View stages{View::type::list};
    stages.push_back(Option("", "Every stage", filter.stage ? stage_code : ""));
    for (const auto& [code, label] : StageOptions()) stages.push_back(Option(code, label, filter.stage ? stage_code : ""));
    data.set("stage_options", stages);
    data.set("may_add", list.may_add);
    AddPagination(data, request, list.page);
    auto chrome = ChromeFor(request, context, "Volunteers");
    if (request.Query("done") == "created") chrome.flash = "Enquiry recorded.";
    return views.Page("programme/volunteers", data, chrome);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/volunteers/new", [&services, &views](http::Request& request,
                                                                      http::RequestContext& context) {
    VolunteerForm blank;
    blank.max_families = "2";
    blank.references_received = "0";
    blank.enquired_on = IsoDate(services.volunteers.Today());
    return NewEnquiryPage(services, views, request, context, blank, request.Query("programme"), {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/programme/volunteers", [&services, &views](http::Request& request,
                                                                   http::RequestContext& context) {
    const auto input = ReadVolunteerForm(context.form);
    const auto programmes = services.volunteers.Programmes(context.RequireActor());
    const auto programme_id = ChosenProgramme(programmes, context.form.Get("programme_id"));
    try {
      const auto created = services.volunteers.Enquire(context.RequireActor(), programme_id, input);
      return http::Response::Redirect(VolunteerPath(created.id) + "?done=created");
    } catch (const Invalid& invalid) {
      return NewEnquiryPage(services, views, request, context, input, programme_id, invalid.errors());
    }
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/volunteers/{id}", [&services, &views](http::Request& request,
                                                                       http::RequestContext& context) {
    const auto record = services.volunteers.Get(context.RequireActor(), request.PathParam("id"));
    View data = VolunteerRecordView(record);
    data.set("tabs", VolunteerTabs(record.volunteer.id, "record"));
    auto chrome = ChromeFor(request, context, record.volunteer.name);
    if (record.may_change) chrome.back_link = "/programme/volunteers";
    const auto done = request.Query("done");
    if (done == "created") chrome.flash = "Enquiry recorded. Move them along the journey as each step is done.";
    else if (done == "stage") chrome.flash = "Stage changed.";
    else if (done == "saved") chrome.flash = "Details saved.";
    else if (done == "position") chrome.flash = "Position added to their pathway.";
    else if (done == "account") chrome.flash = "Account link saved.";
    return views.Page("programme/volunteer", data, chrome);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/programme/me", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto mine = services.volunteers.Mine(context.RequireActor());
    if (mine.size() == 1) return http::Response::Redirect(VolunteerPath(mine.front().id));
    View data;
    View items{View::type::list};
    for (const auto& v : mine) {
      View item;
      item.set("id", v.id);
      item.set("name", v.name);
      item.set("stage", std::string(VolunteerStageLabel(v.stage)));
      items.push_back(item);
    }
    data.set("items", items);
    data.set("has_items", !mine.empty());
    return views.Page("programme/me", data, ChromeFor(request, context, "Your volunteering"));
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
