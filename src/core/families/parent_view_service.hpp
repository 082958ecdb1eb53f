#pragma once
/// Builds a parent's own view of their family through the same gate as every family read
/// (FamilyAccess, read permission at the parent's "own" scope), and audits each family read.

#include <vector>

#include "core/care_plans/care_plan_repository.hpp"
#include "core/families/family_access.hpp"
#include "core/families/parent_view.hpp"
#include "core/goals/goal_repository.hpp"

namespace alongside {

class ParentViewService {
 public:
  ParentViewService(db::Database& database, ParentViewRepository& views, GoalRepository& goals,
                    CarePlanRepository& plans, FamilyAccess& access)
      : database_(database), views_(views), goals_(goals), plans_(plans), access_(access) {}

  /// Every family this parent's account is linked to (usually one; empty when not linked
  /// yet). Refuses an account without the parent role.
  std::vector<ParentFamilyView> ForParent(const Actor& actor);

 private:
  ParentFamilyView Build(db::Transaction& tx, const Actor& actor, const std::string& family_id);

  db::Database& database_;
  ParentViewRepository& views_;
  GoalRepository& goals_;
  CarePlanRepository& plans_;
  FamilyAccess& access_;
};

}  // namespace alongside
