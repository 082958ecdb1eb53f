#include "api/contacts/contact_json.hpp"

#include "api/common/json_body.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

boost::json::value OrNull(bool present, boost::json::value value) {
  if (!present) return nullptr;
  return value;
}

}  // namespace

boost::json::object ContactJson(const Contact& c, bool shared_view) {
  const auto& d = c.details;
  boost::json::object out;
  out["id"] = c.id;
  out["family_id"] = c.family_id;
  out["status"] = std::string(ContactStatusCode(c.status));
  out["kind"] = OrNull(d.kind.has_value(), boost::json::string(d.kind ? ContactKindCode(*d.kind) : ""));
  out["date"] = OrNull(d.date.has_value(), boost::json::string(d.date ? IsoDate(*d.date) : ""));
  if (shared_view) return out;
  out["start_time"] =
      OrNull(d.start_minute.has_value(), boost::json::string(d.start_minute ? FormatStartTime(*d.start_minute) : ""));
  out["duration_minutes"] = OrNull(d.duration_minutes.has_value(), d.duration_minutes.value_or(0));
  boost::json::array caregivers(d.caregiver_ids.begin(), d.caregiver_ids.end());
  out["caregiver_ids"] = std::move(caregivers);
  out["others_present"] = d.others_present;
  out["location"] = d.location;
  boost::json::array topics;
  for (auto topic : d.topics) topics.emplace_back(std::string(ContactTopicCode(topic)));
  out["topics"] = std::move(topics);
  out["notes"] = d.notes;
  out["author"] = boost::json::object{{"id", c.author_user_id}, {"name", c.author_name}};
  out["edit_count"] = c.edit_count;
  out["submitted_at"] = OrNull(c.submitted_at.has_value(), c.submitted_at.value_or(0));
  out["created_at"] = c.created_at;
  out["updated_at"] = c.updated_at;
  return out;
}

boost::json::object MonthJson(const MonthHours& month) {
  return {{"month", month.month},
          {"contacts", month.contacts},
          {"contact_minutes", month.contact_minutes},
          {"total_minutes", month.total_minutes}};
}

boost::json::object TimelineEntryJson(const TimelineEntry& e) {
  return {{"at", e.at},          {"event", e.event}, {"record_id", e.record_id},
          {"detail", e.detail},  {"extra", e.extra}, {"actor_name", e.actor_name}};
}

void ReadContactFields(const boost::json::object& body, ContactForm& form) {
  auto text = [&body](std::string_view name, std::string& field) {
    if (body.contains(name)) field = StringField(body, name);
  };
  text("kind", form.kind);
  text("date", form.date);
  text("start_time", form.start_time);
  text("others_present", form.others_present);
  text("location", form.location);
  text("notes", form.notes);
  if (const auto* minutes = body.if_contains("duration_minutes")) {
    if (minutes->is_int64()) form.duration_minutes = std::to_string(minutes->as_int64());
    else if (minutes->is_null()) form.duration_minutes.clear();
    else throw http::BadRequest("The field duration_minutes must be a whole number");
  }
  if (body.contains("caregiver_ids")) form.caregiver_ids = StringListField(body, "caregiver_ids");
  if (body.contains("topics")) form.topics = StringListField(body, "topics");
}

bool SubmitFlag(const boost::json::object& body) {
  const auto* value = body.if_contains("submit");
  if (!value || value->is_null()) return false;
  if (!value->is_bool()) throw http::BadRequest("The field submit must be true or false");
  return value->as_bool();
}

}  // namespace alongside::api
