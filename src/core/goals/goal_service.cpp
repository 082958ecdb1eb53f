#include "core/goals/goal_service.hpp"

#include <algorithm>

#include "core/common/ids.hpp"

namespace alongside {

bool IsLinkedParent(const FamilyScopeFacts& facts, const Actor& actor) {
  if (actor.user_id.empty() || !actor.Has(Role::kParent)) return false;
  const auto& linked = facts.linked_user_ids;
  return std::find(linked.begin(), linked.end(), actor.user_id) != linked.end();
}

bool GoalService::MayWork(const FamilyScopeFacts& facts, const Actor& actor) const {
  return facts.status == FamilyStatus::kOpen && facts.support_consent &&
         access_.Allows(facts, actor, Resource::kFamily, Action::kUpdate);
}

Goal GoalService::Existing(db::Transaction& tx, const std::string& family_id, const std::string& goal_id) const {
  auto goal = IsUuid(goal_id) ? goals_.Find(tx, family_id, goal_id) : std::nullopt;
  if (!goal) throw NotFound("Goal not found");
  return *goal;
}

Goal GoalService::ActiveGoal(db::Transaction& tx, const std::string& family_id, const std::string& goal_id) const {
  auto goal = Existing(tx, family_id, goal_id);
  if (!goal.active())
    throw Conflict("This goal is " + std::string(GoalStatusLabel(goal.status)) +
                   " and can no longer be changed. Set a new goal instead.");
  return goal;
}

Goal GoalService::NewGoalRecord(const Actor& actor, const std::string& family_id, const NewGoal& input,
                                Millis now) const {
  Goal goal;
  goal.id = NewId(now);
  goal.family_id = family_id;
  goal.text = input.text;
  goal.area = input.area;
  goal.created_by = actor.user_id;
  goal.created_at = now;
  goal.updated_at = now;
  return goal;
}

void GoalService::InsertWithSteps(db::Transaction& tx, const Actor& actor, Goal& goal,
                                  const std::vector<std::string>& steps) {
  goals_.Insert(tx, goal);
  for (const auto& text : steps) {
    GoalStep step;
    step.id = NewId(goal.created_at);
    step.goal_id = goal.id;
    step.text = text;
    step.created_at = goal.created_at;
    goal.steps.push_back(goals_.InsertStep(tx, goal.family_id, step, actor.user_id));
  }
}

GoalBoard GoalService::List(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();  // not read-only: the read is audited in it
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  GoalBoard board;
  board.family_name = goals_.FamilyName(*tx, family_id);
  for (auto& goal : goals_.ListForFamily(*tx, family_id)) {
    switch (goal.status) {
      case GoalStatus::kActive: board.active.push_back(std::move(goal)); break;
      case GoalStatus::kAchieved: board.achieved.push_back(std::move(goal)); break;
      default: board.ended.push_back(std::move(goal)); break;
    }
  }
  std::stable_sort(board.achieved.begin(), board.achieved.end(), [](const Goal& a, const Goal& b) {
    return a.status_changed_at.value_or(0) > b.status_changed_at.value_or(0);
  });
  board.latest_progress = goals_.LatestProgressForFamily(*tx, family_id);
  board.may_work = MayWork(facts, actor);
  access_.audit().Record(*tx, actor, "goal.list", "family", family_id);
  tx->Commit();
  return board;
}

GoalDetail GoalService::Get(const Actor& actor, const std::string& family_id, const std::string& goal_id) {
  auto tx = database_.Begin();  // not read-only: the read is audited in it
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  GoalDetail detail;
  detail.family_name = goals_.FamilyName(*tx, family_id);
  detail.goal = Existing(*tx, family_id, goal_id);
  detail.progress = goals_.ListProgress(*tx, goal_id);
  detail.status_changes = goals_.ListStatusChanges(*tx, goal_id);
  if (!detail.goal.changed_from_goal_id.empty())
    detail.changed_from = goals_.Find(*tx, family_id, detail.goal.changed_from_goal_id);
  if (!detail.goal.changed_into_goal_id.empty())
    detail.changed_into = goals_.Find(*tx, family_id, detail.goal.changed_into_goal_id);
  const bool open = facts.status == FamilyStatus::kOpen && facts.support_consent;
  detail.may_work = detail.goal.active() && MayWork(facts, actor);
  detail.may_add_progress = detail.may_work || (detail.goal.active() && open && IsLinkedParent(facts, actor));
  access_.audit().Record(*tx, actor, "goal.read", "family", family_id);
  tx->Commit();
  return detail;
}

void GoalService::CheckMayWork(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin(db::TxMode::kRead);
  access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  tx->Commit();
}

Goal GoalService::Create(const Actor& actor, const std::string& family_id, const GoalForm& form) {
  auto tx = database_.Begin();
  access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  Validation v;
  const auto input = ValidateGoalForm(form, v);
  v.ThrowIfAny();
  auto goal = NewGoalRecord(actor, family_id, input, clock_.Now());
  InsertWithSteps(*tx, actor, goal, input.steps);
  GoalStatusChange started{NewId(goal.created_at), goal.id, GoalStatus::kActive, "", actor.user_id, "",
                           goal.created_at};
  goals_.InsertStatusChange(*tx, family_id, started);
  access_.audit().Record(*tx, actor, "goal.create", "family", family_id);
  tx->Commit();
  return goal;
}

GoalStep GoalService::AddStep(const Actor& actor, const std::string& family_id, const std::string& goal_id,
                              const std::string& text) {
  auto tx = database_.Begin();
  access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  Validation v;
  const auto step_text = ValidateStepText(text, "text", v);
  v.ThrowIfAny();
  const auto goal = ActiveGoal(*tx, family_id, goal_id);
  const Millis now = clock_.Now();
  GoalStep step;
  step.id = NewId(now);
  step.goal_id = goal.id;
  step.text = step_text;
  step.created_at = now;
  step = goals_.InsertStep(*tx, family_id, step, actor.user_id);
  goals_.Touch(*tx, goal.id, now);
  access_.audit().Record(*tx, actor, "goal.step.create", "family", family_id);
  tx->Commit();
  return step;
}

void GoalService::SetStepDone(const Actor& actor, const std::string& family_id, const std::string& goal_id,
                              const std::string& step_id, bool done) {
  auto tx = database_.Begin();
  access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  const auto goal = ActiveGoal(*tx, family_id, goal_id);
  const Millis now = clock_.Now();
  const bool found = IsUuid(step_id) && goals_.SetStepDone(*tx, goal.id, step_id,
                                                           done ? std::optional<Millis>(now) : std::nullopt,
                                                           done ? actor.user_id : "");
  if (!found) throw NotFound("Step not found");
  goals_.Touch(*tx, goal.id, now);
  access_.audit().Record(*tx, actor, "goal.step.update", "family", family_id);
  tx->Commit();
}

GoalProgress GoalService::AddProgress(const Actor& actor, const std::string& family_id, const std::string& goal_id,
                                      const ProgressForm& form) {
  auto tx = database_.Begin();
  // Reading the family, open and consenting, is the floor for everyone; beyond it a worker
  // needs update permission, and a parent needs their own account linked to the family.
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  const bool worker = access_.Allows(facts, actor, Resource::kFamily, Action::kUpdate);
  if (!worker && !IsLinkedParent(facts, actor)) throw AccessRefused(Resource::kFamily, Action::kUpdate, family_id);
  const Millis now = clock_.Now();
  Validation v;
  const auto entry = ValidateProgressForm(form, LondonDateOf(now), v);
  v.ThrowIfAny();
  const auto goal = ActiveGoal(*tx, family_id, goal_id);
  GoalProgress progress;
  progress.id = NewId(now);
  progress.goal_id = goal.id;
  progress.family_id = family_id;
  progress.date = entry.date;
  progress.note = entry.note;
  progress.by_family = !worker;
  progress.recorded_by = actor.user_id;
  progress.recorded_by_name = actor.name;
  progress.recorded_at = now;
  goals_.InsertProgress(*tx, progress);
  goals_.Touch(*tx, goal.id, now);
  access_.audit().Record(*tx, actor, "goal.progress.create", "family", family_id);
  tx->Commit();
  return progress;
}

Goal GoalService::ChangeStatus(const Actor& actor, const std::string& family_id, const std::string& goal_id,
                               const StatusForm& form, Goal* replacement) {
  auto tx = database_.Begin();
  access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  Validation v;
  const auto decision = ValidateStatusForm(form, v);
  v.ThrowIfAny();
  auto goal = ActiveGoal(*tx, family_id, goal_id);
  const Millis now = clock_.Now();
  if (decision.new_goal) {
    auto next = NewGoalRecord(actor, family_id, *decision.new_goal, now);
    next.changed_from_goal_id = goal.id;
    InsertWithSteps(*tx, actor, next, {});
    goals_.InsertStatusChange(*tx, family_id, {NewId(now), next.id, GoalStatus::kActive, "", actor.user_id, "", now});
    goal.changed_into_goal_id = next.id;
    if (replacement) *replacement = next;
  }
  goal.status = decision.status;
  goal.status_changed_at = now;
  goal.status_changed_by = actor.user_id;
  goal.updated_at = now;
  goals_.UpdateStatus(*tx, goal);
  goals_.InsertStatusChange(*tx, family_id,
                            {NewId(now), goal.id, decision.status, decision.note, actor.user_id, "", now});
  access_.audit().Record(*tx, actor, "goal.status.update", "family", family_id);
  tx->Commit();
  return goal;
}

}  // namespace alongside
