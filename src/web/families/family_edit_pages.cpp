#include "web/common/page_context.hpp"
#include "web/families/family_forms.hpp"
#include "web/families/family_pages.hpp"
#include "web/families/family_record_form.hpp"
#include "web/families/family_tabs.hpp"

namespace alongside::web {
namespace {

RecordFormSpec DetailsSpec(const std::string& family_id) {
  return {"Change the address, focus areas or strengths", "/families/" + family_id + "/edit", "Save changes",
          "details", std::nullopt, ""};
}

RecordFormSpec SharedCareSpec(const std::string& family_id) {
  return {"Add someone who helps", "/families/" + family_id + "/shared-care", "Add to shared care", "shared_care",
          std::nullopt, ""};
}

const SharedCareItem& FindSharedCare(const FamilyView& family, const std::string& item_id) {
  for (const auto& item : family.record.shared_care)
    if (item.id == item_id) return item;
  throw NotFound("That person is not in the family's shared care");
}

}  // namespace

void AddFamilyEditPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/edit", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto family = EditableFamily(services, context, request.PathParam("id"));
    auto spec = DetailsSpec(family.record.family.id);
    spec.version = family.record.version;
    FormView form;
    View data;
    AddDetailsFields(form, data, DetailsFormOf(family.record.family));
    return RecordFormPage(views, request, context, family, spec, form, std::move(data));
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/edit", [&services, &views](http::Request& request, http::RequestContext& context) {
    const std::string id = request.PathParam("id");
    const auto input = ReadDetailsForm(context.form);
    auto spec = DetailsSpec(id);
    spec.version = PostedVersion(context.form);
    return SaveRecordForm(
        services, views, request, context, spec,
        [&] { services.families.UpdateDetails(context.RequireActor(), id, input, *spec.version); },
        [&](FormView& form, View& data) { AddDetailsFields(form, data, input); });
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/shared-care/new", [&services, &views](http::Request& request,
                                                                          http::RequestContext& context) {
    const auto family = EditableFamily(services, context, request.PathParam("id"));
    FormView form;
    AddSharedCareFields(form, {});
    return RecordFormPage(views, request, context, family, SharedCareSpec(family.record.family.id), form);
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/shared-care", [&services, &views](http::Request& request,
                                                                       http::RequestContext& context) {
    const std::string id = request.PathParam("id");
    const auto input = ReadSharedCareForm(context.form);
    return SaveRecordForm(
        services, views, request, context, SharedCareSpec(id),
        [&] { services.families.AddSharedCare(context.RequireActor(), id, input); },
        [&](FormView& form, View&) { AddSharedCareFields(form, input); });
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/shared-care/{item}/remove", [&services, &views](http::Request& request,
                                                                                    http::RequestContext& context) {
    const auto family = EditableFamily(services, context, request.PathParam("id"));
    const auto& item = FindSharedCare(family, request.PathParam("item"));
    View data;
    data.set("family_id", family.record.family.id);
    data.set("family_name", family.record.display_name);
    data.set("tabs", FamilyTabs(family.record.family.id, "overview", {.show_sensitive = family.may_read_sensitive}));
    data.set("heading", "Remove " + item.entry.name + " from the family's shared care?");
    data.set("message", "They will no longer be listed as someone who helps the family.");
    data.set("action", "/families/" + family.record.family.id + "/shared-care/" + item.id + "/remove");
    data.set("button", "Remove");
    data.set("warning", true);
    auto chrome = ChromeFor(request, context, "Remove from shared care");
    chrome.back_link = "/families/" + family.record.family.id;
    return views.Page("families/confirm", data, chrome);
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/shared-care/{item}/remove", [&services](http::Request& request,
                                                                             http::RequestContext& context) {
    const std::string id = request.PathParam("id");
    services.families.RemoveSharedCare(context.RequireActor(), id, request.PathParam("item"));
    return http::Response::Redirect("/families/" + id + "?done=updated");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
