#include "web/families/family_forms.hpp"
#include "web/families/family_pages.hpp"
#include "web/families/family_record_form.hpp"

namespace alongside::web {
namespace {

template <typename Person>
const Person& FindPerson(const std::vector<Person>& people, const std::string& id, const char* not_found) {
  for (const auto& person : people)
    if (person.id == id) return person;
  throw NotFound(not_found);
}

RecordFormSpec CaregiverSpec(const std::string& family_id, const std::string& caregiver_id) {
  if (caregiver_id.empty())
    return {"Add a caregiver", "/families/" + family_id + "/caregivers", "Add caregiver", "caregiver", std::nullopt, ""};
  return {"Change a caregiver's details", "/families/" + family_id + "/caregivers/" + caregiver_id + "/edit",
          "Save changes", "caregiver", std::nullopt, ""};
}

RecordFormSpec BabySpec(const std::string& family_id, const std::string& baby_id) {
  if (baby_id.empty())
    return {"Add a baby from a new pregnancy", "/families/" + family_id + "/babies", "Add baby", "baby", std::nullopt, ""};
  return {"Change a baby's details or record the birth", "/families/" + family_id + "/babies/" + baby_id + "/edit",
          "Save changes", "baby", std::nullopt, ""};
}

}  // namespace

void AddFamilyPeoplePages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/{id}/caregivers/new", [&services, &views](http::Request& request,
                                                                         http::RequestContext& context) {
    const auto family = EditableFamily(services, context, request.PathParam("id"));
    FormView form;
    View data;
    AddCaregiverFields(form, data, {});
    return RecordFormPage(views, request, context, family, CaregiverSpec(family.record.family.id, ""), form, std::move(data));
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/caregivers", [&services, &views](http::Request& request,
                                                                      http::RequestContext& context) {
    const std::string id = request.PathParam("id");
    const auto input = ReadCaregiverForm(context.form);
    return SaveRecordForm(
        services, views, request, context, CaregiverSpec(id, ""),
        [&] { services.families.AddCaregiver(context.RequireActor(), id, input); },
        [&](FormView& form, View& data) { AddCaregiverFields(form, data, input); });
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/caregivers/{caregiver}/edit", [&services, &views](http::Request& request,
                                                                                      http::RequestContext& context) {
    const auto family = EditableFamily(services, context, request.PathParam("id"));
    const auto& caregiver =
        FindPerson(family.record.family.caregivers, request.PathParam("caregiver"), "Caregiver not found");
    auto spec = CaregiverSpec(family.record.family.id, caregiver.id);
    spec.version = family.record.version;
    FormView form;
    View data;
    AddCaregiverFields(form, data, CaregiverFormOf(caregiver));
    return RecordFormPage(views, request, context, family, spec, form, std::move(data));
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/caregivers/{caregiver}/edit", [&services, &views](http::Request& request,
                                                                                       http::RequestContext& context) {
    const std::string id = request.PathParam("id");
    const std::string caregiver_id = request.PathParam("caregiver");
    const auto input = ReadCaregiverForm(context.form);
    auto spec = CaregiverSpec(id, caregiver_id);
    spec.version = PostedVersion(context.form);
    return SaveRecordForm(
        services, views, request, context, spec,
        [&] { services.families.UpdateCaregiver(context.RequireActor(), id, caregiver_id, input, *spec.version); },
        [&](FormView& form, View& data) { AddCaregiverFields(form, data, input); });
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/babies/new", [&services, &views](http::Request& request,
                                                                     http::RequestContext& context) {
    const auto family = EditableFamily(services, context, request.PathParam("id"));
    FormView form;
    View data;
    AddBabyFields(form, data, {}, true);
    return RecordFormPage(views, request, context, family, BabySpec(family.record.family.id, ""), form, std::move(data));
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/babies", [&services, &views](http::Request& request,
                                                                  http::RequestContext& context) {
    const std::string id = request.PathParam("id");
    const auto input = ReadBabyForm(context.form);
    return SaveRecordForm(
        services, views, request, context, BabySpec(id, ""),
        [&] { services.families.AddBabies(context.RequireActor(), id, input); },
        [&](FormView& form, View& data) { AddBabyFields(form, data, input, true); });
  }, http::Access::kSignedIn);

  routes.Page("GET", "/families/{id}/babies/{baby}/edit", [&services, &views](http::Request& request,
                                                                             http::RequestContext& context) {
    const auto family = EditableFamily(services, context, request.PathParam("id"));
    const auto& baby = FindPerson(family.record.family.babies, request.PathParam("baby"), "Baby not found");
    auto spec = BabySpec(family.record.family.id, baby.id);
    spec.version = family.record.version;
    FormView form;
    View data;
    AddBabyFields(form, data, BabyFormOf(baby), false);
    return RecordFormPage(views, request, context, family, spec, form, std::move(data));
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/{id}/babies/{baby}/edit", [&services, &views](http::Request& request,
                                                                              http::RequestContext& context) {
    const std::string id = request.PathParam("id");
    const std::string baby_id = request.PathParam("baby");
    const auto input = ReadBabyForm(context.form);
    auto spec = BabySpec(id, baby_id);
    spec.version = PostedVersion(context.form);
    return SaveRecordForm(
        services, views, request, context, spec,
        [&] { services.families.UpdateBaby(context.RequireActor(), id, baby_id, input, *spec.version); },
        [&](FormView& form, View& data) { AddBabyFields(form, data, input, false); });
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
