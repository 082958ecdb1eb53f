#include "web/families/family_forms.hpp"

#include <algorithm>

namespace alongside::web {
namespace {

std::string DateText(const std::optional<Date>& date) { return date ? IsoDate(*date) : ""; }

}  // namespace

CaregiverForm ReadCaregiverForm(const http::Form& form) {
  CaregiverForm c;
  c.name = form.Get("caregiver_name");
  c.preferred_name = form.Get("caregiver_preferred_name");
  c.pronouns = form.Get("caregiver_pronouns");
  c.date_of_birth = form.Get("caregiver_date_of_birth");
  c.phone = form.Get("caregiver_phone");
  c.email = form.Get("caregiver_email");
  c.preferred_language = form.Get("caregiver_preferred_language");
  c.interpreter_needed = form.Get("caregiver_interpreter_needed") == "1";
  c.relationship_to_baby = form.Get("caregiver_relationship");
  return c;
}

BabyForm ReadBabyForm(const http::Form& form) {
  BabyForm b;
  b.due_date = form.Get("due_date");
  b.birth_date = form.Get("birth_date");
  b.name = form.Get("baby_name");
  b.born_early = form.Get("born_early") == "1";
  b.gestation_weeks_at_birth = form.Get("gestation_weeks_at_birth");
  b.neonatal_care = form.Get("neonatal_care") == "1";
  b.number_of_babies = form.Get("number_of_babies");
  return b;
}

FamilyDetailsForm ReadDetailsForm(const http::Form& form) {
  return {form.Get("address_line_1"), form.Get("address_line_2"), form.Get("town"),
          form.Get("postcode"),       form.GetAll("focus_areas"),   form.Get("strengths")};
}

SharedCareForm ReadSharedCareForm(const http::Form& form) {
  return {form.Get("name"), form.Get("relationship"), form.Get("how_they_help")};
}

CaregiverForm CaregiverFormOf(const Caregiver& c) {
  return {c.name,  c.preferred_name,     c.pronouns,           DateText(c.date_of_birth), c.phone,
          c.email, c.preferred_language, c.interpreter_needed, c.relationship_to_baby};
}

BabyForm BabyFormOf(const Baby& b) {
  return {DateText(b.due_date), DateText(b.birth_date), b.name, b.born_early,
          b.gestation_weeks_at_birth ? std::to_string(*b.gestation_weeks_at_birth) : "", b.neonatal_care, ""};
}

FamilyDetailsForm DetailsFormOf(const Family& f) {
  FamilyDetailsForm form{f.address_line_1, f.address_line_2, f.town, f.postcode, {}, f.strengths};
  for (auto area : f.focus_areas) form.focus_areas.emplace_back(FocusAreaCode(area));
  return form;
}

void AddCheckbox(View& data, const std::string& name, const std::string& label, bool checked,
                 const std::string& hint) {
  View box;
  box.set("name", name);
  box.set("label", label);
  box.set("checked", checked);
  if (!hint.empty()) box.set("hint", hint);
  data.set("checkbox_" + name, box);
}

void AddCaregiverFields(FormView& form, View& data, const CaregiverForm& c) {
  form.Text("caregiver_name", "Full name", "text", c.name, {.autocomplete = "off", .spellcheck_off = true});
  form.Text("caregiver_preferred_name", "Preferred name (optional)", "text", c.preferred_name,
            {.hint = "What they like to be called", .autocomplete = "off", .spellcheck_off = true});
  form.Text("caregiver_pronouns", "Pronouns (optional)", "text", c.pronouns, {.width = "10"});
  form.Text("caregiver_relationship", "Relationship to the baby", "text", c.relationship_to_baby,
            {.hint = "For example, mother, father, partner or grandmother", .width = "20"});
  form.Text("caregiver_date_of_birth", "Date of birth (optional)", "text", c.date_of_birth,
            {.hint = "For example, 14 3 1995", .autocomplete = "off", .width = "10"});
  form.Text("caregiver_phone", "Phone number (optional)", "tel", c.phone, {.autocomplete = "off", .width = "20"});
  form.Text("caregiver_email", "Email address (optional)", "email", c.email,
            {.autocomplete = "off", .spellcheck_off = true});
  form.Text("caregiver_preferred_language", "Preferred language (optional)", "text", c.preferred_language,
            {.width = "20"});
  AddCheckbox(data, "caregiver_interpreter_needed", "They need an interpreter", c.interpreter_needed);
}

void AddBabyFields(FormView& form, View& data, const BabyForm& b, bool with_number) {
  if (with_number)
    form.Text("number_of_babies", "Number of babies (optional)", "text", b.number_of_babies,
              {.hint = "For twins, enter 2. Leave empty for one baby", .width = "2"});
  form.Text("due_date", "Due date", "text", b.due_date,
            {.hint = "For example, 14 3 2027. If the baby has been born, you can leave it empty and enter the birth date",
             .autocomplete = "off", .width = "10"});
  form.Text("birth_date", "Birth date (if born)", "text", b.birth_date,
            {.hint = "For example, 2 11 2026", .autocomplete = "off", .width = "10"});
  form.Text("baby_name", "Baby's name (optional)", "text", b.name, {.autocomplete = "off", .spellcheck_off = true});
  form.Text("gestation_weeks_at_birth", "Weeks of pregnancy at birth (optional)", "text", b.gestation_weeks_at_birth,
            {.width = "2"});
  AddCheckbox(data, "born_early", "Born early (before 37 weeks)", b.born_early);
  AddCheckbox(data, "neonatal_care", "Spent time in neonatal care", b.neonatal_care);
}

void AddDetailsFields(FormView& form, View& data, const FamilyDetailsForm& d) {
  form.Text("address_line_1", "Address line 1", "text", d.address_line_1, {.autocomplete = "off"});
  form.Text("address_line_2", "Address line 2 (optional)", "text", d.address_line_2, {.autocomplete = "off"});
  form.Text("town", "Town or city", "text", d.town, {.autocomplete = "off", .width = "20"});
  form.Text("postcode", "Postcode", "text", d.postcode, {.autocomplete = "off", .width = "10"});
  form.Text("focus_areas", "What support will focus on (optional)", "checkboxes", "",
            {.hint = "Select all that apply"});
  form.Text("strengths", "Strengths, in the family's own words (optional)", "textarea", d.strengths);
  View options{View::type::list};
  for (auto area : AllFocusAreas()) {
    View option;
    const std::string code(FocusAreaCode(area));
    option.set("value", code);
    option.set("label", std::string(FocusAreaLabel(area)));
    option.set("checked", std::find(d.focus_areas.begin(), d.focus_areas.end(), code) != d.focus_areas.end());
    options.push_back(option);
  }
  data.set("focus_options", options);
}

void AddSharedCareFields(FormView& form, const SharedCareForm& s) {
  form.Text("name", "Name", "text", s.name, {.autocomplete = "off", .spellcheck_off = true});
  form.Text("relationship", "Relationship (optional)", "text", s.relationship,
            {.hint = "For example, my mum or a neighbour", .width = "20"});
  form.Text("how_they_help", "How they help (optional)", "textarea", s.how_they_help,
            {.hint = "In the family's words, for example: picks up the older two from school"});
}

}  // namespace alongside::web
