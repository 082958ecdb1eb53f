#include "web/programme/volunteer_view.hpp"

#include "core/common/london_time.hpp"
#include "core/programme/programme_dashboard.hpp"
#include "core/programme/volunteer_journey.hpp"
#include "web/needs/needs_view.hpp"

namespace alongside::web {
namespace {

std::string StageTag(VolunteerStage stage) {
  switch (stage) {
    case VolunteerStage::kActive: return "green";
    case VolunteerStage::kPaused: return "yellow";
    case VolunteerStage::kLeft: return "grey";
    default: return "blue";
  }
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

/// Sets `key` only when there is something to show: an empty string is still "true" to a
/// mustache section, so the template tests for the key itself.
void SetIfAny(View& view, const std::string& key, const std::string& value) {
  if (!value.empty()) view.set(key, value);
}

std::string OptionalDate(const std::optional<Date>& date, const char* none) {
  return date ? FormatDate(*date) : std::string(none);
}

}  // namespace

Options StageOptions() {
  Options options;
  for (auto stage : AllVolunteerStages())
    options.emplace_back(std::string(VolunteerStageCode(stage)), std::string(VolunteerStageLabel(stage)));
  return options;
}

View VolunteerSummary(const Volunteer& v, const Date& today) {
  View item;
  item.set("id", v.id);
  item.set("name", v.name);
  item.set("stage", std::string(VolunteerStageLabel(v.stage)));
  item.set("stage_tag", StageTag(v.stage));
  item.set("role", v.programme_role_name.empty() ? std::string("No role yet") : v.programme_role_name);
  SetIfAny(item, "email", v.email);
  SetIfAny(item, "phone", v.phone);
  SetIfAny(item, "postcode", v.postcode);
  item.set("languages", v.languages.empty() ? std::string("Not recorded") : Joined(v.languages));
  std::vector<std::string> lived;
  for (const auto& code : v.lived_experience) lived.emplace_back(ChoiceLabel(LivedExperienceChoices(), code));
  item.set("lived_experience", lived.empty() ? std::string("None recorded") : Joined(lived));
  item.set("max_families", std::to_string(v.max_families));
  item.set("enquired_on", FormatDate(v.enquired_on));
  item.set("interviewed_on", OptionalDate(v.interviewed_on, "Not yet"));
  item.set("references", std::to_string(v.references_received) + " of " + std::to_string(kReferencesNeeded));
  item.set("references_done", v.references_received >= kReferencesNeeded);
  item.set("dbs_checked_on", OptionalDate(v.dbs_checked_on, "Not yet"));
  item.set("dbs_renewal_due", OptionalDate(v.dbs_renewal_due, "Not set"));
  const bool expired = v.dbs_renewal_due && !(today < *v.dbs_renewal_due);
  item.set("dbs_expired", expired);
  item.set("dbs_due_soon", !expired && DbsRenewalDue(v, today, kDbsWarningDays));
  SetIfAny(item, "active_since", OptionalDate(v.active_since, ""));
  SetIfAny(item, "left_on", OptionalDate(v.left_on, ""));
  SetIfAny(item, "left_reason", v.left_reason);
  SetIfAny(item, "notes", v.notes);
  item.set("has_account", !v.user_id.empty());
  return item;
}

View VolunteerRecordView(const VolunteerRecord& record) {
  View data = VolunteerSummary(record.volunteer, record.today);
  data.set("volunteer", VolunteerSummary(record.volunteer, record.today));
  data.set("may_change", record.may_change);
  SetIfAny(data, "account_email", record.account_email);
  View journey{View::type::list};
  for (auto it = record.journey.rbegin(); it != record.journey.rend(); ++it) {
    View step;
    step.set("stage", std::string(VolunteerStageLabel(it->to_stage)));
    step.set("from", it->from_stage ? std::string(VolunteerStageLabel(*it->from_stage)) : std::string());
    step.set("on", FormatDate(it->changed_on));
    SetIfAny(step, "note", it->note);
    SetIfAny(step, "by", it->changed_by_name);
    journey.push_back(step);
  }
  data.set("journey", journey);
  View positions{View::type::list};
  for (const auto& p : record.positions) {
    View row;
    row.set("position", std::string(PathwayPositionLabel(p.position)));
    row.set("paid", IsPaid(p.position));
    row.set("from", FormatDate(p.started_on));
    row.set("to", p.ended_on ? FormatDate(*p.ended_on) : std::string("Now"));
    row.set("current", !p.ended_on.has_value());
    SetIfAny(row, "note", p.note);
    positions.push_back(row);
  }
  data.set("positions", positions);
  data.set("has_positions", !record.positions.empty());
  View gaps{View::type::list};
  for (const auto& gap : record.activation_gaps) gaps.push_back(View(gap));
  data.set("activation_gaps", gaps);
  data.set("has_gaps", !record.activation_gaps.empty());
  return data;
}

void AddVolunteerFields(View& data, const VolunteerForm& form, const std::vector<ProgrammeRole>& roles,
                        const std::vector<FieldError>& errors) {
  FormView fields(errors);
  fields.Text("name", "Full name", "text", form.name, {.hint = "", .autocomplete = "off", .width = "", .spellcheck_off = true});
  fields.Text("email", "Email address (optional)", "email", form.email,
              {.hint = "", .autocomplete = "off", .width = "", .spellcheck_off = true});
  fields.Text("phone", "Phone number (optional)", "tel", form.phone, {.hint = "", .autocomplete = "off", .width = "20"});
  fields.Text("postcode", "Postcode (optional)", "text", form.postcode,
              {.hint = "Used to suggest families near them", .autocomplete = "off", .width = "10", .spellcheck_off = true});
  Options role_options{{"", "No role yet"}};
  for (const auto& role : roles)
    if (!role.archived_at || role.id == form.programme_role_id) role_options.emplace_back(role.id, role.name);
  fields.Select("programme_role_id", "Role in the programme", role_options, form.programme_role_id,
                "The programme's own names for its roles, set on the Roles page");
  fields.Text("languages", "Languages they speak (optional)", "text", form.languages,
              {.hint = "Separate them with commas, like English, Polish"});
  fields.Text("max_families", "How many families they can support at once", "text", form.max_families,
              {.hint = "Usually 1 or 2", .autocomplete = "off", .width = "2"});
  fields.Text("enquired_on", "Date of their enquiry", "date", form.enquired_on, {.hint = "For example, 2026-11-14"});
  fields.Text("interviewed_on", "Date of their interview (optional)", "date", form.interviewed_on);
  fields.Text("references_received", "References received", "text", form.references_received,
              {.hint = "Two are needed before they become active", .autocomplete = "off", .width = "2"});
  fields.Text("dbs_checked_on", "Date of their DBS check (optional)", "date", form.dbs_checked_on);
  fields.Text("dbs_renewal_due", "DBS check due for renewal (optional)", "date", form.dbs_renewal_due,
              {.hint = "Leave empty for three years after the check"});
  fields.Text("notes", "Notes for the programme (optional)", "textarea", form.notes);
  fields.ApplyTo(data);
  Options lived;
  for (const auto& choice : LivedExperienceChoices()) lived.emplace_back(std::string(choice.code), std::string(choice.label));
  data.set("lived_experience", CheckboxGroup("lived_experience", "Lived experience they are happy to share",
                                             "Families can be matched with someone who has been there too",
                                             lived, form.lived_experience, errors));
}

VolunteerForm ReadVolunteerForm(const http::Form& f) {
  VolunteerForm form;
  form.name = f.Get("name");
  form.email = f.Get("email");
  form.phone = f.Get("phone");
  form.postcode = f.Get("postcode");
  form.programme_role_id = f.Get("programme_role_id");
  form.languages = f.Get("languages");
  form.lived_experience = f.GetAll("lived_experience");
  form.max_families = f.Get("max_families");
  form.enquired_on = f.Get("enquired_on");
  form.interviewed_on = f.Get("interviewed_on");
  form.references_received = f.Get("references_received");
  form.dbs_checked_on = f.Get("dbs_checked_on");
  form.dbs_renewal_due = f.Get("dbs_renewal_due");
  form.notes = f.Get("notes");
  return form;
}

VolunteerForm FormFromVolunteer(const Volunteer& v) {
  VolunteerForm form;
  form.name = v.name;
  form.email = v.email;
  form.phone = v.phone;
  form.postcode = v.postcode;
  form.programme_role_id = v.programme_role_id;
  for (const auto& language : v.languages) form.languages += (form.languages.empty() ? "" : ", ") + language;
  form.lived_experience = v.lived_experience;
  form.max_families = std::to_string(v.max_families);
  form.enquired_on = IsoDate(v.enquired_on);
  form.interviewed_on = v.interviewed_on ? IsoDate(*v.interviewed_on) : "";
  form.references_received = std::to_string(v.references_received);
  form.dbs_checked_on = v.dbs_checked_on ? IsoDate(*v.dbs_checked_on) : "";
  form.dbs_renewal_due = v.dbs_renewal_due ? IsoDate(*v.dbs_renewal_due) : "";
  form.notes = v.notes;
  return form;
}

}  // namespace alongside::web
