#include "web/services/service_pages.hpp"

#include "core/services/service_review.hpp"
#include "web/common/page_context.hpp"
#include "web/services/service_form_view.hpp"
#include "web/services/service_view.hpp"

namespace alongside::web {
namespace {

std::string Flash(const http::Request& request) {
  const std::string done = request.Query("done");
  if (done == "created") return "Service added to the directory.";
  if (done == "updated") return "Service updated.";
  if (done == "reviewed") return "Marked as reviewed. The next review is due in a year.";
  if (done == "archived") return "Service archived. It no longer appears in searches.";
  if (done == "restored") return "Service restored to the directory.";
  return "";
}

/// For each organisation whose entries the person keeps: how many are past their review
/// date, with a link to list them.
void AddReviewReminders(Services& services, const Actor& actor, View& data) {
  if (actor.IsPlatformAdministrator()) return;
  View reminders{View::type::list};
  bool any = false;
  for (const auto& organisation : services.directory.KeepingOrganisations(actor)) {
    ServiceSearch stale;
    stale.area_id = organisation.area_id;
    stale.organisation_id = organisation.id;
    stale.stale_only = true;
    PageRequest one;
    one.page_size = 1;
    const auto total = services.directory.Search(actor, stale, one).page.total;
    if (total == 0) continue;
    View reminder;
    reminder.set("organisation", organisation.name);
    reminder.set("count", std::to_string(total) + (total == 1 ? " entry needs" : " entries need"));
    reminder.set("href", "/services?stale=1&organisation=" + UrlEncode(organisation.id) + "&area=" +
                             UrlEncode(organisation.area_id));
    reminders.push_back(reminder);
    any = true;
  }
  data.set("review_reminders", reminders);
  data.set("has_review_reminders", any);
}

http::Response ListPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context) {
  const Actor& actor = context.RequireActor();
  ServiceSearch search = SearchFromQuery(request);
  PageRequest page_request;
  page_request.page = PageNumber(request);
  std::string postcode_error;
  ServiceResults results;
  try {
    results = services.directory.Search(actor, search, page_request);
  } catch (const Invalid& invalid) {
    postcode_error = invalid.errors().front().message;
    ServiceSearch without = search;
    without.postcode.clear();
    results = services.directory.Search(actor, without, page_request);
  }
  const Date today = *ParseDate(results.today);
  View data;
  View items{View::type::list};
  for (const auto& service : results.page.items) {
    View item = ServiceListItem(PublicViewOf(service), "/services/" + service.id);
    item.set("stale", IsStale(service, today));
    item.set("archived", service.status == ServiceStatus::kArchived);
    items.push_back(item);
  }
  data.set("items", items);
  data.set("has_items", !results.page.items.empty());
  data.set("total", std::to_string(results.page.total));
  AddPagination(data, request, results.page);
  AddSearchFields(data, search, services.directory.Areas(actor), results.area_id, postcode_error);
  data.set("may_create", services.policy.MayAtAll(actor, Resource::kService, Action::kCreate));
  AddReviewReminders(services, actor, data);
  auto chrome = ChromeFor(request, context, "Services");
  chrome.flash = Flash(request);
  chrome.has_errors = !postcode_error.empty();
  return views.Page("services/list", data, chrome, postcode_error.empty() ? 200 : 422);
}

http::Response DetailPage(Services& services, const Views& views, const http::Request& request,
                          const http::RequestContext& context) {
  const Actor& actor = context.RequireActor();
  const auto service = services.directory.Find(actor, request.PathParam("id"));
  View data = ServiceDetails(PublicViewOf(service), true);
  data.set("id", service.id);
  data.set("name", service.name);
  data.set("internal_notes", service.internal_notes);
  data.set("has_internal_notes", !service.internal_notes.empty());
  if (auto due = ParseDate(service.review_due)) data.set("review_due", FormatDate(*due));
  data.set("stale", IsStale(service, *ParseDate(services.directory.Today())));
  data.set("archived", service.status == ServiceStatus::kArchived);
  data.set("through_alongside", service.referral_route == ReferralRoute::kAlongside);
  data.set("may_edit", services.directory.MayEdit(actor, service));
  auto chrome = ChromeFor(request, context, service.name);
  chrome.flash = Flash(request);
  chrome.back_link = "/services";
  return views.Page("services/show", data, chrome);
}

http::Response FormPage(const Views& views, const http::Request& request, const http::RequestContext& context,
                        const ServiceForm& form, const std::vector<FieldError>& errors,
                        const std::vector<Organisation>& organisations, const std::string& action,
                        std::optional<int> version, const std::string& conflict) {
  View data;
  AddServiceFormFields(data, form, errors, organisations);
  const bool editing = version.has_value();
  const std::string title = editing ? "Edit " + form.name : "Add a service";
  data.set("heading", title);
  data.set("action", action);
  data.set("submit", std::string(editing ? "Save changes" : "Add service"));
  if (version) data.set("version", std::to_string(*version));
  if (!conflict.empty()) data.set("conflict", conflict);
  auto chrome = ChromeFor(request, context, title);
  chrome.has_errors = !errors.empty() || !conflict.empty();
  chrome.back_link = editing ? action.substr(0, action.rfind('/')) : "/services";
  return views.Page("services/form", data, chrome, !errors.empty() ? 422 : (conflict.empty() ? 200 : 409));
}

/// The version the form was read at; 0 (never stored) when missing or mangled.
int PostedVersion(const http::Form& form) {
  const std::string text = form.Get("version");
  if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stoi(text);
}

void AddServiceChangePages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/services/{id}/edit", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto service = services.directory.Find(actor, request.PathParam("id"));
    if (!services.directory.MayEdit(actor, service))
      throw AccessRefused(Resource::kService, Action::kUpdate, service.id);
    return FormPage(views, request, context, ServiceFormOf(service), {}, {}, "/services/" + service.id + "/edit",
                    service.version, "");
  }, http::Access::kSignedIn);

  routes.Page("POST", "/services/{id}/edit", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const std::string id = request.PathParam("id");
    const auto form = ReadServiceForm(context.form);
    const int version = PostedVersion(context.form);
    try {
      services.directory.Update(actor, id, form, version);
      return http::Response::Redirect("/services/" + id + "?done=updated");
    } catch (const Invalid& invalid) {
      return FormPage(views, request, context, form, invalid.errors(), {}, "/services/" + id + "/edit", version, "");
    } catch (const Conflict& conflict) {
      const auto current = services.directory.Find(actor, id);
      return FormPage(views, request, context, form, {}, {}, "/services/" + id + "/edit", current.version,
                      conflict.what());
    }
  }, http::Access::kSignedIn);

  routes.Page("GET", "/services/{id}/archive", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto service = services.directory.Find(actor, request.PathParam("id"));
    if (!services.directory.MayEdit(actor, service))
      throw AccessRefused(Resource::kService, Action::kUpdate, service.id);
    View data;
    data.set("heading", "Archive " + service.name + "?");
    data.set("message", std::string("It will no longer appear in the directory or in searches, and no new referrals "
                                    "can be made to it. You can restore it later."));
    data.set("action", "/services/" + service.id + "/archive");
    data.set("confirm_label", std::string("Archive service"));
    data.set("cancel_href", "/services/" + service.id);
    return views.Page("admin/confirm", data, ChromeFor(request, context, "Archive " + service.name));
  }, http::Access::kSignedIn);

  auto change = [&services](const char* done, Service (ServiceDirectory::*act)(const Actor&, const std::string&)) {
    return [&services, done, act](http::Request& request, http::RequestContext& context) {
      const auto service = (services.directory.*act)(context.RequireActor(), request.PathParam("id"));
      return http::Response::Redirect("/services/" + service.id + "?done=" + done);
    };
  };
  routes.Page("POST", "/services/{id}/archive", change("archived", &ServiceDirectory::Archive), http::Access::kSignedIn);
  routes.Page("POST", "/services/{id}/restore", change("restored", &ServiceDirectory::Restore), http::Access::kSignedIn);
  routes.Page("POST", "/services/{id}/review", change("reviewed", &ServiceDirectory::MarkReviewed),
              http::Access::kSignedIn);
}

}  // namespace

