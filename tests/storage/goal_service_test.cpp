// Goals on SQLite and PostgreSQL: setting a goal with steps, ticking steps, progress by a
// worker and by the linked parent, achieving, changing into a new goal and letting go,
// every read and write audited, and every role refused what it must not do.

#include <gtest/gtest.h>

#include "goal_test_families.hpp"

namespace alongside {
namespace {

class GoalServiceTest : public test::GoalFamilyTest {
 protected:
  Goal SetGoal(const Actor& actor, const std::string& family_id, const std::string& text = "I want to feel confident bathing the twins") {
    return w().goal_service.Create(actor, family_id, {text, "bonding_with_baby", {"Watch Sam bath them", "Bath one twin"}});
  }
  GoalService& goals() { return w().goal_service; }
};

TEST_P(GoalServiceTest, ASupporterSetsAGoalWithStepsInTheFamilysWords) {
  const auto goal = SetGoal(supporter_, family_id_);
  EXPECT_EQ(goal.text, "I want to feel confident bathing the twins");
  EXPECT_EQ(goal.status, GoalStatus::kActive);
  const auto detail = goals().Get(supporter_, family_id_, goal.id);
  EXPECT_EQ(detail.family_name, "Amira Khan");
  ASSERT_EQ(detail.goal.steps.size(), 2u);
  EXPECT_EQ(detail.goal.steps[0].position, 1);
  EXPECT_EQ(detail.goal.steps[1].text, "Bath one twin");
  EXPECT_EQ(detail.goal.area, GoalArea::kBondingWithBaby);
  ASSERT_EQ(detail.status_changes.size(), 1u);
  EXPECT_EQ(detail.status_changes[0].changed_by_name, "Sam Supporter");
  EXPECT_TRUE(detail.may_work);
  EXPECT_EQ(AuditEntriesFor("goal.create").size(), 1u);
  EXPECT_EQ(AuditEntriesFor("goal.read").size(), 1u);
  EXPECT_EQ(AuditEntriesFor("goal.read")[0].record_id, family_id_);
}

TEST_P(GoalServiceTest, BadInputSavesNothing) {
  try {
    goals().Create(supporter_, family_id_, {"", "nowhere", {}});
    FAIL() << "accepted";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(invalid.errors().size(), 2u);
  }
  EXPECT_EQ(Count("goals"), 0);
}

TEST_P(GoalServiceTest, StepsAreAddedInOrderAndTicked) {
  const auto goal = SetGoal(supporter_, family_id_);
  const auto step = goals().AddStep(supporter_, family_id_, goal.id, "Bath both twins with Sam there");
  EXPECT_EQ(step.position, 3);
  goals().SetStepDone(supporter_, family_id_, goal.id, goal.steps[0].id, true);
  auto detail = goals().Get(supporter_, family_id_, goal.id);
  EXPECT_EQ(detail.goal.StepsDone(), 1);
  EXPECT_TRUE(detail.goal.steps[0].done());
  goals().SetStepDone(supporter_, family_id_, goal.id, goal.steps[0].id, false);
  EXPECT_EQ(goals().Get(supporter_, family_id_, goal.id).goal.StepsDone(), 0);
  EXPECT_THROW(goals().SetStepDone(supporter_, family_id_, goal.id, step.goal_id, true), NotFound);
  EXPECT_THROW(goals().AddStep(supporter_, family_id_, goal.id, " "), Invalid);
}

TEST_P(GoalServiceTest, ProgressByTheWorkerAndByTheLinkedParentInTheirOwnWords) {
  const auto goal = SetGoal(supporter_, family_id_);
  goals().AddProgress(supporter_, family_id_, goal.id, {"Watched me bath Zara", ""});
  clock().Advance(kMinute);
  const auto own = goals().AddProgress(parent_, family_id_, goal.id, {"I bathed them both on my own!", ""});
  EXPECT_TRUE(own.by_family);
  const auto detail = goals().Get(parent_, family_id_, goal.id);
  ASSERT_EQ(detail.progress.size(), 2u);
  EXPECT_EQ(detail.progress[0].note, "I bathed them both on my own!");  // newest first
  EXPECT_EQ(detail.progress[0].recorded_by_name, "Amira Khan");
  EXPECT_FALSE(detail.progress[1].by_family);
  EXPECT_FALSE(detail.may_work);
  EXPECT_TRUE(detail.may_add_progress);
  EXPECT_EQ(AuditEntriesFor("goal.progress.create").size(), 2u);
  const auto board = goals().List(supporter_, family_id_);
  ASSERT_EQ(board.latest_progress.size(), 1u);
  EXPECT_EQ(board.latest_progress[0].note, "I bathed them both on my own!");
}

TEST_P(GoalServiceTest, AParentMayAddProgressOnlyToTheirLinkedFamily) {
  const auto other_goal = SetGoal(other_supporter_, other_family_id_, "Go to the baby group");
  ExpectRefused(parent_, [&] { goals().AddProgress(parent_, other_family_id_, other_goal.id, {"Me too", ""}); });
  // A goal id of another family, through the parent's own family, is not found.
  EXPECT_THROW(goals().AddProgress(parent_, family_id_, other_goal.id, {"Sneaky", ""}), NotFound);
  EXPECT_EQ(Count("goal_progress"), 0);
  const auto refusals = AuditEntriesFor("family.read");
  ASSERT_EQ(refusals.size(), 1u);
  EXPECT_EQ(refusals[0].outcome, "refused");
  EXPECT_EQ(refusals[0].record_id, other_family_id_);
}

TEST_P(GoalServiceTest, AParentMayNotSetChangeOrTickGoals) {
  const auto goal = SetGoal(supporter_, family_id_);
  ExpectRefused(parent_, [&] { goals().Create(parent_, family_id_, {"My own goal", "", {}}); });
  ExpectRefused(parent_, [&] { goals().AddStep(parent_, family_id_, goal.id, "A step"); });
  ExpectRefused(parent_, [&] { goals().SetStepDone(parent_, family_id_, goal.id, goal.steps[0].id, true); });
  ExpectRefused(parent_, [&] { goals().ChangeStatus(parent_, family_id_, goal.id, {"achieved", "", "", ""}); });
  EXPECT_EQ(AuditEntriesFor("family.update").size(), 4u);
  EXPECT_EQ(Count("goals"), 1);
}

TEST_P(GoalServiceTest, AnUnlinkedParentAndOtherWorkersAreRefused) {
  const auto goal = SetGoal(supporter_, family_id_);
  ExpectRefused(other_parent_, [&] { goals().List(other_parent_, family_id_); });
  ExpectRefused(other_parent_, [&] { goals().AddProgress(other_parent_, family_id_, goal.id, {"Hi", ""}); });
  ExpectRefused(other_supporter_, [&] { goals().Get(other_supporter_, family_id_, goal.id); });
  ExpectRefused(other_supporter_, [&] { goals().AddProgress(other_supporter_, family_id_, goal.id, {"Hi", ""}); });
  ExpectRefused(south_coordinator_, [&] { goals().List(south_coordinator_, family_id_); });
  // The programme's coordinator reaches every family of the programme.
  EXPECT_EQ(goals().List(coordinator_, family_id_).active.size(), 1u);
  EXPECT_EQ(Count("goal_progress"), 0);
}

TEST_P(GoalServiceTest, AnAchievementIsDatedAndCelebratedWithItsSteps) {
  const auto goal = SetGoal(supporter_, family_id_);
  goals().SetStepDone(supporter_, family_id_, goal.id, goal.steps[0].id, true);
  clock().Advance(kDay);
  const auto achieved = goals().ChangeStatus(supporter_, family_id_, goal.id, {"achieved", "Both twins, no tears", "", ""});
  EXPECT_EQ(achieved.status, GoalStatus::kAchieved);
  EXPECT_EQ(achieved.status_changed_at, clock().Now());
  const auto board = goals().List(supporter_, family_id_);
  EXPECT_TRUE(board.active.empty());
  ASSERT_EQ(board.achieved.size(), 1u);
  EXPECT_EQ(board.achieved[0].StepsDone(), 1);
  const auto detail = goals().Get(supporter_, family_id_, goal.id);
  ASSERT_EQ(detail.status_changes.size(), 2u);
  EXPECT_EQ(detail.status_changes[1].status, GoalStatus::kAchieved);
  EXPECT_EQ(detail.status_changes[1].note, "Both twins, no tears");
  EXPECT_FALSE(detail.may_work);
  // An achieved goal is kept as it was.
  EXPECT_THROW(goals().ChangeStatus(supporter_, family_id_, goal.id, {"let_go", "", "", ""}), Conflict);
  EXPECT_THROW(goals().AddProgress(parent_, family_id_, goal.id, {"More", ""}), Conflict);
}

TEST_P(GoalServiceTest, AChangedGoalIsLinkedToWhatItBecame) {
  const auto goal = SetGoal(supporter_, family_id_);
  Goal replacement;
  const auto changed = goals().ChangeStatus(supporter_, family_id_, goal.id,
                                            {"changed", "One at a time first", "Bath one twin at a time", ""}, &replacement);
  EXPECT_EQ(changed.status, GoalStatus::kChanged);
  ASSERT_FALSE(replacement.id.empty());
  EXPECT_EQ(changed.changed_into_goal_id, replacement.id);
  const auto old_detail = goals().Get(supporter_, family_id_, goal.id);
  ASSERT_TRUE(old_detail.changed_into.has_value());
  EXPECT_EQ(old_detail.changed_into->text, "Bath one twin at a time");
  const auto new_detail = goals().Get(supporter_, family_id_, replacement.id);
  EXPECT_TRUE(new_detail.goal.active());
  ASSERT_TRUE(new_detail.changed_from.has_value());
  EXPECT_EQ(new_detail.changed_from->id, goal.id);
  const auto board = goals().List(supporter_, family_id_);
  EXPECT_EQ(board.active.size(), 1u);
  EXPECT_EQ(board.ended.size(), 1u);
}

TEST_P(GoalServiceTest, LettingGoIsKeptWithWhoAndWhen) {
  const auto goal = SetGoal(supporter_, family_id_);
  goals().ChangeStatus(coordinator_, family_id_, goal.id, {"let_go", "Not the right time", "", ""});
  const auto detail = goals().Get(supporter_, family_id_, goal.id);
  EXPECT_EQ(detail.goal.status, GoalStatus::kLetGo);
  EXPECT_EQ(detail.goal.status_changed_by, coordinator_.user_id);
  EXPECT_EQ(detail.status_changes.back().changed_by_name, "Cora Coordinator");
}

TEST_P(GoalServiceTest, NoNewWorkWhenSupportIsClosedOrWithdrawn) {
  const auto goal = SetGoal(supporter_, family_id_);
  SetFamily(family_id_, "closed", 1);
  EXPECT_THROW(goals().Create(coordinator_, family_id_, {"New", "", {}}), Conflict);
  EXPECT_THROW(goals().AddProgress(parent_, family_id_, goal.id, {"Still going", ""}), Conflict);
  EXPECT_FALSE(goals().List(coordinator_, family_id_).may_work);
  SetFamily(family_id_, "open", 0);
  // Withdrawn consent: the supporter's caseload grant no longer reaches the family.
  ExpectRefused(supporter_, [&] { goals().List(supporter_, family_id_); });
  EXPECT_THROW(goals().AddProgress(coordinator_, family_id_, goal.id, {"Note", ""}), Conflict);
}

TEST_P(GoalServiceTest, UnknownIdsAreNotFound) {
  EXPECT_THROW(goals().List(supporter_, "not-a-uuid"), NotFound);
  EXPECT_THROW(goals().Get(supporter_, family_id_, "not-a-uuid"), NotFound);
  EXPECT_THROW(goals().Get(supporter_, family_id_, NewId(clock().Now())), NotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, GoalServiceTest, ::testing::ValuesIn(test::TestBackends()), test::BackendName);

}  // namespace
}  // namespace alongside
