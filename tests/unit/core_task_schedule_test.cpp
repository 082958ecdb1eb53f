// The reminders a programme's schedule calls for: the first contact in pregnancy, a contact
// soon after the birth, the next contact and the care plan review, with the edges a
// supporter would notice (no dates at all, a baby born early, a family joining late).

#include <gtest/gtest.h>

#include <algorithm>

#include "core/tasks/task_schedule.hpp"

namespace alongside {
namespace {

Date D(int y, int m, int d) { return Date{y, m, d}; }

ScheduleFacts RecordedOn(Date day) {
  ScheduleFacts facts;
  facts.recorded_on = day;
  return facts;
}

std::optional<ScheduledTask> Find(const std::vector<ScheduledTask>& tasks, TaskKind kind) {
  for (const auto& t : tasks)
    if (t.kind == kind) return t;
  return std::nullopt;
}

TEST(TaskScheduleTest, NoDatesAndNoContactsGivesOnlyTheNextContactFromTheDayRecorded) {
  const auto tasks = ScheduledTasks(RecordedOn(D(2026, 3, 2)), ProgrammeSchedule{});
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].kind, TaskKind::kNextContact);
  EXPECT_EQ(tasks[0].due, D(2026, 3, 16));
  EXPECT_EQ(tasks[0].title, "Next contact due");
}

TEST(TaskScheduleTest, NextContactFollowsTheLastSubmittedContactByTheProgrammesInterval) {
  auto facts = RecordedOn(D(2026, 1, 5));
  facts.last_contact_date = D(2026, 2, 20);
  ProgrammeSchedule schedule;
  schedule.contact_interval_days = 10;
  const auto next = Find(ScheduledTasks(facts, schedule), TaskKind::kNextContact);
  ASSERT_TRUE(next);
  EXPECT_EQ(next->due, D(2026, 3, 2));  // across the end of February
}

TEST(TaskScheduleTest, FirstContactIsDueByTheSetWeekOfPregnancyInsteadOfTheNextContact) {
  auto facts = RecordedOn(D(2026, 1, 5));
  facts.babies = {{D(2026, 8, 20), std::nullopt}};
  const auto tasks = ScheduledTasks(facts, ProgrammeSchedule{});
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].kind, TaskKind::kFirstContact);
  EXPECT_EQ(tasks[0].title, "First contact by week 20 of pregnancy");
  EXPECT_EQ(tasks[0].due, D(2026, 4, 2));  // 20 weeks before the due date
  EXPECT_FALSE(Find(tasks, TaskKind::kNextContact));
}

TEST(TaskScheduleTest, FirstContactForAFamilyJoiningAfterThatWeekIsDueTheDayTheyJoined) {
  auto facts = RecordedOn(D(2026, 6, 1));
  facts.babies = {{D(2026, 8, 20), std::nullopt}};
  ProgrammeSchedule schedule;
  schedule.first_contact_week = 16;
  const auto first = Find(ScheduledTasks(facts, schedule), TaskKind::kFirstContact);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->due, D(2026, 6, 1));
  EXPECT_EQ(first->title, "First contact by week 16 of pregnancy");
}

TEST(TaskScheduleTest, OnceAContactIsRecordedThePregnancyFirstContactGivesWayToTheNextContact) {
  auto facts = RecordedOn(D(2026, 1, 5));
  facts.babies = {{D(2026, 8, 20), std::nullopt}};
  facts.last_contact_date = D(2026, 1, 20);
  const auto tasks = ScheduledTasks(facts, ProgrammeSchedule{});
  EXPECT_FALSE(Find(tasks, TaskKind::kFirstContact));
  ASSERT_TRUE(Find(tasks, TaskKind::kNextContact));
  EXPECT_EQ(Find(tasks, TaskKind::kNextContact)->due, D(2026, 2, 3));
}

TEST(TaskScheduleTest, ABirthCallsForAContactWithinTheSetDaysUntilSomeoneSeesThem) {
  auto facts = RecordedOn(D(2026, 1, 5));
  facts.babies = {{D(2026, 7, 1), D(2026, 6, 28)}};
  facts.last_contact_date = D(2026, 6, 20);
  const auto tasks = ScheduledTasks(facts, ProgrammeSchedule{});
  const auto after = Find(tasks, TaskKind::kAfterBirthContact);
  ASSERT_TRUE(after);
  EXPECT_EQ(after->due, D(2026, 7, 5));
  EXPECT_EQ(after->title, "Contact within 7 days of the birth");
  EXPECT_TRUE(Find(tasks, TaskKind::kNextContact));

  facts.last_contact_date = D(2026, 6, 30);  // seen since the birth
  EXPECT_FALSE(Find(ScheduledTasks(facts, ProgrammeSchedule{}), TaskKind::kAfterBirthContact));
}

