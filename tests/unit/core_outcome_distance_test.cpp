// Distance travelled arithmetic and when each point is due.
#include <gtest/gtest.h>

#include "core/outcomes/outcome_distance.hpp"
#include "core/outcomes/outcome_schedule.hpp"
#include "core/outcomes/outcome_scoring.hpp"

namespace alongside {
namespace {

OutcomeSettings Settings() {
  OutcomeSettings s;
  s.question = "How are things?";
  s.scale = {1, 10, "Not good", "So-so", "Really good"};
  s.areas = {{"bonding", "Bonding with baby", false}, {"housing", "Housing", false}, {"sleep", "Sleep", true}};
  s.points = {{"start", "Start", PointAnchor::kStartOfSupport, 0, false},
              {"late", "End of pregnancy", PointAnchor::kDueDate, -4, false},
              {"after", "Three months after birth", PointAnchor::kBirth, 13, false}};
  return s;
}

OutcomeScoring Scoring(const std::string& point, std::vector<AreaScore> scores) {
  OutcomeScoring s;
  s.point_code = point;
  s.scores = std::move(scores);
  return s;
}

TEST(OutcomeDistanceTest, FamilyFirstLatestAndChangeInJourneyOrder) {
  // Given out of order: the later point first, as when an early point is scored late.
  const std::vector<OutcomeScoring> current{
      Scoring("after", {{"bonding", 8}, {"housing", std::nullopt}}),
      Scoring("start", {{"bonding", 3}, {"housing", 4}}),
  };
  const auto areas = FamilyDistance(Settings(), current);
  ASSERT_EQ(areas.size(), 2u);  // the retired area without scores is left out
  EXPECT_EQ(areas[0].area_code, "bonding");
  ASSERT_EQ(areas[0].scores.size(), 2u);
  EXPECT_EQ(areas[0].scores[0].point_code, "start");
  EXPECT_EQ(areas[0].First(), 3);
  EXPECT_EQ(areas[0].Latest(), 8);
  EXPECT_EQ(areas[0].Change(), 5);
  // "Not relevant now" at the later point: one score, no change.
  EXPECT_EQ(areas[1].scores.size(), 1u);
  EXPECT_EQ(areas[1].Change(), std::nullopt);
}

TEST(OutcomeDistanceTest, RetiredAndUnknownAreasKeepTheirScores) {
  const std::vector<OutcomeScoring> current{
      Scoring("start", {{"sleep", 2}, {"old_code", 5}}),
      Scoring("late", {{"sleep", 6}, {"old_code", 4}}),
  };
  const auto areas = FamilyDistance(Settings(), current);
  ASSERT_EQ(areas.size(), 4u);
  EXPECT_EQ(areas[2].area_code, "sleep");
  EXPECT_TRUE(areas[2].retired);
  EXPECT_EQ(areas[2].Change(), 4);
  EXPECT_EQ(areas[3].area_code, "old_code");
  EXPECT_EQ(areas[3].label, "old_code");
  EXPECT_EQ(areas[3].Change(), -1);
}

std::vector<ProgrammeScoreRow> Rows() {
  return {
      // Family a: bonding 3 -> 6 -> 9; housing 5 at start only.
      {"a", "start", "bonding", 3}, {"a", "late", "bonding", 6}, {"a", "after", "bonding", 9},
      {"a", "start", "housing", 5},
      // Family b: bonding 4 -> 5 (start, after); housing 2 -> 1; retired sleep 2 -> 7.
      {"b", "after", "bonding", 5}, {"b", "start", "bonding", 4},
      {"b", "start", "housing", 2}, {"b", "late", "housing", 1},
      {"b", "start", "sleep", 2}, {"b", "late", "sleep", 7},
      // Family c: one point only.
      {"c", "start", "bonding", 7},
  };
}

TEST(OutcomeDistanceTest, ProgrammeAveragesFamiliesScoredAtTwoPoints) {
  const auto areas = ProgrammeDistance(Settings(), Rows());
  ASSERT_EQ(areas.size(), 3u);
  EXPECT_EQ(areas[0].area_code, "bonding");
  EXPECT_EQ(areas[0].families, 2);  // c has one point
  EXPECT_DOUBLE_EQ(areas[0].average_first, 3.5);
  EXPECT_DOUBLE_EQ(areas[0].average_latest, 7.0);
  EXPECT_DOUBLE_EQ(areas[0].average_change, 3.5);
  EXPECT_EQ(areas[1].area_code, "housing");
  EXPECT_EQ(areas[1].families, 1);  // a's housing was scored at one point
  EXPECT_DOUBLE_EQ(areas[1].average_change, -1.0);
  EXPECT_EQ(areas[2].area_code, "sleep");
  EXPECT_TRUE(areas[2].retired);
  EXPECT_EQ(areas[2].families, 1);
  EXPECT_DOUBLE_EQ(areas[2].average_change, 5.0);
}

TEST(OutcomeDistanceTest, ProgrammePointPairCountsOnlyFamiliesScoredAtBoth) {
  const auto areas = ProgrammeDistance(Settings(), Rows(), PointPair{"start", "late"});
  EXPECT_EQ(areas[0].families, 1);  // only a has bonding at start and late
  EXPECT_DOUBLE_EQ(areas[0].average_first, 3.0);
  EXPECT_DOUBLE_EQ(areas[0].average_latest, 6.0);
  EXPECT_EQ(areas[1].families, 1);  // b's housing
  EXPECT_DOUBLE_EQ(areas[1].average_change, -1.0);
}

TEST(OutcomeDistanceTest, EmptyProgrammeListsAreasInUseWithNoFamilies) {
  const auto areas = ProgrammeDistance(Settings(), {});
  ASSERT_EQ(areas.size(), 2u);  // the retired area is shown only with families
  EXPECT_EQ(areas[0].families, 0);
  EXPECT_DOUBLE_EQ(areas[0].average_change, 0.0);
}

TEST(OutcomeDistanceTest, NumbersAreWrittenToOneDecimal) {
  EXPECT_EQ(Tenths(6.0), "6");
  EXPECT_EQ(Tenths(6.25), "6.3");
  EXPECT_EQ(Tenths(-0.04), "0");
  EXPECT_EQ(Tenths(-0.45), "-0.5");
  EXPECT_EQ(SignedTenths(1.5), "+1.5");
  EXPECT_EQ(SignedTenths(-2.0), "-2");
  EXPECT_EQ(SignedTenths(0.0), "0");
  EXPECT_EQ(SignedWhole(3), "+3");
  EXPECT_EQ(SignedWhole(-1), "-1");
}

TEST(OutcomeScheduleTest, DueDatesFollowTheJourney) {
  const auto settings = Settings();
  const Date today{2027, 3, 1};
  JourneyStage pregnant;
  pregnant.band = JourneyBand::kPregnancy;
  pregnant.pregnancy_weeks = 20;
  pregnant.pregnancy_days = 0;
  const auto dates = DatesFromStage(pregnant, today, Date{2027, 2, 1});
  ASSERT_TRUE(dates.due_date);
  EXPECT_EQ(*dates.due_date, AddDays(today, 140));
  const auto statuses = PointStatuses(settings, dates, today, {});
  ASSERT_EQ(statuses.size(), 3u);
  EXPECT_EQ(statuses[0].state, PointState::kDueNow);
  EXPECT_EQ(statuses[1].state, PointState::kUpcoming);
  EXPECT_EQ(*statuses[1].due, AddDays(today, 140 - 28));
  EXPECT_EQ(*statuses[2].due, AddDays(today, 140 + 91));
  EXPECT_EQ(NextPoint(statuses)->point.code, "start");
}

TEST(OutcomeScheduleTest, AFamilyMetAfterBirthHasPassedThePregnancyPoints) {
  const auto settings = Settings();
  const Date today{2027, 6, 1};
  JourneyStage born;
  born.band = JourneyBand::kUnderTwo;
  born.age_days = 100;
  const auto dates = DatesFromStage(born, today, Date{2027, 5, 20});
  const auto statuses = PointStatuses(settings, dates, today, {});
  // The start of support was 12 days ago, but three months after birth is due now too.
  EXPECT_EQ(statuses[0].state, PointState::kPassed);
  EXPECT_EQ(statuses[1].state, PointState::kPassed);
  EXPECT_EQ(statuses[2].state, PointState::kDueNow);
  EXPECT_EQ(NextPoint(statuses)->point.code, "after");
}

TEST(OutcomeScheduleTest, ScoredPointsAndUnknownDates) {
  const auto settings = Settings();
  const Date today{2027, 6, 1};
  const JourneyDates no_baby{Date{2027, 5, 1}, std::nullopt, std::nullopt};
  const auto statuses = PointStatuses(settings, no_baby, today, {{"start", Date{2027, 5, 3}}});
  EXPECT_EQ(statuses[0].state, PointState::kScored);
  EXPECT_EQ(PointStateLabel(statuses[0]), "Scored on 3 May 2027");
  EXPECT_EQ(statuses[1].state, PointState::kUnknown);
  EXPECT_EQ(NextPoint(statuses)->point.code, "late");
}

TEST(OutcomeScoringFormTest, EveryAreaNeedsAScoreOrNotRelevant) {
  const auto settings = Settings();
  ScoringForm form{"late", "32 5 2027", std::string(2100, 'x'), {{"bonding", "11"}, {"sleep", "3"}}};
  Validation v;
  ValidateScoringForm(form, settings, Date{2027, 6, 1}, v);
  std::vector<std::string> fields;
  try {
    v.ThrowIfAny();
  } catch (const Invalid& invalid) {
    for (const auto& e : invalid.errors()) fields.push_back(e.field);
  }
  EXPECT_EQ(fields, (std::vector<std::string>{"date", "note", "score_bonding", "score_housing", "score_sleep"}));
}

TEST(OutcomeScoringFormTest, AValidFormKeepsNotRelevantAndRefusesAllNotRelevant) {
  const auto settings = Settings();
  Validation v;
  const auto input = ValidateScoringForm({"start", "2027-05-31", " In my words ", {{"bonding", "4"}, {"housing", "not_relevant"}}},
                                         settings, Date{2027, 6, 1}, v);
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(input.point_code, "start");
  EXPECT_EQ(input.note, "In my words");
  ASSERT_EQ(input.scores.size(), 2u);
  EXPECT_EQ(input.scores[0].score, 4);
  EXPECT_EQ(input.scores[1].score, std::nullopt);
  Validation none;
  ValidateScoringForm({"start", "2027-05-31", "", {{"bonding", "not_relevant"}, {"housing", "not_relevant"}}}, settings,
                      Date{2027, 6, 1}, none);
  EXPECT_TRUE(none.Has("score_bonding"));
  Validation future;
  ValidateScoringForm({"start", "2027-06-02", "", {{"bonding", "4"}, {"housing", "5"}}}, settings, Date{2027, 6, 1},
                      future);
  EXPECT_TRUE(future.Has("date"));
}

}  // namespace
}  // namespace alongside
