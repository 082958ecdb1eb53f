#pragma once
/// Storage of goals, their steps, progress notes and changes of status.

#include <optional>
#include <string>
#include <vector>

#include "core/goals/goal.hpp"
#include "db/database.hpp"

namespace alongside {

class GoalRepository {
 public:
  virtual ~GoalRepository() = default;
  /// The family's name for headings (its first caregiver), "" when unknown.
  virtual std::string FamilyName(db::Transaction& tx, const std::string& family_id) = 0;
  virtual void Insert(db::Transaction& tx, const Goal& goal) = 0;
  /// Stores status, status_changed_at/_by, changed_into_goal_id and updated_at.
  virtual void UpdateStatus(db::Transaction& tx, const Goal& goal) = 0;
  virtual void Touch(db::Transaction& tx, const std::string& goal_id, Millis at) = 0;
  /// With its steps; nothing when the goal is not this family's.
  virtual std::optional<Goal> Find(db::Transaction& tx, const std::string& family_id, const std::string& goal_id) = 0;
  /// Every goal of the family with its steps, oldest first.
  virtual std::vector<Goal> ListForFamily(db::Transaction& tx, const std::string& family_id) = 0;

  /// Appends a step after the goal's last one (its position is set here) and returns it.
  virtual GoalStep InsertStep(db::Transaction& tx, const std::string& family_id, GoalStep step,
                              const std::string& created_by) = 0;
  /// Ticks (done_at set) or unticks a step of this goal; false when no such step.
  virtual bool SetStepDone(db::Transaction& tx, const std::string& goal_id, const std::string& step_id,
                           std::optional<Millis> done_at, const std::string& done_by) = 0;

  virtual void InsertProgress(db::Transaction& tx, const GoalProgress& progress) = 0;
  /// Newest first, with the recorder's name.
  virtual std::vector<GoalProgress> ListProgress(db::Transaction& tx, const std::string& goal_id) = 0;
  /// The latest note of each of the family's goals, keyed by goal id order of the result.
  virtual std::vector<GoalProgress> LatestProgressForFamily(db::Transaction& tx, const std::string& family_id) = 0;

  virtual void InsertStatusChange(db::Transaction& tx, const std::string& family_id,
                                  const GoalStatusChange& change) = 0;
  /// Oldest first, with the name of who changed it.
  virtual std::vector<GoalStatusChange> ListStatusChanges(db::Transaction& tx, const std::string& goal_id) = 0;
};

}  // namespace alongside
