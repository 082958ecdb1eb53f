#pragma once
/// Supervision of a programme's volunteers: logging one-to-one and group sessions, the
/// reflective note of a one-to-one, wellbeing check-ins, and who is due or overdue.
///
/// Sessions are volunteer records (Resource::kVolunteer: the coordinator logs them, the
/// volunteer reads their own). The reflective note is Resource::kSupervisionNote with
/// ScopeOfSupervisionNote(supervisor, supervisee): the two of them only, so another
/// coordinator of the same programme is refused. A check-in is something the volunteer
/// may record themself (Resource::kVolunteerActivity). Each attendee's session time is
/// written as a time entry (activity supervision, source supervision_session).

#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/programme/programme_access.hpp"
#include "core/supervision/supervision_repository.hpp"

namespace alongside {

struct SupervisionForm {
  std::string kind;  ///< "one_to_one" | "group"
  std::string held_on;
  std::string duration_minutes;
  std::vector<std::string> volunteer_ids;
  std::vector<std::string> themes;
  std::string other_themes;
  std::string actions;
  std::string note;  ///< the reflective note, one-to-one only
};

struct CheckInForm {
  std::string checked_on;  ///< today when empty
  std::string score;       ///< "1".."5"
  std::string note;
  bool follow_up = false;
};

/// One session as a volunteer's page shows it.
struct SupervisionEntry {
  SupervisionSession session;
  bool may_read_note = false;  ///< the actor is the supervisor or the supervisee
  std::optional<SupervisionNote> note;  ///< filled only when they may read it
};

struct VolunteerSupervision {
  Volunteer volunteer;
  SupervisionGaps gaps;
  SupervisionDue due;
  std::vector<SupervisionEntry> sessions;   ///< newest first
  std::vector<WellbeingCheckIn> check_ins;  ///< newest first
  bool may_log = false;       ///< the actor coordinates their programme
  bool may_check_in = false;  ///< the coordinator or the volunteer themself
  Date today;
};

/// A volunteer on the programme's supervision list.
struct SupervisionStatus {
  Volunteer volunteer;
  SupervisionDue due;
};

class SupervisionService {
 public:
  SupervisionService(db::Database& database, SupervisionRepository& supervision, ProgrammeAccess& access,
                     const Clock& clock)
      : database_(database), supervision_(supervision), access_(access), clock_(clock) {}

  /// The actor is the supervisor. Invalid at each field: a one-to-one has exactly one
  /// volunteer, a group two or more, a note only on a one-to-one.
  SupervisionSession Log(const Actor& actor, const std::string& organisation_id, const SupervisionForm& form);
  VolunteerSupervision ForVolunteer(const Actor& actor, const std::string& volunteer_id);
  /// The reflective note; AccessRefused for anyone but the supervisor and the supervisee,
  /// NotFound when the session has none.
  SupervisionNote ReadNote(const Actor& actor, const std::string& session_id);
  SupervisionNote WriteNote(const Actor& actor, const std::string& session_id, const std::string& body);
  WellbeingCheckIn CheckIn(const Actor& actor, const std::string& volunteer_id, const CheckInForm& form);

  /// Active volunteers of the programmes the actor coordinates, overdue first, then by
  /// next due date; AccessRefused when they coordinate none.
  std::vector<SupervisionStatus> Statuses(const Actor& actor);
  /// Those of Statuses that are overdue; empty for anyone who coordinates no programme
  /// (for the coordinator's dashboard).
  std::vector<SupervisionStatus> Overdue(const Actor& actor);

  Date Today() const { return LondonDateOf(clock_.Now()); }

 private:
  std::vector<SupervisionStatus> StatusesIn(const Actor& actor, const std::vector<std::string>& programmes);
  /// The session, its one supervisee and the note's scope.
  RecordScope NoteScope(db::Transaction& tx, const SupervisionSession& session);

  db::Database& database_;
  SupervisionRepository& supervision_;
  ProgrammeAccess& access_;
  const Clock& clock_;
};

}  // namespace alongside
