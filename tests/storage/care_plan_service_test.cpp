// Care plans on SQLite and PostgreSQL: each save a new numbered version with its own
// actions, earlier versions readable as they were, the linked parent reading but never
// editing, and every read and save audited.

#include <gtest/gtest.h>

#include "goal_test_families.hpp"

namespace alongside {
namespace {

class CarePlanServiceTest : public test::GoalFamilyTest {
 protected:
  CarePlanService& plans() { return w().care_plan_service; }
  CarePlanForm FirstPlan() {
    return {"Feeling less alone", "30 6 2025", {{"Me", "Go to the Tuesday baby group", "24 6 2025"}, {"", "", ""},
                                                {"Sam", "Find the sling library", ""}}};
  }
};

TEST_P(CarePlanServiceTest, EachSaveIsANewVersionAndEarlierOnesAreKept) {
  EXPECT_FALSE(plans().Current(supporter_, family_id_).version.has_value());
  const auto first = plans().Save(supporter_, family_id_, FirstPlan());
  EXPECT_EQ(first.number, 1);
  clock().Advance(kDay);
  auto second_form = FirstPlan();
  second_form.what_matters = "Feeling less alone, and sleeping more";
  second_form.actions.resize(1);
  const auto second = plans().Save(coordinator_, family_id_, second_form);
  EXPECT_EQ(second.number, 2);

  const auto current = plans().Current(supporter_, family_id_);
  ASSERT_TRUE(current.version.has_value());
  EXPECT_EQ(current.latest_number, 2);
  EXPECT_EQ(current.version->what_matters, "Feeling less alone, and sleeping more");
  EXPECT_EQ(current.version->saved_by_name, "Cora Coordinator");
  EXPECT_EQ(current.version->actions.size(), 1u);
  EXPECT_EQ(current.family_name, "Amira Khan");

  const auto earlier = plans().Version(supporter_, family_id_, 1);
  ASSERT_TRUE(earlier.version.has_value());
  EXPECT_EQ(earlier.version->what_matters, "Feeling less alone");
  EXPECT_EQ(earlier.version->saved_by_name, "Sam Supporter");
  ASSERT_EQ(earlier.version->actions.size(), 2u);
  EXPECT_EQ(earlier.version->actions[0].by_when, (Date{2025, 6, 24}));
  EXPECT_EQ(earlier.version->actions[1].who, "Sam");
  EXPECT_FALSE(earlier.version->actions[1].by_when.has_value());
  EXPECT_EQ(earlier.version->review_date, (Date{2025, 6, 30}));

  EXPECT_THROW(plans().Version(supporter_, family_id_, 3), NotFound);
  EXPECT_THROW(plans().Version(supporter_, family_id_, 0), NotFound);
  EXPECT_EQ(AuditEntriesFor("care_plan.save").size(), 2u);
  EXPECT_EQ(AuditEntriesFor("care_plan.read").size(), 3u);
}

TEST_P(CarePlanServiceTest, BadInputSavesNothing) {
  try {
    plans().Save(supporter_, family_id_, {"", "1 1 2020", {{"Me", "", ""}}});
    FAIL() << "accepted";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(invalid.errors().size(), 3u);
  }
  EXPECT_EQ(Count("care_plan_versions"), 0);
}

TEST_P(CarePlanServiceTest, TheLinkedParentReadsButNeverEdits) {
  plans().Save(supporter_, family_id_, FirstPlan());
  const auto view = plans().Current(parent_, family_id_);
  ASSERT_TRUE(view.version.has_value());
  EXPECT_FALSE(view.may_edit);
  ExpectRefused(parent_, [&] { plans().Save(parent_, family_id_, FirstPlan()); });
  ExpectRefused(parent_, [&] { plans().ForEditing(parent_, family_id_); });
  EXPECT_EQ(Count("care_plan_versions"), 1);
  EXPECT_EQ(AuditEntriesFor("family.update").size(), 2u);
}

TEST_P(CarePlanServiceTest, OthersAreRefused) {
  plans().Save(supporter_, family_id_, FirstPlan());
  ExpectRefused(other_parent_, [&] { plans().Current(other_parent_, family_id_); });
  ExpectRefused(other_supporter_, [&] { plans().Version(other_supporter_, family_id_, 1); });
  ExpectRefused(south_coordinator_, [&] { plans().Save(south_coordinator_, family_id_, FirstPlan()); });
  EXPECT_EQ(Count("care_plan_versions"), 1);
}

TEST_P(CarePlanServiceTest, AClosedFamilysPlanIsReadOnly) {
  plans().Save(supporter_, family_id_, FirstPlan());
  SetFamily(family_id_, "closed", 1);
  EXPECT_FALSE(plans().Current(coordinator_, family_id_).may_edit);
  EXPECT_THROW(plans().Save(coordinator_, family_id_, FirstPlan()), Conflict);
}

TEST_P(CarePlanServiceTest, VersionNumbersArePerFamily) {
  plans().Save(supporter_, family_id_, FirstPlan());
  EXPECT_EQ(plans().Save(other_supporter_, other_family_id_, FirstPlan()).number, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, CarePlanServiceTest, ::testing::ValuesIn(test::TestBackends()), test::BackendName);

}  // namespace
}  // namespace alongside
