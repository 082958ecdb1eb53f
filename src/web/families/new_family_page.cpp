#include "web/common/page_context.hpp"
#include "web/families/family_forms.hpp"
#include "web/families/family_pages.hpp"

namespace alongside::web {
namespace {

http::Response NewFamilyPage(Services& services, const Views& views, const http::Request& request,
                             const http::RequestContext& context, const NewFamilyInput& input,
                             std::vector<FieldError> errors, const std::vector<DuplicateWarning>& duplicates) {
  const Actor& actor = context.RequireActor();
  const auto programmes = services.families.Programmes(actor);
  if (programmes.empty()) throw AccessRefused(Resource::kFamily, Action::kCreate, "");
  View data;
  FormView form(std::move(errors));
  if (programmes.size() > 1) {
    Options options{{"", "Select a programme"}};
    for (const auto& p : programmes) options.emplace_back(p.organisation_id, p.name);
    form.Select("programme_id", "Programme", options, input.programme_id);
  } else {
    data.set("programme_name", programmes.front().name);
  }
  AddCaregiverFields(form, data, input.form.caregiver);
  AddBabyFields(form, data, input.form.baby, true);
  const auto& f = input.form;
  AddDetailsFields(form, data, {f.address_line_1, f.address_line_2, f.town, f.postcode, f.focus_areas, f.strengths});
  AddCheckbox(data, "support_consent", "The family agrees to support from the programme", input.support_consent,
              "Tick only if they have said so. You can record it later on the consent page.");
  form.ApplyTo(data);
  if (!duplicates.empty()) {
    View list{View::type::list};
    for (const auto& d : duplicates) {
      View item;
      item.set("id", d.family_id);
      item.set("name", d.display_name);
      View reasons{View::type::list};
      for (const auto& reason : d.reasons) reasons.push_back(View(reason));
      item.set("reasons", reasons);
      list.push_back(item);
    }
    data.set("duplicates", list);
    data.set("has_duplicates", true);
  }
  auto chrome = ChromeFor(request, context, "Record a new family");
  chrome.has_errors = form.has_errors();
  chrome.back_link = "/families";
  return views.Page("families/new", data, chrome, form.has_errors() ? 422 : 200);
}

NewFamilyInput ReadInput(const http::Form& form) {
  NewFamilyInput input;
  const auto details = ReadDetailsForm(form);
  input.form.address_line_1 = details.address_line_1;
  input.form.address_line_2 = details.address_line_2;
  input.form.town = details.town;
  input.form.postcode = details.postcode;
  input.form.focus_areas = details.focus_areas;
  input.form.strengths = details.strengths;
  input.form.caregiver = ReadCaregiverForm(form);
  input.form.baby = ReadBabyForm(form);
  input.programme_id = form.Get("programme_id");
  input.support_consent = form.Get("support_consent") == "1";
  input.save_anyway = form.Get("save_anyway") == "1";
  return input;
}

}  // namespace

void AddNewFamilyPages(http::RouteTable& routes, Services& services, const Views& views) {
  routes.Page("GET", "/families/new", [&services, &views](http::Request& request, http::RequestContext& context) {
    return NewFamilyPage(services, views, request, context, {}, {}, {});
  }, http::Access::kSignedIn);

  routes.Page("POST", "/families/new", [&services, &views](http::Request& request, http::RequestContext& context) {
    const auto input = ReadInput(context.form);
    CreateResult result;
    try {
      result = services.families.Create(context.RequireActor(), input);
    } catch (const Invalid& invalid) {
      return NewFamilyPage(services, views, request, context, input, invalid.errors(), {});
    }
    if (!result.duplicates.empty()) return NewFamilyPage(services, views, request, context, input, {}, result.duplicates);
    if (!result.readable) return http::Response::Redirect("/families?done=created-awaiting-consent");
    return http::Response::Redirect("/families/" + result.family_id + "?done=created");
  }, http::Access::kSignedIn);
}

}  // namespace alongside::web
