#include "api/programme/volunteer_json.hpp"

#include "api/common/json_body.hpp"
#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

boost::json::value DateJson(const std::optional<Date>& date) {
  return date ? boost::json::value(IsoDate(*date)) : boost::json::value(nullptr);
}

boost::json::array Strings(const std::vector<std::string>& items) {
  boost::json::array out;
  for (const auto& item : items) out.emplace_back(item);
  return out;
}

/// A whole number given as a number or as its digits; "" when absent.
std::string NumberField(const boost::json::object& body, std::string_view name) {
  const auto* value = body.if_contains(name);
  if (!value || value->is_null()) return "";
  if (value->is_int64()) return std::to_string(value->as_int64());
  if (value->is_string()) return std::string(value->as_string());
  throw http::BadRequest("The field " + std::string(name) + " must be a whole number");
}

}  // namespace

VolunteerForm VolunteerFormFromJson(const boost::json::object& body) {
  VolunteerForm form;
  form.name = StringField(body, "name");
  form.email = StringField(body, "email");
  form.phone = StringField(body, "phone");
  form.postcode = StringField(body, "postcode");
  form.programme_role_id = StringField(body, "programme_role_id");
  for (const auto& language : StringListField(body, "languages"))
    form.languages += (form.languages.empty() ? "" : ", ") + language;
  form.lived_experience = StringListField(body, "lived_experience");
  form.max_families = NumberField(body, "max_families");
  form.enquired_on = StringField(body, "enquired_on");
  form.interviewed_on = StringField(body, "interviewed_on");
  form.references_received = NumberField(body, "references_received");
  form.dbs_checked_on = StringField(body, "dbs_checked_on");
  form.dbs_renewal_due = StringField(body, "dbs_renewal_due");
  form.notes = StringField(body, "notes");
  return form;
}

boost::json::object VolunteerJson(const Volunteer& v) {
  return {{"id", v.id},
          {"programme_id", v.organisation_id},
          {"name", v.name},
          {"email", v.email},
          {"phone", v.phone},
          {"postcode", v.postcode},
          {"stage", std::string(VolunteerStageCode(v.stage))},
          {"programme_role", v.programme_role_id.empty()
                                 ? boost::json::value(nullptr)
                                 : boost::json::value(boost::json::object{{"id", v.programme_role_id},
                                                                          {"name", v.programme_role_name}})},
          {"languages", Strings(v.languages)},
          {"lived_experience", Strings(v.lived_experience)},
          {"availability", Strings(v.availability)},
          {"max_families", v.max_families},
          {"enquired_on", IsoDate(v.enquired_on)},
          {"interviewed_on", DateJson(v.interviewed_on)},
          {"references_received", v.references_received},
          {"dbs_checked_on", DateJson(v.dbs_checked_on)},
          {"dbs_renewal_due", DateJson(v.dbs_renewal_due)},
          {"active_since", DateJson(v.active_since)},
          {"left_on", DateJson(v.left_on)},
          {"left_reason", v.left_reason},
          {"notes", v.notes},
          {"has_account", !v.user_id.empty()},
          {"version", v.version}};
}

boost::json::object VolunteerRecordJson(const VolunteerRecord& record) {
  auto out = VolunteerJson(record.volunteer);
  boost::json::array journey;
  for (const auto& c : record.journey)
    journey.push_back({{"from", c.from_stage ? boost::json::value(std::string(VolunteerStageCode(*c.from_stage)))
                                             : boost::json::value(nullptr)},
                       {"to", std::string(VolunteerStageCode(c.to_stage))},
                       {"on", IsoDate(c.changed_on)},
                       {"note", c.note},
                       {"by", c.changed_by_name}});
  out["journey"] = std::move(journey);
  boost::json::array positions;
  for (const auto& p : record.positions)
    positions.push_back({{"position", std::string(PathwayPositionCode(p.position))},
                         {"paid", IsPaid(p.position)},
                         {"started_on", IsoDate(p.started_on)},
                         {"ended_on", DateJson(p.ended_on)},
                         {"note", p.note}});
  out["positions"] = std::move(positions);
  out["account_email"] = record.account_email;
  out["activation_gaps"] = Strings(record.activation_gaps);
  return out;
}

boost::json::object RoleJson(const ProgrammeRole& r) {
  return {{"id", r.id},
          {"programme_id", r.organisation_id},
          {"name", r.name},
          {"description", r.description},
          {"supervision_early_days", r.supervision_early_days},
          {"early_weeks", r.early_weeks},
          {"supervision_later_days", r.supervision_later_days},
          {"archived", r.archived_at.has_value()}};
}

int PageQuery(const http::Request& request) {
  const std::string page = request.Query("page");
  if (page.empty()) return 1;
  if (page.size() > 6 || page.find_first_not_of("0123456789") != std::string::npos || page == "0")
    throw http::BadRequest("page must be a positive whole number");
  return std::stoi(page);
}

}  // namespace alongside::api
