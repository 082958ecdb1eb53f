#pragma once
/// A programme's training: its modules (the usual ones in one click, and its own),
/// sessions and who attended, each volunteer's completions and the refreshers due.
///
/// Access goes through ProgrammeAccess with Resource::kVolunteer: a coordinator of the
/// programme runs it; a volunteer reads their own training. Attending a session completes
/// its module on that day and gives its time (activity training, source training_session);
/// unmarking removes both, so hours follow attendance. Reads and writes of a volunteer's
/// training are audited against record type "volunteer", programme lists against
/// "organisation".

#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/programme/programme_access.hpp"
#include "core/training/training_repository.hpp"

namespace alongside {

/// What a coordinator types, as text from a form or the API.
struct ModuleForm {
  std::string name;
  std::string topic;
  std::string description;
  std::string refresher_months;  ///< "" for none
  bool accredited = false;
  std::string accredited_hours;
  std::string awarding_body;
};

struct SessionForm {
  std::string module_id;
  std::string held_on;
  std::string start_time;
  std::string duration_minutes;
  std::string trainer_name;
  std::string location;
  std::string capacity;  ///< "" for no limit
};

struct CompletionForm {
  std::string module_id;
  std::string completed_on;
  std::string note;
};

/// A usual module from data/programme/training-modules.json.
struct UsualModule {
  std::string name;
  TrainingTopic topic = TrainingTopic::kOther;
  std::string description;
  std::optional<int> refresher_months;
};
/// Reads the usual modules document; throws std::runtime_error when it is malformed.
std::vector<UsualModule> ParseUsualModules(const std::string& json);

struct ModuleRefresher {
  TrainingModule module;
  std::optional<Date> last_completed;  ///< none: not yet done
  RefresherStatus refresher;
};

/// One volunteer's training tab.
struct VolunteerTraining {
  Volunteer volunteer;
  std::vector<TrainingCompletion> completions;  ///< newest first
  std::vector<ModuleRefresher> modules;         ///< every module of the programme, by name
  int accredited_hours = 0;                     ///< of the accredited modules completed
  bool may_change = false;
  Date today;
};

/// A session with the programme's volunteers who may be marked at it.
struct SessionAttendance {
  struct Row {
    Volunteer volunteer;
    std::optional<bool> attended;  ///< none: not marked
  };
  TrainingSession session;
  std::vector<Row> rows;  ///< active and in-training volunteers, and anyone already marked
};

/// A refresher due (within 30 days) or overdue, for the coordinator's dashboard.
struct RefresherDue {
  Volunteer volunteer;
  TrainingModule module;
  Date due_on;
  bool overdue = false;
};

class TrainingService {
 public:
  TrainingService(db::Database& database, TrainingRepository& training, ProgrammeAccess& access, const Clock& clock,
                  std::vector<UsualModule> usual)
      : database_(database), training_(training), access_(access), clock_(clock), usual_(std::move(usual)) {}

  std::vector<TrainingModule> Modules(const Actor& actor, const std::string& organisation_id);
  /// Invalid at each field; Invalid{name} when the programme already has a module of that name.
  TrainingModule AddModule(const Actor& actor, const std::string& organisation_id, const ModuleForm& form);
  /// Adds every usual module the programme does not have yet (by name); returns those added.
  std::vector<TrainingModule> AddUsualModules(const Actor& actor, const std::string& organisation_id);
  const std::vector<UsualModule>& UsualModules() const { return usual_; }

  /// Newest first.
  std::vector<TrainingSession> Sessions(const Actor& actor, const std::string& organisation_id);
  TrainingSession CreateSession(const Actor& actor, const std::string& organisation_id, const SessionForm& form);
  SessionAttendance Attendance(const Actor& actor, const std::string& session_id);
  /// Marks each listed volunteer attended (true) or did not attend (false); a volunteer
  /// absent from `marks` is left as they were. Invalid{attendance} for a volunteer of
  /// another programme or more attendees than the capacity.
  SessionAttendance MarkAttendance(const Actor& actor, const std::string& session_id,
                                   const std::vector<std::pair<std::string, bool>>& marks);

  VolunteerTraining ForVolunteer(const Actor& actor, const std::string& volunteer_id);
  TrainingCompletion RecordCompletion(const Actor& actor, const std::string& volunteer_id, const CompletionForm& form);

  /// Refreshers due within 30 days or overdue, soonest first, across the programmes the
  /// actor coordinates (ProgrammeAccess::Programmes for kVolunteer, kList); empty otherwise.
  std::vector<RefresherDue> RefreshersDue(const Actor& actor);

  Date Today() const { return LondonDateOf(clock_.Now()); }

 private:
  TrainingSession RequireSession(db::Transaction& tx, const Actor& actor, const std::string& session_id,
                                 Action action);
  TrainingModule InsertModule(db::Transaction& tx, const std::string& organisation_id, TrainingModule module);
  SessionAttendance LoadAttendance(db::Transaction& tx, const TrainingSession& session);

  db::Database& database_;
  TrainingRepository& training_;
  ProgrammeAccess& access_;
  const Clock& clock_;
  std::vector<UsualModule> usual_;
};

}  // namespace alongside
