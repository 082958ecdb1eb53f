#pragma once
/// Everything that happened with a family, in one list, newest first: the family recorded,
/// who supported them, closing and reopening, consent decisions, submitted contacts, and
/// (once those capabilities exist) goals, progress, plan versions and tasks done.
///
/// What each person sees is decided by TimelineView, never by the caller's role name:
/// a family member sees only what is shared with them (contacts' date and kind, their
/// goals and plan), and a sensitive note appears only as "a sensitive note was added",
/// only to those allowed to read sensitive notes.

#include <string>

#include "core/common/clock.hpp"
#include "core/common/page.hpp"
#include "db/database.hpp"

namespace alongside {

/// Codes of what happened, stored nowhere: they name the branches of the timeline query.
namespace timeline_event {
inline constexpr const char* kFamilyRecorded = "family_recorded";
inline constexpr const char* kAssigned = "assigned";
inline constexpr const char* kStatusChanged = "status_changed";  ///< detail: "open"/"closed", extra: reason
inline constexpr const char* kConsent = "consent";               ///< detail: kind, extra: decision
inline constexpr const char* kContact = "contact";               ///< detail: kind, extra: minutes
inline constexpr const char* kSensitiveNote = "sensitive_note";
inline constexpr const char* kTaskDone = "task_done";            ///< detail: the task's title
inline constexpr const char* kGoalSet = "goal_set";              ///< detail: the goal in the family's words
inline constexpr const char* kGoalProgress = "goal_progress";    ///< detail: the goal
inline constexpr const char* kGoalStatus = "goal_status";        ///< detail: the goal, extra: achieved/changed/let_go
inline constexpr const char* kPlanVersion = "plan_version";      ///< detail: the version's number
inline constexpr const char* kSignpost = "signpost";             ///< detail: the service told about (workers)
}  // namespace timeline_event

struct TimelineEntry {
  Millis at = 0;
  std::string event;      ///< a timeline_event code
  std::string record_id;  ///< the row it came from
  std::string detail;     ///< depends on the event (see timeline_event)
  std::string extra;
  std::string actor_name;  ///< who did it, when known and shown
};

/// Which parts of the timeline a reader may see.
struct TimelineView {
  bool record_events = false;    ///< recording, assignments, closing, consent, tasks done (workers)
  bool contact_minutes = false;  ///< how long each contact took (workers)
  bool sensitive_notes = false;  ///< that a sensitive note was added (need to know)
};

class TimelineRepository {
 public:
  virtual ~TimelineRepository() = default;
  virtual Page<TimelineEntry> List(db::Transaction& tx, const std::string& family_id, const TimelineView& view,
                                   const PageRequest& page) = 0;
  /// The family's name for the heading (its first caregiver's).
  virtual std::string FamilyName(db::Transaction& tx, const std::string& family_id) = 0;
};

}  // namespace alongside
