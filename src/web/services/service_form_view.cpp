#include "web/services/service_form_view.hpp"

#include <algorithm>

#include "core/services/service_need.hpp"
#include "web/common/form_view.hpp"
#include "web/services/service_view.hpp"

namespace alongside::web {
namespace {

/// The needs as a checkbox group for templates/partials/contact_checkboxes.mustache; the
/// first box carries the group's id so the error summary's link lands on it.
View NeedBoxes(const ServiceForm& form, const std::vector<FieldError>& errors) {
  View group;
  group.set("name", std::string("needs"));
  group.set("legend", std::string("What it helps with (optional)"));
  for (const auto& e : errors)
    if (e.field == "needs") {
      group.set("error", e.message);
      group.set("described_by", std::string("needs-error"));
    }
  View boxes{View::type::list};
  int n = 0;
  for (auto need : AllServiceNeeds()) {
    const std::string code(ServiceNeedCode(need));
    View box;
    box.set("id", n++ == 0 ? std::string("needs") : "needs-" + code);
    box.set("value", code);
    box.set("text", std::string(ServiceNeedLabel(need)));
    box.set("checked", std::find(form.needs.begin(), form.needs.end(), code) != form.needs.end());
    boxes.push_back(box);
  }
  group.set("options", boxes);
  return group;
}

}  // namespace

ServiceForm ReadServiceForm(const http::Form& f) {
  ServiceForm form;
  form.organisation_id = f.Get("organisation_id");
  form.name = f.Get("name");
  form.level = f.Get("level");
  form.type = f.Get("type");
  form.summary = f.Get("summary");
  form.eligibility = f.Get("eligibility");
  form.in_pregnancy = f.Get("in_pregnancy") == "1";
  form.min_age_months = f.Get("min_age_months");
  form.max_age_months = f.Get("max_age_months");
  form.needs = f.GetAll("needs");
  form.postcode_districts = f.Get("postcode_districts");
  form.local_authorities = f.Get("local_authorities");
  form.referral_route = f.Get("referral_route");
  form.referral_contact = f.Get("referral_contact");
  form.hours = f.Get("hours");
  form.languages = f.Get("languages");
  form.accessibility = f.Get("accessibility");
  form.response_days = f.Get("response_days");
  form.internal_notes = f.Get("internal_notes");
  form.review_due = f.Get("review_due");
  return form;
}

void AddServiceFormFields(View& data, const ServiceForm& form, const std::vector<FieldError>& errors,
                          const std::vector<Organisation>& organisations) {
  FormView fields(errors);
  if (organisations.size() > 1) {
    Options choices{{"", "Select the organisation"}};
    for (const auto& o : organisations) choices.emplace_back(o.id, o.name);
    fields.Select("organisation_id", "Organisation that runs it", choices, form.organisation_id);
    data.set("choose_organisation", true);
  }
  fields.Text("name", "Name of the service", "text", form.name);
  Options routes{{"", "Select how to refer"}};
  for (auto route : {ReferralRoute::kAlongside, ReferralRoute::kPhone, ReferralRoute::kEmail, ReferralRoute::kWeb})
    routes.emplace_back(std::string(ReferralRouteCode(route)), std::string(ReferralRouteLabel(route)));
  fields.Select("level", "Level of need", LevelOptions("Select a level"), form.level,
                "Community, universal (every family), targeted, specialist or statutory");
  fields.Select("type", "Type of service", TypeOptions("Select a type"), form.type);
  fields.Text("summary", "What it offers", "textarea", form.summary, {.hint = "In plain words, for families"});
  fields.Text("eligibility", "Who it is for (optional)", "textarea", form.eligibility);
  fields.Text("min_age_months", "Youngest baby's age, in months (optional)", "text", form.min_age_months,
              {.hint = "From 0 to 60. Leave empty for no lower limit", .width = "3"});
  fields.Text("max_age_months", "Oldest baby's age, in months (optional)", "text", form.max_age_months,
              {.hint = "From 0 to 60. Leave empty for no upper limit", .width = "3"});
  fields.Text("postcode_districts", "Postcode districts it covers (optional)", "text", form.postcode_districts,
              {.hint = "Separated by commas, like RV1, RV2. Leave empty if it covers the whole area",
               .spellcheck_off = true});
  fields.Text("local_authorities", "Local authorities it covers (optional)", "text", form.local_authorities,
              {.hint = "Separated by commas"});
  fields.Select("referral_route", "How to refer", routes, form.referral_route);
  fields.Text("referral_contact", "Phone number, email address or web address for referrals", "text",
              form.referral_contact, {.hint = "Needed unless referrals are made through Alongside",
                                      .spellcheck_off = true});
  fields.Text("response_days", "Days it usually takes to answer a referral", "text", form.response_days,
              {.hint = "From 1 to 90", .width = "3"});
  fields.Text("hours", "Opening hours (optional)", "text", form.hours);
  fields.Text("languages", "Languages (optional)", "text", form.languages);
  fields.Text("accessibility", "Accessibility (optional)", "text", form.accessibility,
              {.hint = "For example, step-free access, BSL interpreters on request"});
  fields.Text("review_due", "Review this entry by", "text", form.review_due,
              {.hint = "For example, 14 3 2027. After this date the entry is flagged as needing review",
               .autocomplete = "off", .width = "10"});
  fields.Text("internal_notes", "Notes for workers (optional)", "textarea", form.internal_notes,
              {.hint = "Never shown in the public directory"});
  fields.ApplyTo(data);
  View pregnancy;
  pregnancy.set("name", std::string("in_pregnancy"));
  pregnancy.set("label", std::string("Open to families during pregnancy"));
  pregnancy.set("checked", form.in_pregnancy);
  data.set("checkbox_in_pregnancy", pregnancy);
  data.set("need_boxes", NeedBoxes(form, errors));
}

}  // namespace alongside::web
