#include "storage/supervision/sql_supervision_repository.hpp"

#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kSessionSelect =
    "SELECT s.id, s.organisation_id, s.kind, s.held_on, s.duration_minutes, s.supervisor_user_id, "
    "COALESCE(u.name, ''), s.themes, s.other_themes, s.actions, s.created_by, s.created_at, "
    "(SELECT COUNT(*) FROM supervision_notes n WHERE n.session_id = s.id) "
    "FROM supervision_sessions s LEFT JOIN users u ON u.id = s.supervisor_user_id ";
constexpr const char* kInsertSession =
    "INSERT INTO supervision_sessions (id, organisation_id, kind, held_on, duration_minutes, supervisor_user_id, "
    "themes, other_themes, actions, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
constexpr const char* kInsertAttendee = "INSERT INTO supervision_attendees (session_id, volunteer_id) VALUES ($1, $2)";
constexpr const char* kAttendees =
    "SELECT a.volunteer_id FROM supervision_attendees a JOIN volunteers v ON v.id = a.volunteer_id "
    "WHERE a.session_id = $1 ORDER BY v.name, v.id";
constexpr const char* kSessionsOf =
    "WHERE s.id IN (SELECT session_id FROM supervision_attendees WHERE volunteer_id = $1) "
    "ORDER BY s.held_on DESC, s.created_at DESC, s.id";
constexpr const char* kLastSupervision =
    "SELECT a.volunteer_id, MAX(s.held_on) FROM supervision_attendees a "
    "JOIN supervision_sessions s ON s.id = a.session_id JOIN volunteers v ON v.id = a.volunteer_id "
    "WHERE v.organisation_id IN ";

constexpr const char* kDeleteNote = "DELETE FROM supervision_notes WHERE session_id = $1";
constexpr const char* kInsertNote =
    "INSERT INTO supervision_notes (session_id, body, written_by, updated_at) VALUES ($1, $2, $3, $4)";
constexpr const char* kNoteSelect =
    "SELECT session_id, body, written_by, updated_at FROM supervision_notes WHERE session_id = $1";

constexpr const char* kInsertCheckIn =
    "INSERT INTO wellbeing_checkins (id, volunteer_id, checked_on, score, note, follow_up, recorded_by, recorded_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
constexpr const char* kCheckInsOf =
    "SELECT id, volunteer_id, checked_on, score, note, follow_up, recorded_by, recorded_at FROM wellbeing_checkins "
    "WHERE volunteer_id = $1 ORDER BY checked_on DESC, recorded_at DESC, id";

constexpr const char* kLatestCheckIns =
    "SELECT c.volunteer_id, c.follow_up FROM wellbeing_checkins c JOIN volunteers v ON v.id = c.volunteer_id "
    "WHERE v.organisation_id IN ";

SupervisionSession ReadSession(db::Transaction& tx, const db::Row& row) {
  SupervisionSession s;
  s.id = row.Text(0);
  s.organisation_id = row.Text(1);
  s.kind = SupervisionKindFromCode(row.Text(2)).value_or(SupervisionKind::kOneToOne);
  s.held_on = ParseDate(row.Text(3)).value_or(Date{});
  s.duration_minutes = static_cast<int>(row.Int(4));
  s.supervisor_user_id = row.Text(5);
  s.supervisor_name = row.Text(6);
  s.themes = SplitCommaList(row.Text(7));
  s.other_themes = row.Text(8);
  s.actions = row.Text(9);
  s.created_by = row.Text(10);
  s.created_at = row.Int(11);
  s.has_note = row.Int(12) > 0;
  for (const auto& a : tx.Query(kAttendees, {s.id})) s.volunteer_ids.push_back(a.Text(0));
  return s;
}

}  // namespace

void SqlSupervisionRepository::InsertSession(db::Transaction& tx, const SupervisionSession& s) {
  tx.Execute(kInsertSession, {s.id, s.organisation_id, std::string(SupervisionKindCode(s.kind)), IsoDate(s.held_on),
                              static_cast<std::int64_t>(s.duration_minutes), s.supervisor_user_id, JoinCommaList(s.themes),
                              s.other_themes, s.actions, s.created_by, s.created_at});
  for (const auto& volunteer_id : s.volunteer_ids) tx.Execute(kInsertAttendee, {s.id, volunteer_id});
}

