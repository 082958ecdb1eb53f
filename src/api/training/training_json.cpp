#include "api/training/training_json.hpp"

#include "http/bad_request.hpp"

namespace alongside::api {
namespace {

boost::json::value OptDate(const std::optional<Date>& d) {
  return d ? boost::json::value(IsoDate(*d)) : boost::json::value(nullptr);
}
boost::json::value OptInt(const std::optional<int>& n) {
  return n ? boost::json::value(*n) : boost::json::value(nullptr);
}
boost::json::array Strings(const std::vector<std::string>& items) {
  boost::json::array out;
  for (const auto& s : items) out.push_back(boost::json::value(s));
  return out;
}

}  // namespace

std::string NumberField(const boost::json::object& body, std::string_view name) {
  const auto* value = body.if_contains(name);
  if (!value || value->is_null()) return "";
  if (value->is_int64()) return std::to_string(value->as_int64());
  throw http::BadRequest("The field " + std::string(name) + " must be a whole number");
}

bool BoolField(const boost::json::object& body, std::string_view name) {
  const auto* value = body.if_contains(name);
  if (!value || value->is_null()) return false;
  if (value->is_bool()) return value->as_bool();
  throw http::BadRequest("The field " + std::string(name) + " must be true or false");
}

boost::json::object ModuleJson(const TrainingModule& m) {
  return {{"id", m.id}, {"programme_id", m.organisation_id}, {"name", m.name},
          {"topic", std::string(TrainingTopicCode(m.topic))}, {"description", m.description},
          {"refresher_months", OptInt(m.refresher_months)}, {"accredited", m.accredited},
          {"accredited_hours", OptInt(m.accredited_hours)}, {"awarding_body", m.awarding_body}};
}

boost::json::object SessionJson(const TrainingSession& s) {
  return {{"id", s.id}, {"programme_id", s.organisation_id}, {"module_id", s.module_id},
          {"module_name", s.module_name}, {"held_on", IsoDate(s.held_on)}, {"start_time", s.start_time},
          {"duration_minutes", s.duration_minutes}, {"trainer_name", s.trainer_name}, {"location", s.location},
          {"capacity", OptInt(s.capacity)}, {"attended_count", s.attended_count}};
}

boost::json::object AttendanceJson(const SessionAttendance& a) {
  boost::json::array rows;
  for (const auto& r : a.rows)
    rows.push_back(boost::json::object{{"volunteer_id", r.volunteer.id}, {"name", r.volunteer.name},
                                       {"attended", r.attended ? boost::json::value(*r.attended)
                                                               : boost::json::value(nullptr)}});
  auto out = SessionJson(a.session);
  out["attendance"] = std::move(rows);
  return out;
}

boost::json::object VolunteerTrainingJson(const VolunteerTraining& t) {
  boost::json::array completions;
  for (const auto& c : t.completions)
    completions.push_back(boost::json::object{{"id", c.id}, {"module_id", c.module_id}, {"module_name", c.module_name},
                                              {"completed_on", IsoDate(c.completed_on)},
                                              {"source_session_id", c.source_session_id.empty()
                                                                        ? boost::json::value(nullptr)
                                                                        : boost::json::value(c.source_session_id)},
                                              {"note", c.note}});
  boost::json::array modules;
  for (const auto& m : t.modules) {
    const char* state = "not_done";
    if (m.last_completed) switch (m.refresher.state) {
        case RefresherState::kNotNeeded: state = "not_needed"; break;
        case RefresherState::kCurrent: state = "current"; break;
        case RefresherState::kDueSoon: state = "due_soon"; break;
        case RefresherState::kOverdue: state = "overdue"; break;
      }
    modules.push_back(boost::json::object{{"module_id", m.module.id}, {"name", m.module.name},
                                          {"last_completed", OptDate(m.last_completed)},
                                          {"refresher_due", OptDate(m.refresher.due_on)}, {"refresher", state}});
  }
  return {{"volunteer_id", t.volunteer.id}, {"completions", std::move(completions)},
          {"modules", std::move(modules)}, {"accredited_hours", t.accredited_hours}};
}

boost::json::object RefresherDueJson(const RefresherDue& r) {
  return {{"volunteer_id", r.volunteer.id}, {"volunteer_name", r.volunteer.name}, {"module_id", r.module.id},
          {"module_name", r.module.name}, {"due_on", IsoDate(r.due_on)}, {"overdue", r.overdue}};
}

boost::json::object SupervisionSessionJson(const SupervisionSession& s) {
  return {{"id", s.id}, {"programme_id", s.organisation_id}, {"kind", std::string(SupervisionKindCode(s.kind))},
          {"held_on", IsoDate(s.held_on)}, {"duration_minutes", s.duration_minutes},
          {"supervisor_user_id", s.supervisor_user_id}, {"supervisor_name", s.supervisor_name},
          {"volunteer_ids", Strings(s.volunteer_ids)}, {"themes", Strings(s.themes)},
          {"other_themes", s.other_themes}, {"actions", s.actions}, {"has_note", s.has_note}};
}

boost::json::object CheckInJson(const WellbeingCheckIn& c) {
  return {{"id", c.id}, {"volunteer_id", c.volunteer_id}, {"checked_on", IsoDate(c.checked_on)},
          {"score", c.score}, {"words", std::string(WellbeingLabel(c.score))}, {"note", c.note},
          {"follow_up", c.follow_up}};
}

boost::json::object NoteJson(const SupervisionNote& n) {
  return {{"session_id", n.session_id}, {"body", n.body}, {"written_by", n.written_by}};
}

boost::json::object StatusJson(const SupervisionStatus& s) {
  return {{"volunteer_id", s.volunteer.id}, {"volunteer_name", s.volunteer.name},
          {"last_supervision", OptDate(s.due.last)}, {"next_due", OptDate(s.due.next_due)},
          {"overdue", s.due.overdue}};
}

boost::json::object VolunteerSupervisionJson(const VolunteerSupervision& s) {
  boost::json::array sessions;
  for (const auto& e : s.sessions) {
    auto item = SupervisionSessionJson(e.session);
    item["may_read_note"] = e.may_read_note;
    sessions.push_back(std::move(item));
  }
  boost::json::array check_ins;
  for (const auto& c : s.check_ins) check_ins.push_back(CheckInJson(c));
  return {{"volunteer_id", s.volunteer.id}, {"last_supervision", OptDate(s.due.last)},
          {"next_due", OptDate(s.due.next_due)}, {"overdue", s.due.overdue},
          {"sessions", std::move(sessions)}, {"check_ins", std::move(check_ins)}};
}

}  // namespace alongside::api
