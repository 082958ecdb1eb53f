#include "core/supervision/supervision_service.hpp"

#include <map>

#include <algorithm>

#include "core/common/ids.hpp"
#include "core/training/form_fields.hpp"

namespace alongside {
namespace {

constexpr std::size_t kMaxNoteLength = 8000;

SupervisionGaps GapsFor(db::Transaction& tx, VolunteerRepository& volunteers, const Volunteer& volunteer) {
  if (volunteer.programme_role_id.empty()) return kDefaultSupervisionGaps;
  return GapsOf(volunteers.FindRole(tx, volunteer.programme_role_id));
}

}  // namespace

RecordScope SupervisionService::NoteScope(db::Transaction& tx, const SupervisionSession& session) {
  std::string supervisee_user_id;
  if (session.kind == SupervisionKind::kOneToOne && session.volunteer_ids.size() == 1)
    if (auto v = access_.volunteers().Find(tx, session.volunteer_ids.front())) supervisee_user_id = v->user_id;
  return ScopeOfSupervisionNote(session.supervisor_user_id, supervisee_user_id);
}

SupervisionSession SupervisionService::Log(const Actor& actor, const std::string& organisation_id,
                                           const SupervisionForm& form) {
  access_.RequireProgramme(actor, organisation_id, Resource::kVolunteer, Action::kCreate);
  const auto today = Today();
  auto tx = database_.Begin();
  Validation v;
  SupervisionSession s;
  const auto kind = SupervisionKindFromCode(form.kind);
  if (!kind) v.Add("kind", "Choose one-to-one or group");
  else s.kind = *kind;
  if (auto d = fields::DateOf(v, "held_on", form.held_on, "the date of the supervision", today)) s.held_on = *d;
  if (auto n = fields::Number(v, "duration_minutes", form.duration_minutes, 5, 480,
                              "Enter how long it lasted in minutes, from 5 to 480"))
    s.duration_minutes = *n;
  std::vector<Volunteer> attendees;
  for (const auto& id : form.volunteer_ids) {
    if (std::any_of(attendees.begin(), attendees.end(), [&](const Volunteer& a) { return a.id == id; })) continue;
    auto volunteer = IsUuid(id) ? access_.volunteers().Find(*tx, id) : std::nullopt;
    if (!volunteer || volunteer->organisation_id != organisation_id) {
      v.Add("volunteer_ids", "Choose volunteers of this programme");
      attendees.clear();
      break;
    }
    access_.policy().Require(actor, Resource::kVolunteer, Action::kCreate, ScopeOfVolunteer(*volunteer), id);
    attendees.push_back(std::move(*volunteer));
  }
  if (!v.Has("volunteer_ids") && kind) {
    if (*kind == SupervisionKind::kOneToOne && attendees.size() != 1)
      v.Add("volunteer_ids", "Choose the one volunteer this one-to-one was with");
    else if (*kind == SupervisionKind::kGroup && attendees.size() < 2)
      v.Add("volunteer_ids", "Choose at least two volunteers who came to the group");
  }
  for (const auto& theme : form.themes)
    if (!theme.empty() && !IsSupervisionThemeCode(theme)) {
      v.Add("themes", "Choose themes from the list");
      break;
    }
  for (const auto& theme : form.themes)
    if (!theme.empty() && std::find(s.themes.begin(), s.themes.end(), theme) == s.themes.end()) s.themes.push_back(theme);
  s.other_themes = fields::Text(v, "other_themes", form.other_themes, 500, "Other themes");
  s.actions = fields::Text(v, "actions", form.actions, 4000, "The actions");
  const auto note = fields::Text(v, "note", form.note, kMaxNoteLength, "The reflective note");
  if (!note.empty() && kind == SupervisionKind::kGroup)
    v.Add("note", "A reflective note is for a one-to-one only; leave it empty for a group");
  v.ThrowIfAny();

  s.created_at = clock_.Now();
  s.id = NewId(s.created_at);
  s.organisation_id = organisation_id;
  s.supervisor_user_id = actor.user_id;
  s.created_by = actor.user_id;
  for (const auto& a : attendees) s.volunteer_ids.push_back(a.id);
  supervision_.InsertSession(*tx, s);
  for (const auto& a : attendees) {
    TimeEntry t;
    t.logged_at = s.created_at;
    t.id = NewId(t.logged_at);
    t.volunteer_id = a.id;
    t.activity = TimeActivity::kSupervision;
    t.on_date = s.held_on;
    t.minutes = s.duration_minutes;
    t.note = std::string(SupervisionKindLabel(s.kind)) + " supervision";
    t.source_type = std::string(kSupervisionSessionSource);
    t.source_id = s.id;
    t.logged_by = actor.user_id;
    access_.volunteers().UpsertTime(*tx, t);
    access_.audit().Record(*tx, actor, "supervision.create", "volunteer", a.id);
  }
  if (!note.empty()) {
    access_.policy().Require(actor, Resource::kSupervisionNote, Action::kCreate,
                             ScopeOfSupervisionNote(actor.user_id, attendees.front().user_id), s.id);
    supervision_.SaveNote(*tx, {s.id, note, actor.user_id, s.created_at});
    access_.audit().Record(*tx, actor, "supervision_note.create", "volunteer", attendees.front().id);
    s.has_note = true;
  }
  tx->Commit();
  return s;
}

VolunteerSupervision SupervisionService::ForVolunteer(const Actor& actor, const std::string& volunteer_id) {
  auto tx = database_.Begin();
  VolunteerSupervision out;
  out.volunteer = access_.Require(*tx, actor, volunteer_id, Resource::kVolunteer, Action::kRead);
  out.today = Today();
  out.may_log = access_.Allows(out.volunteer, actor, Resource::kVolunteer, Action::kCreate);
  out.may_check_in = access_.Allows(out.volunteer, actor, Resource::kVolunteerActivity, Action::kCreate);
  out.gaps = GapsFor(*tx, access_.volunteers(), out.volunteer);
  for (auto& session : supervision_.SessionsOf(*tx, volunteer_id)) {
    SupervisionEntry entry;
    if (session.has_note) {
      entry.may_read_note = access_.policy().Allows(actor, Resource::kSupervisionNote, Action::kRead,
                                                    NoteScope(*tx, session));
      if (entry.may_read_note) {
        entry.note = supervision_.FindNote(*tx, session.id);
        access_.audit().Record(*tx, actor, "supervision_note.read", "volunteer", volunteer_id);
      }
    }
    entry.session = std::move(session);
    out.sessions.push_back(std::move(entry));
  }
  std::optional<Date> last;
  for (const auto& e : out.sessions)
    if (!last || *last < e.session.held_on) last = e.session.held_on;
  out.due = SupervisionDueFor(out.volunteer.active_since, out.gaps, last, out.today);
  out.check_ins = supervision_.CheckInsOf(*tx, volunteer_id);
  access_.audit().Record(*tx, actor, "supervision.read", "volunteer", volunteer_id);
  tx->Commit();
  return out;
}

SupervisionNote SupervisionService::ReadNote(const Actor& actor, const std::string& session_id) {
  auto tx = database_.Begin();
  const auto session = IsUuid(session_id) ? supervision_.FindSession(*tx, session_id) : std::nullopt;
  if (!session) throw NotFound("Supervision not found");
  access_.policy().Require(actor, Resource::kSupervisionNote, Action::kRead, NoteScope(*tx, *session), session_id);
  auto note = supervision_.FindNote(*tx, session_id);
  if (!note) throw NotFound("This supervision has no reflective note");
  access_.audit().Record(*tx, actor, "supervision_note.read", "volunteer", session->volunteer_ids.front());
  tx->Commit();
  return *note;
}

SupervisionNote SupervisionService::WriteNote(const Actor& actor, const std::string& session_id,
                                              const std::string& body) {
  auto tx = database_.Begin();
  const auto session = IsUuid(session_id) ? supervision_.FindSession(*tx, session_id) : std::nullopt;
  if (!session) throw NotFound("Supervision not found");
  access_.policy().Require(actor, Resource::kSupervisionNote, Action::kUpdate, NoteScope(*tx, *session), session_id);
  if (session->kind != SupervisionKind::kOneToOne)
    throw Invalid("note", "A reflective note is for a one-to-one only");
  Validation v;
  SupervisionNote note{session_id, fields::Text(v, "note", body, kMaxNoteLength, "The reflective note",
                                                "Enter the reflective note"),
                       actor.user_id, clock_.Now()};
  v.ThrowIfAny();
  supervision_.SaveNote(*tx, note);
  access_.audit().Record(*tx, actor, "supervision_note.update", "volunteer", session->volunteer_ids.front());
  tx->Commit();
  return note;
}

WellbeingCheckIn SupervisionService::CheckIn(const Actor& actor, const std::string& volunteer_id,
                                             const CheckInForm& form) {
  auto tx = database_.Begin();
  access_.Require(*tx, actor, volunteer_id, Resource::kVolunteerActivity, Action::kCreate);
  const auto today = Today();
  Validation v;
  WellbeingCheckIn c;
  c.checked_on = today;
  if (auto d = fields::DateOf(v, "checked_on", form.checked_on, "the date of the check-in", today, false))
    c.checked_on = *d;
  if (auto n = fields::Number(v, "score", form.score, 1, 5, "Choose how they are doing")) c.score = *n;
  c.note = fields::Text(v, "note", form.note, 2000, "The note");
  c.follow_up = form.follow_up;
  v.ThrowIfAny();
  c.recorded_at = clock_.Now();
  c.id = NewId(c.recorded_at);
  c.volunteer_id = volunteer_id;
  c.recorded_by = actor.user_id;
  supervision_.InsertCheckIn(*tx, c);
  access_.audit().Record(*tx, actor, "wellbeing_checkin.create", "volunteer", volunteer_id);
  tx->Commit();
  return c;
}

std::vector<SupervisionStatus> SupervisionService::StatusesIn(const Actor& actor,
                                                              const std::vector<std::string>& programmes) {
  const auto today = Today();
  auto tx = database_.Begin();
  const auto last = supervision_.LastSupervisionIn(*tx, programmes);
  const auto follow_ups = supervision_.FollowUpsWanted(*tx, programmes);
  // Every role of these programmes read once, not once per volunteer.
  std::map<std::string, SupervisionGaps> gaps_of_role;
  for (const auto& programme : programmes)
    for (const auto& role : access_.volunteers().Roles(*tx, programme, true)) gaps_of_role[role.id] = GapsOf(role);
  std::vector<SupervisionStatus> out;
  for (auto& volunteer : access_.volunteers().ListAll(*tx, programmes)) {
    if (volunteer.stage != VolunteerStage::kActive) continue;
    const auto found = last.find(volunteer.id);
    const auto role = gaps_of_role.find(volunteer.programme_role_id);
    const auto gaps = role == gaps_of_role.end() ? kDefaultSupervisionGaps : role->second;
    auto due = SupervisionDueFor(volunteer.active_since, gaps,
                                 found == last.end() ? std::nullopt : std::optional<Date>(found->second), today);
    const bool follow_up = follow_ups.count(volunteer.id) > 0;
    out.push_back({std::move(volunteer), due, follow_up});
  }
  std::stable_sort(out.begin(), out.end(), [](const SupervisionStatus& a, const SupervisionStatus& b) {
    if (a.due.overdue != b.due.overdue) return a.due.overdue;
    return a.due.next_due < b.due.next_due;
  });
  for (const auto& id : programmes) access_.audit().Record(*tx, actor, "supervision.list", "organisation", id);
  tx->Commit();
  return out;
}

std::vector<SupervisionStatus> SupervisionService::Statuses(const Actor& actor) {
  const auto programmes = access_.Programmes(actor, Resource::kVolunteer, Action::kList);
  if (programmes.empty()) throw AccessRefused(Resource::kVolunteer, Action::kList, "");
  return StatusesIn(actor, programmes);
}

std::vector<SupervisionStatus> SupervisionService::Overdue(const Actor& actor) {
  const auto programmes = access_.Programmes(actor, Resource::kVolunteer, Action::kList);
  if (programmes.empty()) return {};
  auto all = StatusesIn(actor, programmes);
  std::erase_if(all, [](const SupervisionStatus& s) { return !s.due.overdue; });
  return all;
}

}  // namespace alongside