std::optional<SupervisionSession> SqlSupervisionRepository::FindSession(db::Transaction& tx,
                                                                        const std::string& session_id) {
  auto row = tx.QueryOne(std::string(kSessionSelect) + "WHERE s.id = $1", {session_id});
  if (!row) return std::nullopt;
  return ReadSession(tx, *row);
}

std::vector<SupervisionSession> SqlSupervisionRepository::SessionsOf(db::Transaction& tx,
                                                                     const std::string& volunteer_id) {
  std::vector<SupervisionSession> out;
  const auto rows = tx.Query(std::string(kSessionSelect) + kSessionsOf, {volunteer_id});
  for (const auto& row : rows) out.push_back(ReadSession(tx, row));
  return out;
}

std::map<std::string, Date> SqlSupervisionRepository::LastSupervisionIn(
    db::Transaction& tx, const std::vector<std::string>& organisation_ids) {
  db::Params params;
  const auto in = BindList(params, organisation_ids);
  std::map<std::string, Date> out;
  for (const auto& row : tx.Query(std::string(kLastSupervision) + "(" + in + ") GROUP BY a.volunteer_id", params))
    if (auto date = ParseDate(row.Text(1))) out[row.Text(0)] = *date;
  return out;
}

void SqlSupervisionRepository::SaveNote(db::Transaction& tx, const SupervisionNote& n) {
  tx.Execute(kDeleteNote, {n.session_id});
  tx.Execute(kInsertNote, {n.session_id, n.body, n.written_by, n.updated_at});
}

std::optional<SupervisionNote> SqlSupervisionRepository::FindNote(db::Transaction& tx, const std::string& session_id) {
  auto row = tx.QueryOne(kNoteSelect, {session_id});
  if (!row) return std::nullopt;
  return SupervisionNote{row->Text(0), row->Text(1), row->Text(2), row->Int(3)};
}

void SqlSupervisionRepository::InsertCheckIn(db::Transaction& tx, const WellbeingCheckIn& c) {
  tx.Execute(kInsertCheckIn, {c.id, c.volunteer_id, IsoDate(c.checked_on), static_cast<std::int64_t>(c.score), c.note,
                              static_cast<std::int64_t>(c.follow_up ? 1 : 0), c.recorded_by, c.recorded_at});
}

std::vector<WellbeingCheckIn> SqlSupervisionRepository::CheckInsOf(db::Transaction& tx,
                                                                   const std::string& volunteer_id) {
  std::vector<WellbeingCheckIn> out;
  for (const auto& row : tx.Query(kCheckInsOf, {volunteer_id})) {
    WellbeingCheckIn c;
    c.id = row.Text(0);
    c.volunteer_id = row.Text(1);
    c.checked_on = ParseDate(row.Text(2)).value_or(Date{});
    c.score = static_cast<int>(row.Int(3));
    c.note = row.Text(4);
    c.follow_up = row.Int(5) != 0;
    c.recorded_by = row.Text(6);
    c.recorded_at = row.Int(7);
    out.push_back(std::move(c));
  }
  return out;
}

std::set<std::string> SqlSupervisionRepository::FollowUpsWanted(db::Transaction& tx,
                                                               const std::vector<std::string>& organisation_ids) {
  db::Params params;
  const auto in = BindList(params, organisation_ids);
  std::set<std::string> seen, wanted;
  // Newest first within each volunteer, so the first row seen is their latest check-in.
  for (const auto& row : tx.Query(std::string(kLatestCheckIns) + "(" + in +
                                      ") ORDER BY c.volunteer_id, c.checked_on DESC, c.recorded_at DESC, c.id DESC",
                                  params))
    if (seen.insert(row.Text(0)).second && row.Int(1) != 0) wanted.insert(row.Text(0));
  return wanted;
}

}  // namespace alongside::storage
