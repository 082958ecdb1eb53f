// Due dates and birth dates are days in a family's life: typed the way people type them,
// counted exactly across leap years, and "today" is the UK date, not the UTC one.

#include <gtest/gtest.h>

#include <chrono>

#include "core/families/calendar_date.hpp"

namespace alongside {
namespace {

Millis Utc(int y, unsigned m, unsigned d, int hh = 0, int mm = 0) {
  using namespace std::chrono;
  const sys_days date{year{y} / month{m} / day{d}};
  return duration_cast<milliseconds>(date.time_since_epoch()).count() + hh * kHour + mm * kMinute;
}

TEST(CoreFamilyDate, ReadsTheWaysPeopleTypeADate) {
  const Date expected{2027, 3, 14};
  for (const char* typed : {"14 3 2027", "14/03/2027", "14.3.2027", "14-3-2027", " 14  3  2027 ", "14 March 2027",
                            "14 mar 2027", "2027-03-14", "14 Mar, 2027"}) {
    const auto parsed = ParseDate(typed);
    ASSERT_TRUE(parsed.has_value()) << typed;
    EXPECT_EQ(*parsed, expected) << typed;
  }
}

TEST(CoreFamilyDate, RefusesDaysThatDoNotExistAndShortYears) {
  for (const char* typed : {"", "14 3", "14 3 27", "31 4 2027", "29 2 2027", "0 1 2027", "14 13 2027", "tomorrow",
                            "14 Smarch 2027", "14 3 2027 9", "2027-3-14x"}) {
    EXPECT_FALSE(ParseDate(typed).has_value()) << typed;
  }
  EXPECT_TRUE(ParseDate("29 2 2028").has_value());  // a leap year
  EXPECT_TRUE(ParseDate("29 2 2000").has_value());  // divisible by 400
  EXPECT_FALSE(ParseDate("29 2 1900").has_value()); // divisible by 100 only
}

TEST(CoreFamilyDate, ShowsDatesInWordsAndStoresThemAsIso) {
  EXPECT_EQ(FormatDate({2027, 3, 14}), "14 March 2027");
  EXPECT_EQ(IsoDate({2027, 3, 4}), "2027-03-04");
}

TEST(CoreFamilyDate, CountsDaysAcrossLeapYears) {
  EXPECT_EQ(DaysBetween({2028, 2, 28}, {2028, 3, 1}), 2);
  EXPECT_EQ(DaysBetween({2027, 2, 28}, {2027, 3, 1}), 1);
  EXPECT_EQ(AddDays({2027, 12, 25}, 10), (Date{2028, 1, 4}));
  EXPECT_EQ(AddDays({2027, 3, 14}, -280), (Date{2026, 6, 7}));
  EXPECT_EQ(DaysSinceEpoch({1970, 1, 1}), 0);
}

TEST(CoreFamilyDate, AddsMonthsKeepingTheDayOrTheEndOfAShortMonth) {
  EXPECT_EQ(AddMonths({2027, 1, 31}, 1), (Date{2027, 2, 28}));
  EXPECT_EQ(AddMonths({2028, 1, 31}, 1), (Date{2028, 2, 29}));
  EXPECT_EQ(AddMonths({2027, 11, 15}, 10), (Date{2028, 9, 15}));
}

TEST(CoreFamilyDate, AMonthIsCompleteOnTheSameDayOfTheMonth) {
  EXPECT_EQ(WholeMonthsBetween({2027, 1, 15}, {2027, 2, 14}), 0);
  EXPECT_EQ(WholeMonthsBetween({2027, 1, 15}, {2027, 2, 15}), 1);
  // Born 31 January: the month is complete on 1 March, after a February too short to hold it.
  EXPECT_EQ(WholeMonthsBetween({2027, 1, 31}, {2027, 2, 28}), 0);
  EXPECT_EQ(WholeMonthsBetween({2027, 1, 31}, {2027, 3, 1}), 1);
  // Born on 29 February: a year old on 1 March of a common year, as UK law counts it.
  EXPECT_EQ(WholeMonthsBetween({2028, 2, 29}, {2029, 2, 28}), 11);
  EXPECT_EQ(WholeMonthsBetween({2028, 2, 29}, {2029, 3, 1}), 12);
  EXPECT_EQ(WholeMonthsBetween({2028, 2, 29}, {2032, 2, 29}), 48);
}

TEST(CoreFamilyDate, TodayIsTheDateInLondon) {
  // 23:30 UTC on 30 June is 00:30 BST on 1 July.
  EXPECT_EQ(LondonDateOf(Utc(2027, 6, 30, 23, 30)), (Date{2027, 7, 1}));
  EXPECT_EQ(LondonDateOf(Utc(2027, 6, 30, 22, 59)), (Date{2027, 6, 30}));
  // In winter London is on UTC.
  EXPECT_EQ(LondonDateOf(Utc(2027, 1, 10, 23, 30)), (Date{2027, 1, 10}));
}

}  // namespace
}  // namespace alongside
