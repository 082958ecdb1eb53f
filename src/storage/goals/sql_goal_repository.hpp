#pragma once

#include "core/goals/goal_repository.hpp"

namespace alongside::storage {

class SqlGoalRepository final : public GoalRepository {
 public:
  std::string FamilyName(db::Transaction& tx, const std::string& family_id) override;
  void Insert(db::Transaction& tx, const Goal& goal) override;
  void UpdateStatus(db::Transaction& tx, const Goal& goal) override;
  void Touch(db::Transaction& tx, const std::string& goal_id, Millis at) override;
  std::optional<Goal> Find(db::Transaction& tx, const std::string& family_id, const std::string& goal_id) override;
  std::vector<Goal> ListForFamily(db::Transaction& tx, const std::string& family_id) override;
  GoalStep InsertStep(db::Transaction& tx, const std::string& family_id, GoalStep step,
                      const std::string& created_by) override;
  bool SetStepDone(db::Transaction& tx, const std::string& goal_id, const std::string& step_id,
                   std::optional<Millis> done_at, const std::string& done_by) override;
  void InsertProgress(db::Transaction& tx, const GoalProgress& progress) override;
  std::vector<GoalProgress> ListProgress(db::Transaction& tx, const std::string& goal_id) override;
  std::vector<GoalProgress> LatestProgressForFamily(db::Transaction& tx, const std::string& family_id) override;
  void InsertStatusChange(db::Transaction& tx, const std::string& family_id, const GoalStatusChange& change) override;
  std::vector<GoalStatusChange> ListStatusChanges(db::Transaction& tx, const std::string& goal_id) override;
};

}  // namespace alongside::storage