TEST(TaskScheduleTest, ABabyBornEarlyMovesFromFirstContactToTheContactAfterBirth) {
  auto facts = RecordedOn(D(2026, 1, 5));
  facts.babies = {{D(2026, 5, 30), std::nullopt}};
  ASSERT_TRUE(Find(ScheduledTasks(facts, ProgrammeSchedule{}), TaskKind::kFirstContact));

  facts.babies = {{D(2026, 5, 30), D(2026, 4, 10)}};  // born seven weeks early, before any contact
  ProgrammeSchedule schedule;
  schedule.after_birth_days = 3;
  const auto tasks = ScheduledTasks(facts, schedule);
  EXPECT_FALSE(Find(tasks, TaskKind::kFirstContact));
  ASSERT_TRUE(Find(tasks, TaskKind::kAfterBirthContact));
  EXPECT_EQ(Find(tasks, TaskKind::kAfterBirthContact)->due, D(2026, 4, 13));
}

TEST(TaskScheduleTest, TwinsGiveOneContactAfterBirthAndTheLatestPregnancyCounts) {
  auto facts = RecordedOn(D(2026, 1, 5));
  facts.babies = {{D(2026, 3, 1), D(2026, 2, 20)}, {D(2026, 3, 1), D(2026, 2, 21)}};
  const auto tasks = ScheduledTasks(facts, ProgrammeSchedule{});
  EXPECT_EQ(std::count_if(tasks.begin(), tasks.end(),
                          [](const ScheduledTask& t) { return t.kind == TaskKind::kAfterBirthContact; }),
            1);
  EXPECT_EQ(Find(tasks, TaskKind::kAfterBirthContact)->due, D(2026, 2, 28));  // from the later birth
}

TEST(TaskScheduleTest, AFamilyJoiningLongAfterTheBirthGetsNoContactAfterBirthReminder) {
  auto facts = RecordedOn(D(2026, 9, 1));
  facts.babies = {{std::nullopt, D(2026, 3, 1)}};
  const auto tasks = ScheduledTasks(facts, ProgrammeSchedule{});
  EXPECT_FALSE(Find(tasks, TaskKind::kAfterBirthContact));
  EXPECT_TRUE(Find(tasks, TaskKind::kNextContact));
}

TEST(TaskScheduleTest, OverdueDatesStayInThePastSoTheyShowAsOverdue) {
  auto facts = RecordedOn(D(2026, 1, 5));
  facts.last_contact_date = D(2026, 1, 10);
  const auto next = Find(ScheduledTasks(facts, ProgrammeSchedule{}), TaskKind::kNextContact);
  ASSERT_TRUE(next);
  Task task;
  task.due = next->due;
  EXPECT_TRUE(task.OverdueOn(D(2026, 1, 25)));
  EXPECT_FALSE(task.OverdueOn(D(2026, 1, 24)));  // due today is not overdue
  task.status = TaskStatus::kDone;
  EXPECT_FALSE(task.OverdueOn(D(2026, 2, 25)));
}

TEST(TaskScheduleTest, PlanReviewUsesThePlansOwnDateElseTheProgrammesWeeks) {
  auto facts = RecordedOn(D(2026, 1, 5));
  EXPECT_FALSE(Find(ScheduledTasks(facts, ProgrammeSchedule{}), TaskKind::kPlanReview));

  facts.plan_saved_on = D(2026, 2, 1);
  const auto by_weeks = Find(ScheduledTasks(facts, ProgrammeSchedule{}), TaskKind::kPlanReview);
  ASSERT_TRUE(by_weeks);
  EXPECT_EQ(by_weeks->due, D(2026, 4, 26));  // 12 weeks on
  EXPECT_EQ(by_weeks->title, "Review the care plan");

  facts.plan_review_date = D(2026, 3, 15);
  EXPECT_EQ(Find(ScheduledTasks(facts, ProgrammeSchedule{}), TaskKind::kPlanReview)->due, D(2026, 3, 15));
}

TEST(TaskScheduleTest, ScheduleFormAcceptsWholeNumbersInRangeAndReportsEachBadField) {
  EXPECT_EQ(ValidateSchedule({" 21 ", "12", "3", "8"}), (ProgrammeSchedule{21, 12, 3, 8}));
  try {
    ValidateSchedule({"", "two", "0", "53"});
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    ASSERT_EQ(invalid.errors().size(), 4u);
    EXPECT_EQ(invalid.errors()[0].field, "contact_interval_days");
    EXPECT_EQ(invalid.errors()[0].message, "Enter the days between contacts");
    EXPECT_EQ(invalid.errors()[1].message, "The week of pregnancy must be a whole number, like 20");
    EXPECT_EQ(invalid.errors()[2].message, "Days after the birth must be between 1 and 42 days");
    EXPECT_EQ(invalid.errors()[3].field, "plan_review_weeks");
  }
  EXPECT_THROW(ValidateSchedule({"14.5", "20", "7", "12"}), Invalid);
  EXPECT_EQ(FormOf(ProgrammeSchedule{}).contact_interval_days, "14");
}

}  // namespace
}  // namespace alongside
