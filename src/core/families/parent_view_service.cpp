#include "core/families/parent_view_service.hpp"

#include <algorithm>

namespace alongside {
namespace {

constexpr int kUpcomingShown = 5;

}  // namespace

ParentFamilyView ParentViewService::Build(db::Transaction& tx, const Actor& actor, const std::string& family_id) {
  access_.Require(tx, actor, family_id, Resource::kFamily, Action::kRead);
  ParentFamilyView view;
  view.summary = views_.Summary(tx, family_id, actor.user_id).value_or(ParentViewSummary{});
  for (auto& goal : goals_.ListForFamily(tx, family_id)) {
    if (goal.status != GoalStatus::kActive && goal.status != GoalStatus::kAchieved) continue;
    ParentGoal item{std::move(goal), {}};
    item.progress = goals_.ListProgress(tx, item.goal.id);
    (item.goal.active() ? view.goals : view.achieved).push_back(std::move(item));
  }
  std::stable_sort(view.achieved.begin(), view.achieved.end(), [](const ParentGoal& a, const ParentGoal& b) {
    return a.goal.status_changed_at.value_or(0) > b.goal.status_changed_at.value_or(0);
  });
  view.plan_versions = plans_.LatestNumber(tx, family_id);
  if (view.plan_versions > 0) view.plan = plans_.Find(tx, family_id, view.plan_versions);
  view.upcoming = views_.SharedTasks(tx, family_id, kUpcomingShown).value_or(std::vector<SharedTask>{});
  view.may_add_progress = view.summary.open && view.summary.support_consent;
  access_.audit().Record(tx, actor, "family.read_own", "family", family_id);
  return view;
}

std::vector<ParentFamilyView> ParentViewService::ForParent(const Actor& actor) {
  if (!actor.Has(Role::kParent)) throw AccessRefused(Resource::kFamily, Action::kRead, "");
  auto tx = database_.Begin();  // not read-only: the read is audited in it
  std::vector<ParentFamilyView> views;
  for (const auto& family_id : views_.LinkedFamilyIds(*tx, actor.user_id)) views.push_back(Build(*tx, actor, family_id));
  tx->Commit();
  return views;
}

}  // namespace alongside
