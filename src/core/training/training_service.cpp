#include "core/training/training_service.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <stdexcept>

#include "core/common/ids.hpp"
#include "core/training/form_fields.hpp"

namespace alongside {
namespace {

TrainingModule ValidateModule(const ModuleForm& form) {
  Validation v;
  TrainingModule m;
  m.name = fields::Text(v, "name", form.name, 120, "The name", "Enter the module's name, like Safeguarding");
  const auto topic = TrainingTopicFromCode(form.topic);
  if (!topic) v.Add("topic", "Choose the module's topic");
  else m.topic = *topic;
  m.description = fields::Text(v, "description", form.description, 2000, "The description");
  m.refresher_months = fields::Number(v, "refresher_months", form.refresher_months, 1, 120,
                                      "Enter the months until a refresher, from 1 to 120, or leave it empty", false);
  m.accredited = form.accredited;
  m.accredited_hours = fields::Number(v, "accredited_hours", form.accredited_hours, 1, 1000,
                                      "Enter the course's guided learning hours, from 1 to 1000", form.accredited);
  if (!m.accredited) m.accredited_hours.reset();
  m.awarding_body = fields::Text(v, "awarding_body", form.awarding_body, 200, "The awarding body");
  v.ThrowIfAny();
  return m;
}

/// Whether a marked volunteer's time entry came from this session.
bool FromSession(const TimeEntry& entry, const std::string& session_id) {
  return entry.source_type == kTrainingSessionSource && entry.source_id == session_id;
}

}  // namespace

std::vector<UsualModule> ParseUsualModules(const std::string& json) {
  std::vector<UsualModule> out;
  const auto document = boost::json::parse(json);  // kept: the loop below reads into it
  for (const auto& item : document.as_object().at("modules").as_array()) {
    const auto& o = item.as_object();
    UsualModule m;
    m.name = std::string(o.at("name").as_string());
    const auto topic = TrainingTopicFromCode(std::string(o.at("topic").as_string()));
    if (!topic) throw std::runtime_error("training-modules.json: unknown topic for " + m.name);
    m.topic = *topic;
    if (const auto* d = o.if_contains("description")) m.description = std::string(d->as_string());
    if (const auto* r = o.if_contains("refresher_months"); r && !r->is_null())
      m.refresher_months = static_cast<int>(r->as_int64());
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<TrainingModule> TrainingService::Modules(const Actor& actor, const std::string& organisation_id) {
  access_.RequireProgramme(actor, organisation_id, Resource::kVolunteer, Action::kList);
  auto tx = database_.Begin(db::TxMode::kRead);
  auto modules = training_.Modules(*tx, organisation_id, false);
  tx->Commit();
  return modules;
}

TrainingModule TrainingService::InsertModule(db::Transaction& tx, const std::string& organisation_id,
                                             TrainingModule module) {
  for (const auto& existing : training_.Modules(tx, organisation_id, true))
    if (existing.name == module.name) throw Invalid("name", "The programme already has a module called " + module.name);
  module.created_at = clock_.Now();
  module.id = NewId(module.created_at);
  module.organisation_id = organisation_id;
  training_.InsertModule(tx, module);
  return module;
}

TrainingModule TrainingService::AddModule(const Actor& actor, const std::string& organisation_id,
                                          const ModuleForm& form) {
  access_.RequireProgramme(actor, organisation_id, Resource::kVolunteer, Action::kCreate);
  auto module = ValidateModule(form);
  auto tx = database_.Begin();
  module = InsertModule(*tx, organisation_id, std::move(module));
  access_.audit().Record(*tx, actor, "training_module.create", "organisation", organisation_id);
  tx->Commit();
  return module;
}

std::vector<TrainingModule> TrainingService::AddUsualModules(const Actor& actor, const std::string& organisation_id) {
  access_.RequireProgramme(actor, organisation_id, Resource::kVolunteer, Action::kCreate);
  auto tx = database_.Begin();
  const auto existing = training_.Modules(*tx, organisation_id, true);
  std::vector<TrainingModule> added;
  for (const auto& usual : usual_) {
    if (std::any_of(existing.begin(), existing.end(), [&](const TrainingModule& m) { return m.name == usual.name; }))
      continue;
    TrainingModule m;
    m.name = usual.name;
    m.topic = usual.topic;
    m.description = usual.description;
    m.refresher_months = usual.refresher_months;
    added.push_back(InsertModule(*tx, organisation_id, std::move(m)));
  }
  access_.audit().Record(*tx, actor, "training_module.create", "organisation", organisation_id);
  tx->Commit();
  return added;
}

std::vector<TrainingSession> TrainingService::Sessions(const Actor& actor, const std::string& organisation_id) {
  access_.RequireProgramme(actor, organisation_id, Resource::kVolunteer, Action::kList);
  auto tx = database_.Begin(db::TxMode::kRead);
  auto sessions = training_.Sessions(*tx, organisation_id);
  tx->Commit();
  return sessions;
}

TrainingSession TrainingService::CreateSession(const Actor& actor, const std::string& organisation_id,
                                               const SessionForm& form) {
  access_.RequireProgramme(actor, organisation_id, Resource::kVolunteer, Action::kCreate);
  auto tx = database_.Begin();
  Validation v;
  TrainingSession s;
  const auto module = IsUuid(form.module_id) ? training_.FindModule(*tx, form.module_id) : std::nullopt;
  if (!module || module->organisation_id != organisation_id || module->archived_at)
    v.Add("module_id", "Choose the module the session teaches");
  else
    s.module_id = module->id, s.module_name = module->name;
  if (auto d = fields::DateOf(v, "held_on", form.held_on, "the date of the session", std::nullopt)) s.held_on = *d;
  s.start_time = fields::Text(v, "start_time", form.start_time, 5, "The start time");
  if (!s.start_time.empty() && !IsClockTime(s.start_time) && !v.Has("start_time"))
    v.Add("start_time", "Enter the start time as hours and minutes, like 18:30");
  if (auto n = fields::Number(v, "duration_minutes", form.duration_minutes, 15, 600,
                              "Enter how long the session lasts in minutes, from 15 to 600"))
    s.duration_minutes = *n;
  s.trainer_name = fields::Text(v, "trainer_name", form.trainer_name, 120, "The trainer's name");
  s.location = fields::Text(v, "location", form.location, 200, "The place");
  s.capacity = fields::Number(v, "capacity", form.capacity, 1, 200,
                              "Enter how many people can come, from 1 to 200, or leave it empty", false);
  v.ThrowIfAny();
  s.created_at = clock_.Now();
  s.id = NewId(s.created_at);
  s.organisation_id = organisation_id;
  s.created_by = actor.user_id;
  training_.InsertSession(*tx, s);
  access_.audit().Record(*tx, actor, "training_session.create", "organisation", organisation_id);
  tx->Commit();
  return s;
}

TrainingSession TrainingService::RequireSession(db::Transaction& tx, const Actor& actor, const std::string& session_id,
                                                Action action) {
  auto session = IsUuid(session_id) ? training_.FindSession(tx, session_id) : std::nullopt;
  if (!session) throw NotFound("Training session not found");
  access_.RequireProgramme(actor, session->organisation_id, Resource::kVolunteer, action);
  return *session;
}

SessionAttendance TrainingService::LoadAttendance(db::Transaction& tx, const TrainingSession& session) {
  SessionAttendance out;
  out.session = session;
  std::map<std::string, bool> marks;
  for (const auto& a : training_.Attendance(tx, session.id)) marks[a.volunteer_id] = a.attended;
  for (auto& v : access_.volunteers().ListAll(tx, {session.organisation_id})) {
    const auto mark = marks.find(v.id);
    const bool can_attend = v.stage == VolunteerStage::kActive || v.stage == VolunteerStage::kTraining;
    if (!can_attend && mark == marks.end()) continue;
    SessionAttendance::Row row{std::move(v), std::nullopt};
    if (mark != marks.end()) row.attended = mark->second;
    out.rows.push_back(std::move(row));
  }
  return out;
}

SessionAttendance TrainingService::Attendance(const Actor& actor, const std::string& session_id) {
  auto tx = database_.Begin();
  const auto session = RequireSession(*tx, actor, session_id, Action::kRead);
  auto out = LoadAttendance(*tx, session);
  access_.audit().Record(*tx, actor, "training_session.read", "organisation", session.organisation_id);
  tx->Commit();
  return out;
}

SessionAttendance TrainingService::MarkAttendance(const Actor& actor, const std::string& session_id,
                                                  const std::vector<std::pair<std::string, bool>>& marks) {
  auto tx = database_.Begin();
  auto session = RequireSession(*tx, actor, session_id, Action::kUpdate);
  if (Today() < session.held_on)
    throw Invalid("attendance", "You can record who attended once the session has taken place");
  const auto now = clock_.Now();
  const auto module = training_.FindModule(*tx, session.module_id);
  std::map<std::string, bool> after;
  for (const auto& a : training_.Attendance(*tx, session.id)) after[a.volunteer_id] = a.attended;
  for (const auto& [volunteer_id, attended] : marks) {
    auto volunteer = IsUuid(volunteer_id) ? access_.volunteers().Find(*tx, volunteer_id) : std::nullopt;
    if (!volunteer || volunteer->organisation_id != session.organisation_id)
      throw Invalid("attendance", "Choose volunteers of this programme");
    after[volunteer_id] = attended;
    training_.SetAttendance(*tx, {session.id, volunteer_id, attended, actor.user_id, now});
    training_.DeleteSessionCompletion(*tx, session.id, volunteer_id);
    for (const auto& entry : access_.volunteers().TimeFor(*tx, volunteer_id, std::nullopt, std::nullopt))
      if (FromSession(entry, session.id)) access_.volunteers().DeleteTime(*tx, volunteer_id, entry.id);
    if (attended) {
      TrainingCompletion c;
      c.recorded_at = now;
      c.id = NewId(now);
      c.volunteer_id = volunteer_id;
      c.module_id = session.module_id;
      c.completed_on = session.held_on;
      c.source_session_id = session.id;
      c.recorded_by = actor.user_id;
      training_.InsertCompletion(*tx, c);
      TimeEntry t;
      t.logged_at = now;
      t.id = NewId(now);
      t.volunteer_id = volunteer_id;
      t.activity = TimeActivity::kTraining;
      t.on_date = session.held_on;
      t.minutes = session.duration_minutes;
      t.note = module ? module->name : session.module_name;
      t.source_type = std::string(kTrainingSessionSource);
      t.source_id = session.id;
      t.logged_by = actor.user_id;
      access_.volunteers().UpsertTime(*tx, t);
    }
    access_.audit().Record(*tx, actor, "training_attendance.update", "volunteer", volunteer_id);
  }
  const auto attending = std::count_if(after.begin(), after.end(), [](const auto& m) { return m.second; });
  if (session.capacity && attending > *session.capacity)
    throw Invalid("attendance", "More people are marked as attended than the session has places (" +
                                    std::to_string(*session.capacity) + ")");
  session = *training_.FindSession(*tx, session.id);
  auto out = LoadAttendance(*tx, session);
  tx->Commit();
  return out;
}

VolunteerTraining TrainingService::ForVolunteer(const Actor& actor, const std::string& volunteer_id) {
  auto tx = database_.Begin();
  VolunteerTraining out;
  out.volunteer = access_.Require(*tx, actor, volunteer_id, Resource::kVolunteer, Action::kRead);
  out.may_change = access_.Allows(out.volunteer, actor, Resource::kVolunteer, Action::kUpdate);
  out.today = Today();
  out.completions = training_.CompletionsOf(*tx, volunteer_id);
  for (auto& module : training_.Modules(*tx, out.volunteer.organisation_id, false)) {
    ModuleRefresher row;
    for (const auto& c : out.completions)
      if (c.module_id == module.id) {
        row.last_completed = c.completed_on;
        break;
      }
    if (row.last_completed) {
      row.refresher = RefresherFor(*row.last_completed, module.refresher_months, out.today);
      if (module.accredited && module.accredited_hours) out.accredited_hours += *module.accredited_hours;
    }
    row.module = std::move(module);
    out.modules.push_back(std::move(row));
  }
  access_.audit().Record(*tx, actor, "training.read", "volunteer", volunteer_id);
  tx->Commit();
  return out;
}

TrainingCompletion TrainingService::RecordCompletion(const Actor& actor, const std::string& volunteer_id,
                                                     const CompletionForm& form) {
  auto tx = database_.Begin();
  const auto volunteer = access_.Require(*tx, actor, volunteer_id, Resource::kVolunteer, Action::kUpdate);
  Validation v;
  TrainingCompletion c;
  const auto module = IsUuid(form.module_id) ? training_.FindModule(*tx, form.module_id) : std::nullopt;
  if (!module || module->organisation_id != volunteer.organisation_id) v.Add("module_id", "Choose the module they completed");
  else c.module_id = module->id, c.module_name = module->name;
  if (auto d = fields::DateOf(v, "completed_on", form.completed_on, "the date they completed it", Today()))
    c.completed_on = *d;
  c.note = fields::Text(v, "note", form.note, 2000, "The note");
  v.ThrowIfAny();
  c.recorded_at = clock_.Now();
  c.id = NewId(c.recorded_at);
  c.volunteer_id = volunteer_id;
  c.recorded_by = actor.user_id;
  training_.InsertCompletion(*tx, c);
  access_.audit().Record(*tx, actor, "training_completion.create", "volunteer", volunteer_id);
  tx->Commit();
  return c;
}

std::vector<RefresherDue> TrainingService::RefreshersDue(const Actor& actor) {
  const auto programmes = access_.Programmes(actor, Resource::kVolunteer, Action::kList);
  if (programmes.empty()) return {};
  const auto today = Today();
  auto tx = database_.Begin();
  std::map<std::string, Volunteer> volunteers;
  for (auto& v : access_.volunteers().ListAll(*tx, programmes))
    if (v.stage == VolunteerStage::kActive || v.stage == VolunteerStage::kPaused) volunteers.emplace(v.id, std::move(v));
  std::map<std::string, TrainingModule> modules;
  for (const auto& id : programmes)
    for (auto& m : training_.Modules(*tx, id, false)) modules.emplace(m.id, std::move(m));
  std::map<std::pair<std::string, std::string>, Date> latest;  // newest first, so the first seen wins
  for (const auto& c : training_.CompletionsIn(*tx, programmes)) latest.emplace(std::pair{c.volunteer_id, c.module_id}, c.completed_on);
  std::vector<RefresherDue> out;
  for (const auto& [key, last] : latest) {
    const auto v = volunteers.find(key.first);
    const auto m = modules.find(key.second);
    if (v == volunteers.end() || m == modules.end()) continue;
    const auto status = RefresherFor(last, m->second.refresher_months, today);
    if (status.state == RefresherState::kDueSoon || status.state == RefresherState::kOverdue)
      out.push_back({v->second, m->second, *status.due_on, status.state == RefresherState::kOverdue});
  }
  std::sort(out.begin(), out.end(), [](const RefresherDue& a, const RefresherDue& b) {
    return a.due_on != b.due_on ? a.due_on < b.due_on : a.volunteer.name < b.volunteer.name;
  });
  for (const auto& id : programmes) access_.audit().Record(*tx, actor, "training.list", "organisation", id);
  tx->Commit();
  return out;
}

}  // namespace alongside
