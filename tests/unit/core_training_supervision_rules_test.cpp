// The refresher and supervision-frequency rules of the peer support programme.

#include <gtest/gtest.h>

#include "core/supervision/supervision.hpp"
#include "core/training/training.hpp"

namespace alongside {
namespace {

Date D(const char* text) { return *ParseDate(text); }

TEST(RefresherRule, NoRefresherMonthsMeansNothingIsDue) {
  const auto status = RefresherFor(D("2025-01-10"), std::nullopt, D("2030-01-01"));
  EXPECT_EQ(status.state, RefresherState::kNotNeeded);
  EXPECT_FALSE(status.due_on);
}

TEST(RefresherRule, DueIsTheLastCompletionPlusTheMonths) {
  const auto status = RefresherFor(D("2025-01-10"), 12, D("2025-06-01"));
  EXPECT_EQ(status.state, RefresherState::kCurrent);
  EXPECT_EQ(status.due_on, D("2026-01-10"));
}

TEST(RefresherRule, ShortMonthsEndOnTheirLastDay) {
  EXPECT_EQ(RefresherFor(D("2025-08-31"), 6, D("2025-09-01")).due_on, D("2026-02-28"));
}

TEST(RefresherRule, ThirtyOneDaysAwayIsStillCurrent) {
  EXPECT_EQ(RefresherFor(D("2025-01-10"), 12, D("2025-12-10")).state, RefresherState::kCurrent);
}

TEST(RefresherRule, ThirtyDaysAwayIsDueSoon) {
  EXPECT_EQ(RefresherFor(D("2025-01-10"), 12, D("2025-12-11")).state, RefresherState::kDueSoon);
}

TEST(RefresherRule, TheDueDayItselfIsDueSoonNotOverdue) {
  EXPECT_EQ(RefresherFor(D("2025-01-10"), 12, D("2026-01-10")).state, RefresherState::kDueSoon);
}

TEST(RefresherRule, TheDayAfterIsOverdue) {
  EXPECT_EQ(RefresherFor(D("2025-01-10"), 12, D("2026-01-11")).state, RefresherState::kOverdue);
}

TEST(TrainingTopics, CodesRoundTripAndUnknownIsRefused) {
  for (auto topic : AllTrainingTopics()) EXPECT_EQ(TrainingTopicFromCode(TrainingTopicCode(topic)), topic);
  EXPECT_EQ(TrainingTopicCode(TrainingTopic::kPerinatalMentalHealth), "perinatal_mental_health");
  EXPECT_FALSE(TrainingTopicFromCode("knitting"));
}

TEST(ClockTime, HoursAndMinutesOnly) {
  EXPECT_TRUE(IsClockTime("00:00"));
  EXPECT_TRUE(IsClockTime("23:59"));
  EXPECT_FALSE(IsClockTime("24:00"));
  EXPECT_FALSE(IsClockTime("12:60"));
  EXPECT_FALSE(IsClockTime("9:30"));
  EXPECT_FALSE(IsClockTime("ab:cd"));
}

const SupervisionGaps kGaps{7, 12, 14};

TEST(SupervisionFrequency, NotActiveMeansNothingDue) {
  const auto due = SupervisionDueFor(std::nullopt, kGaps, D("2025-03-01"), D("2025-06-01"));
  EXPECT_FALSE(due.next_due);
  EXPECT_FALSE(due.overdue);
  EXPECT_EQ(due.last, D("2025-03-01"));
}

TEST(SupervisionFrequency, NeverSupervisedIsDueAnEarlyGapAfterBecomingActive) {
  const auto due = SupervisionDueFor(D("2025-03-01"), kGaps, std::nullopt, D("2025-03-05"));
  EXPECT_EQ(due.next_due, D("2025-03-08"));
  EXPECT_FALSE(due.overdue);
}

TEST(SupervisionFrequency, TheDueDayIsNotOverdueTheDayAfterIs) {
  EXPECT_FALSE(SupervisionDueFor(D("2025-03-01"), kGaps, std::nullopt, D("2025-03-08")).overdue);
  EXPECT_TRUE(SupervisionDueFor(D("2025-03-01"), kGaps, std::nullopt, D("2025-03-09")).overdue);
}

TEST(SupervisionFrequency, EarlyWeeksUseTheEarlyGap) {
  // 11 weeks and 6 days in: still early.
  const auto due = SupervisionDueFor(D("2025-03-01"), kGaps, D("2025-05-23"), D("2025-05-24"));
  EXPECT_EQ(due.next_due, D("2025-05-30"));
}

TEST(SupervisionFrequency, FromTheEndOfTheEarlyWeeksTheLaterGap) {
  // Exactly 12 weeks in: later.
  const auto due = SupervisionDueFor(D("2025-03-01"), kGaps, D("2025-05-24"), D("2025-05-25"));
  EXPECT_EQ(due.next_due, D("2025-06-07"));
}

TEST(SupervisionFrequency, ASupervisionBeforeBecomingActiveCountsFromActiveSince) {
  const auto due = SupervisionDueFor(D("2025-03-01"), kGaps, D("2025-02-20"), D("2025-03-02"));
  EXPECT_EQ(due.next_due, D("2025-03-08"));
  EXPECT_EQ(due.last, D("2025-02-20"));
}

TEST(SupervisionFrequency, ZeroEarlyWeeksGoesStraightToTheLaterGap) {
  const auto due = SupervisionDueFor(D("2025-03-01"), {7, 0, 28}, std::nullopt, D("2025-03-02"));
  EXPECT_EQ(due.next_due, D("2025-03-29"));
}

TEST(SupervisionFrequency, LongAfterTheLastIsOverdue) {
  const auto due = SupervisionDueFor(D("2024-01-01"), kGaps, D("2025-01-01"), D("2025-02-01"));
  EXPECT_EQ(due.next_due, D("2025-01-15"));
  EXPECT_TRUE(due.overdue);
}

TEST(SupervisionFrequency, AVolunteerWithoutARoleUsesTheDefaults) {
  const auto gaps = GapsOf(std::nullopt);
  EXPECT_EQ(gaps.early_days, 7);
  EXPECT_EQ(gaps.early_weeks, 12);
  EXPECT_EQ(gaps.later_days, 14);
  ProgrammeRole role;
  role.supervision_early_days = 10;
  role.early_weeks = 4;
  role.supervision_later_days = 30;
  EXPECT_EQ(GapsOf(role).later_days, 30);
}

TEST(SupervisionThemes, FixedListAndWellbeingWords) {
  EXPECT_TRUE(IsSupervisionThemeCode("safeguarding"));
  EXPECT_FALSE(IsSupervisionThemeCode("gossip"));
  EXPECT_EQ(WellbeingLabel(1), "Struggling");
  EXPECT_EQ(WellbeingLabel(5), "Really well");
  EXPECT_EQ(WellbeingLabel(6), "");
}

}  // namespace
}  // namespace alongside
