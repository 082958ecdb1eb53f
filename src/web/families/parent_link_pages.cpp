#include "web/common/form_view.hpp"
#include "web/common/page_context.hpp"
#include "web/families/family_tabs.hpp"
#include "web/families/privacy_pages.hpp"

namespace alongside::web {
namespace {

std::string LinkPath(const std::string& family_id, const std::string& caregiver_id) {
  return "/families/" + family_id + "/caregivers/" + caregiver_id + "/link";
}

std::string ConsentPath(const std::string& family_id) { return "/families/" + family_id + "/consent"; }

http::Response LinkPage(Services& services, const Views& views, const http::Request& request,
                        const http::RequestContext& context, const std::string& family_id,
                        const std::string& caregiver_id, const std::string& email, std::vector<FieldError> errors) {
  const Actor& actor = context.RequireActor();
  const auto caregiver = services.parent_links.Get(actor, family_id, caregiver_id);
  View data;
  data.set("family_id", family_id);
  data.set("caregiver_id", caregiver_id);
  data.set("caregiver_name", caregiver.caregiver_name);
  data.set("linked", !caregiver.linked_user_id.empty());
  data.set("linked_name", caregiver.linked_name);
  data.set("linked_email", caregiver.linked_email);
  FormView form(std::move(errors));
  form.Text("email", "Email address of the parent's account", "email", email,
            {.hint = "The parent creates their own account first, then tells you the address they used",
             .autocomplete = "off", .spellcheck_off = true});
  form.ApplyTo(data);
  auto chrome = ChromeFor(request, context, "Link " + caregiver.caregiver_name + "'s own account");
  chrome.back_link = ConsentPath(family_id);
  chrome.has_errors = form.has_errors();
  return views.Page("families/link_caregiver", data, chrome, form.has_errors() ? 422 : 200);
}

}  // namespace

void AddParentLinkPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/caregivers/{cid}/link",
              [&services, &views](http::Request& request, http::RequestContext& context) {
    return LinkPage(services, views, request, context, request.PathParam("id"), request.PathParam("cid"), "", {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/caregivers/{cid}/link",
              [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    const auto caregiver_id = request.PathParam("cid");
    const auto email = context.form.Get("email");
    try {
      services.parent_links.Link(context.RequireActor(), family_id, caregiver_id, email);
    } catch (const Invalid& invalid) {
      return LinkPage(services, views, request, context, family_id, caregiver_id, email, invalid.errors());
    }
    return http::Response::Redirect(ConsentPath(family_id) + "?done=linked");
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/caregivers/{cid}/unlink",
              [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    const auto caregiver_id = request.PathParam("cid");
    const auto caregiver = services.parent_links.Get(context.RequireActor(), family_id, caregiver_id);
    if (caregiver.linked_user_id.empty()) return http::Response::Redirect(LinkPath(family_id, caregiver_id));
    View data;
    data.set("heading", "Remove the link to " + caregiver.caregiver_name + "'s own account?");
    data.set("message", caregiver.linked_name + " (" + caregiver.linked_email +
                            ") will no longer see anything about this family. The account itself is not deleted.");
    data.set("action", "/families/" + family_id + "/caregivers/" + caregiver_id + "/unlink");
    data.set("confirm_label", "Remove link");
    data.set("cancel_href", LinkPath(family_id, caregiver_id));
    auto chrome = ChromeFor(request, context, "Remove an account link");
    chrome.back_link = LinkPath(family_id, caregiver_id);
    return views.Page("admin/confirm", data, chrome);
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/caregivers/{cid}/unlink",
              [&services](http::Request& request, http::RequestContext& context) {
    const auto family_id = request.PathParam("id");
    services.parent_links.Unlink(context.RequireActor(), family_id, request.PathParam("cid"));
    return http::Response::Redirect(ConsentPath(family_id) + "?done=unlinked");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
