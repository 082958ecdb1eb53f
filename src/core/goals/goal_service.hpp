#pragma once
/// Goals a family sets with their supporter: listing and reading them (audited), setting a
/// goal, its steps and their ticks, progress notes, and ending a goal (achieved, changed
/// into a new goal, let go), each change dated and by whom.
///
/// Every call goes through FamilyAccess. Reading needs the family's read permission (so a
/// parent linked to the family may read). Writing needs its update permission and an open
/// family that agrees to support (RequireWork), with one narrow exception: a parent whose
/// own account is linked to one of the family's caregivers may add progress to the family's
/// goals in their own words. That exception checks the link itself rather than widening the
/// general policy, so a parent can never change a goal, a step or the care plan.

#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/family_access.hpp"
#include "core/goals/goal_repository.hpp"
#include "core/goals/goal_validation.hpp"

namespace alongside {

/// A family's goals as one page shows them.
struct GoalBoard {
  std::string family_name;
  std::vector<Goal> active;
  std::vector<Goal> achieved;  ///< newest achievement first, for celebrating
  std::vector<Goal> ended;     ///< changed or let go
  std::vector<GoalProgress> latest_progress;  ///< the newest note of each goal that has one
  bool may_work = false;       ///< may set goals and record progress now
};

/// One goal with everything recorded about it.
struct GoalDetail {
  std::string family_name;
  Goal goal;
  std::vector<GoalProgress> progress;          ///< newest first
  std::vector<GoalStatusChange> status_changes;  ///< oldest first
  std::optional<Goal> changed_from;  ///< the goal this one replaced
  std::optional<Goal> changed_into;  ///< what it became
  bool may_work = false;             ///< may change it (a worker, family open and consenting)
  bool may_add_progress = false;     ///< a worker as above, or the linked parent
};

class GoalService {
 public:
  GoalService(db::Database& database, GoalRepository& goals, FamilyAccess& access, const Clock& clock)
      : database_(database), goals_(goals), access_(access), clock_(clock) {}

  GoalBoard List(const Actor& actor, const std::string& family_id);
  GoalDetail Get(const Actor& actor, const std::string& family_id, const std::string& goal_id);

  /// Refuses like Create would (AccessRefused, or Conflict for a closed or unconsenting
  /// family), for showing a form only to those who can save it. Reads nothing of the family.
  void CheckMayWork(const Actor& actor, const std::string& family_id);
  /// Throws Invalid with a message per field (see ValidateGoalForm).
  Goal Create(const Actor& actor, const std::string& family_id, const GoalForm& form);
  /// Throws Invalid{"text"} for a bad step; Conflict when the goal is no longer active.
  GoalStep AddStep(const Actor& actor, const std::string& family_id, const std::string& goal_id,
                   const std::string& text);
  void SetStepDone(const Actor& actor, const std::string& family_id, const std::string& goal_id,
                   const std::string& step_id, bool done);
  /// A worker's note, or the linked parent's own (kept as by the family).
  GoalProgress AddProgress(const Actor& actor, const std::string& family_id, const std::string& goal_id,
                           const ProgressForm& form);
  /// Ends an active goal. Returns the goal as changed; for "changed", `replacement` is set
  /// to the new goal, linked both ways. Conflict when the goal is not active.
  Goal ChangeStatus(const Actor& actor, const std::string& family_id, const std::string& goal_id,
                    const StatusForm& form, Goal* replacement = nullptr);

 private:
  Goal Existing(db::Transaction& tx, const std::string& family_id, const std::string& goal_id) const;
  Goal ActiveGoal(db::Transaction& tx, const std::string& family_id, const std::string& goal_id) const;
  Goal NewGoalRecord(const Actor& actor, const std::string& family_id, const NewGoal& input, Millis now) const;
  void InsertWithSteps(db::Transaction& tx, const Actor& actor, Goal& goal, const std::vector<std::string>& steps);
  /// Whether the actor may record work on the family now (without throwing).
  bool MayWork(const FamilyScopeFacts& facts, const Actor& actor) const;

  db::Database& database_;
  GoalRepository& goals_;
  FamilyAccess& access_;
  const Clock& clock_;
};

/// Whether the actor's own account is linked to one of the family's caregivers and the
/// actor holds the parent role: the family's own view.
bool IsLinkedParent(const FamilyScopeFacts& facts, const Actor& actor);

}  // namespace alongside
