// The stage a supporter sees on the caseload and a parent on their page: weeks of
// pregnancy counted as midwives count them, then the baby's age, then the 0–2 and 2–5 bands.

#include <gtest/gtest.h>

#include <chrono>

#include "core/families/journey_stage.hpp"

namespace alongside {
namespace {

Baby Expected(Date due) {
  Baby baby;
  baby.due_date = due;
  return baby;
}

Baby Born(Date birth, std::string name = "") {
  Baby baby;
  baby.birth_date = birth;
  baby.name = std::move(name);
  return baby;
}

Millis Utc(int y, unsigned m, unsigned d, int hh = 0, int mm = 0) {
  using namespace std::chrono;
  const sys_days date{year{y} / month{m} / day{d}};
  return duration_cast<milliseconds>(date.time_since_epoch()).count() + hh * kHour + mm * kMinute;
}

TEST(CoreFamilyJourneyStage, CountsWeeksOfPregnancyFromTheDueDate) {
  const Date due{2027, 3, 14};
  // 14 March 2027 - 280 days = 7 June 2026: the first day of pregnancy.
  auto stage = StageOfBaby(Expected(due), {2026, 6, 7});
  EXPECT_EQ(stage.label, "Less than 1 week pregnant");
  EXPECT_EQ(stage.gestation, "0+0");
  stage = StageOfBaby(Expected(due), {2026, 6, 14});
  EXPECT_EQ(stage.label, "1 week pregnant");
  // 24 weeks and 3 days (171 days): 109 days before the due date.
  stage = StageOfBaby(Expected(due), AddDays(due, -109));
  EXPECT_EQ(stage.band, JourneyBand::kPregnancy);
  EXPECT_EQ(stage.pregnancy_weeks, 24);
  EXPECT_EQ(stage.pregnancy_days, 3);
  EXPECT_EQ(stage.gestation, "24+3");
  EXPECT_EQ(stage.label, "24 weeks pregnant");
  EXPECT_EQ(stage.band_label, "Pregnancy");
  EXPECT_TRUE(stage.check.empty());
}

TEST(CoreFamilyJourneyStage, IsFortyWeeksOnTheDueDate) {
  const Date due{2027, 3, 14};
  auto stage = StageOfBaby(Expected(due), due);
  EXPECT_EQ(stage.gestation, "40+0");
  EXPECT_EQ(stage.label, "40 weeks pregnant (due today)");
  stage = StageOfBaby(Expected(due), {2027, 3, 13});
  EXPECT_EQ(stage.gestation, "39+6");
  EXPECT_EQ(stage.label, "39 weeks pregnant");
}

TEST(CoreFamilyJourneyStage, ShowsAnOverduePregnancyAsFortyPlusDays) {
  const Date due{2027, 3, 14};
  auto stage = StageOfBaby(Expected(due), {2027, 3, 17});
  EXPECT_EQ(stage.days_overdue, 3);
  EXPECT_EQ(stage.gestation, "40+3");
  EXPECT_EQ(stage.label, "40+3 weeks pregnant (3 days past the due date)");
  EXPECT_TRUE(stage.check.empty());
  stage = StageOfBaby(Expected(due), {2027, 3, 15});
  EXPECT_EQ(stage.label, "40+1 weeks pregnant (1 day past the due date)");
  // Two weeks over is still possible; beyond that the birth has probably not been recorded.
  EXPECT_TRUE(StageOfBaby(Expected(due), {2027, 3, 28}).check.empty());
  stage = StageOfBaby(Expected(due), {2027, 3, 29});
  EXPECT_EQ(stage.label, "40+15 weeks pregnant (15 days past the due date)");
  EXPECT_EQ(stage.check, "More than 2 weeks past the due date: has the baby been born? Add the birth date.");
}

TEST(CoreFamilyJourneyStage, AsksToCheckADueDateMoreThanFortyWeeksAway) {
  const auto stage = StageOfBaby(Expected({2027, 3, 14}), {2026, 6, 6});
  EXPECT_EQ(stage.label, "Due date is more than 40 weeks away");
  EXPECT_FALSE(stage.check.empty());
}

TEST(CoreFamilyJourneyStage, TheDayBeforeBirthIsPregnancyAndTheDayOfBirthIsBorn) {
  Baby baby = Expected({2027, 3, 14});
  EXPECT_EQ(StageOfBaby(baby, {2027, 3, 9}).label, "39 weeks pregnant");
  baby.birth_date = Date{2027, 3, 10};
  auto stage = StageOfBaby(baby, {2027, 3, 10});
  EXPECT_EQ(stage.band, JourneyBand::kUnderTwo);
  EXPECT_EQ(stage.label, "Born today");
  EXPECT_EQ(stage.band_label, "0\u20132");
  baby.name = "Amara";
  EXPECT_EQ(StageOfBaby(baby, {2027, 3, 10}).label, "Amara was born today");
  EXPECT_EQ(StageOfBaby(baby, {2027, 3, 11}).label, "Amara is 1 day old");
}

TEST(CoreFamilyJourneyStage, GivesABabysAgeInDaysThenWeeksThenMonths) {
  const Date birth{2027, 1, 10};
  EXPECT_EQ(StageOfBaby(Born(birth), {2027, 1, 16}).label, "Baby is 6 days old");
  EXPECT_EQ(StageOfBaby(Born(birth), {2027, 1, 17}).label, "Baby is 1 week old");
  EXPECT_EQ(StageOfBaby(Born(birth), {2027, 1, 31}).label, "Baby is 3 weeks old");
  EXPECT_EQ(StageOfBaby(Born(birth), {2027, 4, 9}).label, "Baby is 12 weeks old");
  EXPECT_EQ(StageOfBaby(Born(birth), {2027, 4, 10}).label, "Baby is 3 months old");
  const auto stage = StageOfBaby(Born(birth), {2027, 8, 20});
  EXPECT_EQ(stage.label, "Baby is 7 months old");
  EXPECT_EQ(stage.age_months, 7);
  EXPECT_EQ(StageOfBaby(Born(birth), {2028, 1, 9}).label, "Baby is 11 months old");
}

TEST(CoreFamilyJourneyStage, CountsYearsAndMonthsFromTheFirstBirthday) {
  const Date birth{2027, 1, 10};
  EXPECT_EQ(StageOfBaby(Born(birth), {2028, 1, 10}).label, "Child is 1 year old");
  EXPECT_EQ(StageOfBaby(Born(birth), {2028, 3, 12}).label, "Child is 1 year 2 months old");
  EXPECT_EQ(StageOfBaby(Born(birth, "Noah"), {2028, 2, 10}).label, "Noah is 1 year 1 month old");
}

TEST(CoreFamilyJourneyStage, MovesIntoTwoToFiveOnTheSecondBirthday) {
  const Date birth{2027, 1, 10};
  auto stage = StageOfBaby(Born(birth), {2029, 1, 9});
  EXPECT_EQ(stage.band, JourneyBand::kUnderTwo);
  EXPECT_EQ(stage.label, "Child is 1 year 11 months old");
  stage = StageOfBaby(Born(birth), {2029, 1, 10});
  EXPECT_EQ(stage.band, JourneyBand::kTwoToFive);
  EXPECT_EQ(stage.band_label, "2\u20135");
  EXPECT_EQ(stage.label, "Child is 2 years old");
}

TEST(CoreFamilyJourneyStage, IsBeyondTheAgeRangeFromTheFifthBirthday) {
  const Date birth{2027, 1, 10};
  auto stage = StageOfBaby(Born(birth), {2032, 1, 9});
  EXPECT_EQ(stage.band, JourneyBand::kTwoToFive);
  EXPECT_TRUE(stage.check.empty());
  stage = StageOfBaby(Born(birth), {2032, 1, 10});
  EXPECT_EQ(stage.band, JourneyBand::kBeyondFive);
  EXPECT_EQ(stage.band_label, "Over 5");
  EXPECT_EQ(stage.label, "Child is 5 years old");
  EXPECT_EQ(stage.check, "Over 5: beyond the age range the programme supports");
}

TEST(CoreFamilyJourneyStage, ALeapDayBabyTurnsOneOnTheFirstOfMarch) {
  const Date birth{2028, 2, 29};
  EXPECT_EQ(StageOfBaby(Born(birth), {2029, 2, 28}).label, "Baby is 11 months old");
  EXPECT_EQ(StageOfBaby(Born(birth), {2029, 3, 1}).label, "Child is 1 year old");
  // Pregnancy across 29 February counts the extra day: due 1 March 2028.
  const auto stage = StageOfBaby(Expected({2028, 3, 1}), {2028, 2, 28});
  EXPECT_EQ(stage.gestation, "39+5");
}

TEST(CoreFamilyJourneyStage, TheDayChangesAtMidnightInLondonAcrossTheClockChange) {
  // Due 2 April 2027, after the clocks went forward on 28 March.
  const std::vector<Baby> babies{Expected({2027, 4, 2})};
  // 23:30 UTC on 1 April is 00:30 BST on 2 April: the due date has arrived in London.
  EXPECT_EQ(StageOfFamily(babies, Utc(2027, 4, 1, 22, 59)).gestation, "39+6");
  EXPECT_EQ(StageOfFamily(babies, Utc(2027, 4, 1, 23, 30)).gestation, "40+0");
  // Before the change, on GMT, London midnight is UTC midnight.
  EXPECT_EQ(StageOfFamily(babies, Utc(2027, 3, 20, 23, 30)).gestation, "38+1");
  EXPECT_EQ(StageOfFamily(babies, Utc(2027, 3, 21, 0, 0)).gestation, "38+2");
}

TEST(CoreFamilyJourneyStage, NamesTwinsTogether) {
  Baby first = Expected({2027, 3, 14});
  first.multiple_birth_group = "pregnancy-1";
  Baby second = first;
  EXPECT_EQ(StageOfFamily({first, second}, Date{2026, 11, 25}).label, "24 weeks pregnant with twins");
  first.birth_date = second.birth_date = Date{2027, 2, 20};
  EXPECT_EQ(StageOfFamily({first, second}, Date{2027, 3, 13}).label, "Twins are 3 weeks old");
  EXPECT_EQ(StageOfFamily({first, second}, Date{2027, 2, 20}).label, "Twins born today");
  Baby third = first;
  EXPECT_EQ(StageOfFamily({first, second, third}, Date{2028, 4, 20}).label, "Triplets are 1 year 2 months old");
}

TEST(CoreFamilyJourneyStage, AFamilyIsAtTheStageOfItsMostRecentBaby) {
  const Baby toddler = Born({2025, 6, 1}, "Maya");
  const Baby baby = Born({2027, 1, 10});
  const Baby expected = Expected({2028, 3, 14});
  EXPECT_EQ(StageOfFamily({toddler, baby}, Date{2027, 1, 31}).label, "Baby is 3 weeks old");
  EXPECT_EQ(StageOfFamily({baby, toddler}, Date{2027, 1, 31}).label, "Baby is 3 weeks old");
  // A new pregnancy is where the support is now.
  EXPECT_EQ(StageOfFamily({toddler, expected, baby}, Date{2027, 11, 25}).label, "24 weeks pregnant");
}

TEST(CoreFamilyJourneyStage, SaysWhatIsMissingWhenThereAreNoDates) {
  EXPECT_EQ(StageOfFamily({}, Date{2027, 1, 1}).label, "No baby recorded yet");
  const auto stage = StageOfFamily({Baby{}}, Date{2027, 1, 1});
  EXPECT_EQ(stage.band, JourneyBand::kUnknown);
  EXPECT_EQ(stage.label, "No due date or birth date recorded");
  EXPECT_EQ(StageOfBaby(Born({2027, 2, 1}), {2027, 1, 1}).label, "Birth date is in the future");
}

}  // namespace
}  // namespace alongside