void AddServicePages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/services", [&services, &views](http::Request& request, http::RequestContext& context) {
    return ListPage(services, views, request, context);
  }, http::Access::kSignedIn);

  routes.Page("GET", "/services/new", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    if (!services.policy.MayAtAll(actor, Resource::kService, Action::kCreate))
      throw AccessRefused(Resource::kService, Action::kCreate, "");
    ServiceForm form;
    form.response_days = "10";
    form.referral_route = "alongside";
    form.review_due = NextReviewDate(*ParseDate(services.directory.Today()));
    return FormPage(views, request, context, form, {}, services.directory.KeepingOrganisations(actor), "/services/new",
                    std::nullopt, "");
  }, http::Access::kSignedIn);

  routes.Page("POST", "/services/new", [&services, &views](http::Request& request, http::RequestContext& context) {
    const Actor& actor = context.RequireActor();
    const auto form = ReadServiceForm(context.form);
    try {
      const auto service = services.directory.Create(actor, form);
      return http::Response::Redirect("/services/" + service.id + "?done=created");
    } catch (const Invalid& invalid) {
      return FormPage(views, request, context, form, invalid.errors(), services.directory.KeepingOrganisations(actor),
                      "/services/new", std::nullopt, "");
    }
  }, http::Access::kSignedIn);

  routes.Page("GET", "/services/{id}", [&services, &views](http::Request& request, http::RequestContext& context) {
    return DetailPage(services, views, request, context);
  }, http::Access::kSignedIn);

  AddServiceChangePages(routes, services, views);
}

}  // namespace alongside::web
