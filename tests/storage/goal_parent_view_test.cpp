// A parent's own view on SQLite and PostgreSQL: only the families their account is linked
// to, their goals and plan, their supporter's first name and programme, shared tasks when
// there are any, and nothing for an account that is not a parent's.

#include <gtest/gtest.h>

#include "goal_test_families.hpp"

namespace alongside {
namespace {

class GoalParentViewTest : public test::GoalFamilyTest {
 protected:
  ParentViewService& views() { return w().parent_view_service; }
};

TEST_P(GoalParentViewTest, SeesTheirGoalsPlanAndWhoSupportsThem) {
  const auto goal = w().goal_service.Create(supporter_, family_id_, {"Feel confident bathing the twins", "", {"One", "Two"}});
  const auto done = w().goal_service.Create(supporter_, family_id_, {"Go to the baby group", "", {}});
  w().goal_service.ChangeStatus(supporter_, family_id_, done.id, {"achieved", "", "", ""});
  const auto dropped = w().goal_service.Create(supporter_, family_id_, {"Something else", "", {}});
  w().goal_service.ChangeStatus(supporter_, family_id_, dropped.id, {"let_go", "", "", ""});
  w().goal_service.AddProgress(parent_, family_id_, goal.id, {"Did it once", ""});
  w().care_plan_service.Save(supporter_, family_id_, {"Sleep", "1 7 2025", {{"Me", "Rest", ""}}});
  w().goal_service.Create(other_supporter_, other_family_id_, {"Another family's goal", "", {}});

  const auto families = views().ForParent(parent_);
  ASSERT_EQ(families.size(), 1u);
  const auto& mine = families[0];
  EXPECT_EQ(mine.summary.family_id, family_id_);
  EXPECT_EQ(mine.summary.caregiver_name, "Amira Khan");
  EXPECT_EQ(mine.summary.programme_name, "North Parents Together");
  EXPECT_EQ(mine.summary.supporter_first_name, "Sam");
  ASSERT_EQ(mine.goals.size(), 1u);
  EXPECT_EQ(mine.goals[0].goal.text, "Feel confident bathing the twins");
  ASSERT_EQ(mine.goals[0].progress.size(), 1u);
  EXPECT_TRUE(mine.goals[0].progress[0].by_family);
  ASSERT_EQ(mine.achieved.size(), 1u);  // a goal let go is not shown to the family
  ASSERT_TRUE(mine.plan.has_value());
  EXPECT_EQ(mine.plan->what_matters, "Sleep");
  EXPECT_TRUE(mine.may_add_progress);
  EXPECT_EQ(AuditEntriesFor("family.read_own").size(), 1u);
}

TEST_P(GoalParentViewTest, SharedOpenTasksOnlyWhenThereAreAny) {
  EXPECT_TRUE(views().ForParent(parent_)[0].upcoming.empty());
  auto tx = database().Begin();
  const bool has_tasks =
      tx->QueryOne(database().dialect() == db::Dialect::kSqlite
                       ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'tasks'"
                       : "SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'tasks'")
          ->Int(0) > 0;
  if (has_tasks) {
    const std::string insert =
        "INSERT INTO tasks (id, family_id, kind, title, due_date, shared_with_family, status, created_at, updated_at) "
        "VALUES ($1, $2, 'manual', $3, $4, $5, $6, 1, 1)";
    tx->Execute(insert, {NewId(1), family_id_, "Baby group at the library", "2025-06-20", std::int64_t{1}, "open"});
    tx->Execute(insert, {NewId(2), family_id_, "Supporter's own reminder", "2025-06-18", std::int64_t{0}, "open"});
    tx->Execute(insert, {NewId(3), family_id_, "Done already", "2025-06-17", std::int64_t{1}, "done"});
    tx->Execute(insert, {NewId(4), other_family_id_, "Other family", "2025-06-17", std::int64_t{1}, "open"});
  }
  tx->Commit();
  if (!has_tasks) GTEST_SKIP() << "no tasks table in this database yet";
  const auto upcoming = views().ForParent(parent_)[0].upcoming;
  ASSERT_EQ(upcoming.size(), 1u);
  EXPECT_EQ(upcoming[0].title, "Baby group at the library");
}

TEST_P(GoalParentViewTest, AnUnlinkedParentSeesNoFamily) {
  const auto stranger = ActorOf(AddUser("New Parent", "new@example.org", Role::kParent));
  EXPECT_TRUE(views().ForParent(stranger).empty());
}

TEST_P(GoalParentViewTest, OnlyParentsHaveThisView) {
  ExpectRefused(supporter_, [&] { views().ForParent(supporter_); });
}

TEST_P(GoalParentViewTest, NoProgressFormWhenSupportIsClosed) {
  SetFamily(family_id_, "closed", 1);
  const auto families = views().ForParent(parent_);
  ASSERT_EQ(families.size(), 1u);
  EXPECT_FALSE(families[0].may_add_progress);
}

INSTANTIATE_TEST_SUITE_P(Backends, GoalParentViewTest, ::testing::ValuesIn(test::TestBackends()), test::BackendName);

}  // namespace
}  // namespace alongside
