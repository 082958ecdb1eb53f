#include "web/contacts/contact_view.hpp"

#include <algorithm>

#include "core/contacts/hours.hpp"
#include "core/framework/framework_tags.hpp"
#include "web/common/form_view.hpp"
#include "web/families/family_tabs.hpp"

namespace alongside::web {
namespace {

std::string ErrorOf(const std::vector<FieldError>& errors, const std::string& field) {
  for (const auto& e : errors)
    if (e.field == field) return e.message;
  return "";
}

/// A group of checkboxes for templates/partials/contact_checkboxes.mustache. The first box
/// has the group's name as its id, so the error summary's link lands on it.
View Checkboxes(const std::string& name, const std::string& legend, const std::string& hint,
                const std::vector<std::pair<std::string, std::string>>& options,
                const std::vector<std::string>& checked, const std::vector<FieldError>& errors) {
  View group;
  group.set("name", name);
  group.set("legend", legend);
  std::string described_by;
  if (!hint.empty()) {
    group.set("hint", hint);
    described_by = name + "-hint";
  }
  if (auto error = ErrorOf(errors, name); !error.empty()) {
    group.set("error", error);
    described_by += (described_by.empty() ? "" : " ") + name + "-error";
  }
  if (!described_by.empty()) group.set("described_by", described_by);
  View list{View::type::list};
  for (std::size_t i = 0; i < options.size(); ++i) {
    View option;
    option.set("id", i == 0 ? name : name + "-" + std::to_string(i + 1));
    option.set("value", options[i].first);
    option.set("text", options[i].second);
    option.set("checked", std::find(checked.begin(), checked.end(), options[i].first) != checked.end());
    list.push_back(option);
  }
  group.set("options", list);
  group.set("has_options", !options.empty());
  return group;
}

void Row(View& rows, const std::string& key, const std::string& value) {
  View row;
  row.set("key", key);
  row.set("value", value.empty() ? std::string("Not given") : value);
  rows.push_back(row);
}

}  // namespace

std::string KindText(const ContactDetails& details) {
  return details.kind ? std::string(ContactKindLabel(*details.kind)) : "Kind not given yet";
}

std::string DateText(const ContactDetails& details) {
  return details.date ? FormatDate(*details.date) : "Date not given yet";
}

std::string DurationText(const ContactDetails& details) {
  return details.duration_minutes ? FormatMinutes(*details.duration_minutes) : "";
}

void AddContactForm(View& data, const ContactForm& form, const std::vector<CaregiverChoice>& caregivers,
                    std::vector<FieldError> errors) {
  FormView fields(errors);
  Options kinds{{"", "Select the kind of contact"}};
  for (auto kind : AllContactKinds())
    kinds.emplace_back(std::string(ContactKindCode(kind)), std::string(ContactKindLabel(kind)));
  fields.Select("kind", "Kind of contact", kinds, form.kind);
  fields.Text("date", "Date", "text", form.date, {.hint = "For example, 14 3 2026", .width = "10"});
  fields.Text("start_time", "Start time (optional)", "text", form.start_time,
              {.hint = "For example, 9:30 or 2:15pm", .width = "5"});
  fields.Text("duration_minutes", "How long, in minutes", "text", form.duration_minutes,
              {.hint = "For example, 45", .width = "4"});
  fields.Text("others_present", "Anyone else who was there (optional)", "text", form.others_present,
              {.hint = "For example, her mum, the midwife"});
  fields.Text("location", "Where (optional)", "text", form.location, {.hint = "For example, at home, the family hub"});
  fields.ApplyTo(data);

  std::vector<std::pair<std::string, std::string>> people;
  for (const auto& c : caregivers) people.emplace_back(c.id, c.name);
  data.set("caregiver_field", Checkboxes("caregiver_ids", "Who from the family was there",
                                         "You are counted as there already", people, form.caregiver_ids, errors));
  std::vector<std::pair<std::string, std::string>> topics;
  for (auto topic : AllContactTopics())
    topics.emplace_back(std::string(ContactTopicCode(topic)), std::string(ContactTopicLabel(topic)));
  data.set("topic_field", Checkboxes("topics", "What you talked about (optional)", "Select all that apply", topics,
                                     form.topics, errors));
  View notes;
  notes.set("value", form.notes);
  if (auto error = ErrorOf(errors, "notes"); !error.empty()) notes.set("error", error);
  data.set("notes_field", notes);
}

View DetailRows(const ContactDetails& details, const std::vector<CaregiverChoice>& caregivers,
                const Framework* framework) {
  View rows{View::type::list};
  Row(rows, "Kind of contact", details.kind ? std::string(ContactKindLabel(*details.kind)) : "");
  Row(rows, "Date", details.date ? FormatDate(*details.date) : "");
  Row(rows, "Start time", details.start_minute ? FormatStartTime(*details.start_minute) : "");
  Row(rows, "How long", DurationText(details));
  std::string who;
  for (const auto& id : details.caregiver_ids)
    for (const auto& c : caregivers)
      if (c.id == id) who += (who.empty() ? "" : ", ") + c.name;
  if (!details.others_present.empty()) who += (who.empty() ? "" : ", ") + details.others_present;
  Row(rows, "Who was there", who);
  Row(rows, "Where", details.location);
  std::string topics;
  for (auto topic : details.topics) {
    topics += (topics.empty() ? "" : ", ") + std::string(ContactTopicLabel(topic));
    if (const auto* domain = framework ? DomainOfContactTopic(*framework, ContactTopicCode(topic)) : nullptr)
      topics += " (" + domain->name + ")";
  }
  Row(rows, "What you talked about", topics);
  Row(rows, "Notes", details.notes);
  return rows;
}

View ContactTabs(const Services& services, const Actor& actor, const std::string& family_id, std::string_view tab) {
  return FamilyTabs(family_id, tab,
                    {.show_sensitive = services.policy.MayAtAll(actor, Resource::kFamilySensitive, Action::kRead)});
}

}  // namespace alongside::web
