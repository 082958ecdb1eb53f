// Times are stored in UTC and shown in UK time; a visit logged at 00:30 UTC in summer
// happened at 1:30am in London, on that date, and must read so.

#include <gtest/gtest.h>

#include <chrono>

#include "core/common/london_time.hpp"

namespace alongside {
namespace {

Millis Utc(int y, unsigned m, unsigned d, int hh = 0, int mm = 0, int ss = 0, int ms = 0) {
  using namespace std::chrono;
  const sys_days date{year{y} / month{m} / day{d}};
  return duration_cast<milliseconds>(date.time_since_epoch()).count() + hh * kHour + mm * kMinute +
         ss * kSecond + ms;
}

TEST(CoreLondonTime, ClocksGoForwardAtOneUtcOnTheLastSundayOfMarch) {
  // 2026-03-29 is the last Sunday of March.
  EXPECT_EQ(LondonOffset(Utc(2026, 3, 29, 0, 59, 59, 999)), 0);
  EXPECT_EQ(LondonOffset(Utc(2026, 3, 29, 1, 0, 0)), kHour);
  EXPECT_EQ(FormatLondonDateTime(Utc(2026, 3, 29, 0, 59, 59)), "29 March 2026, 12:59am");
  EXPECT_EQ(FormatLondonDateTime(Utc(2026, 3, 29, 1, 0, 0)), "29 March 2026, 2:00am");
  // The Sunday before is still winter time.
  EXPECT_EQ(LondonOffset(Utc(2026, 3, 22, 12)), 0);
}

TEST(CoreLondonTime, ClocksGoBackAtOneUtcOnTheLastSundayOfOctober) {
  // 2026-10-25 is the last Sunday of October; 1am London happens twice.
  EXPECT_EQ(LondonOffset(Utc(2026, 10, 25, 0, 59, 59, 999)), kHour);
  EXPECT_EQ(LondonOffset(Utc(2026, 10, 25, 1, 0, 0)), 0);
  EXPECT_EQ(FormatLondonDateTime(Utc(2026, 10, 25, 0, 59, 59)), "25 October 2026, 1:59am");
  EXPECT_EQ(FormatLondonDateTime(Utc(2026, 10, 25, 1, 0, 0)), "25 October 2026, 1:00am");
  EXPECT_EQ(FormatLondonDateTime(Utc(2026, 10, 25, 0, 0, 0)), "25 October 2026, 1:00am");
}

TEST(CoreLondonTime, ChangeDatesFollowTheCalendarInOtherYears) {
  struct Change {
    int year;
    unsigned march_day;
    unsigned october_day;
  };
  // Last Sundays, including a year where the 31st itself is the Sunday (2024 March, 2027 October).
  for (const Change c : {Change{2024, 31, 27}, Change{2025, 30, 26}, Change{2027, 28, 31}, Change{2028, 26, 29}}) {
    SCOPED_TRACE(c.year);
    EXPECT_EQ(LondonOffset(Utc(c.year, 3, c.march_day, 0, 59, 59, 999)), 0);
    EXPECT_EQ(LondonOffset(Utc(c.year, 3, c.march_day, 1)), kHour);
    EXPECT_EQ(LondonOffset(Utc(c.year, 10, c.october_day, 0, 59, 59, 999)), kHour);
    EXPECT_EQ(LondonOffset(Utc(c.year, 10, c.october_day, 1)), 0);
  }
  EXPECT_EQ(LondonOffset(Utc(2026, 1, 15, 12)), 0);
  EXPECT_EQ(LondonOffset(Utc(2026, 7, 15, 12)), kHour);
  EXPECT_EQ(LondonOffset(Utc(2026, 12, 31, 23, 59, 59)), 0);
}

TEST(CoreLondonTime, MidnightInSummerIsElevenPmUtcTheDayBefore) {
  EXPECT_EQ(FormatLondonDate(Utc(2026, 6, 30, 22, 59, 59)), "30 June 2026");
  EXPECT_EQ(FormatLondonDateTime(Utc(2026, 6, 30, 22, 59, 59)), "30 June 2026, 11:59pm");
  EXPECT_EQ(FormatLondonDate(Utc(2026, 6, 30, 23, 0, 0)), "1 July 2026");
  EXPECT_EQ(FormatLondonDateTime(Utc(2026, 6, 30, 23, 0, 0)), "1 July 2026, 12:00am");
}

TEST(CoreLondonTime, MidnightInWinterIsMidnightUtcAcrossTheNewYear) {
  EXPECT_EQ(FormatLondonDateTime(Utc(2026, 12, 31, 23, 59, 59)), "31 December 2026, 11:59pm");
  EXPECT_EQ(FormatLondonDate(Utc(2026, 12, 31, 23, 59, 59, 999)), "31 December 2026");
  EXPECT_EQ(FormatLondonDateTime(Utc(2027, 1, 1, 0, 0, 0)), "1 January 2027, 12:00am");
  EXPECT_EQ(FormatLondonDate(Utc(2027, 1, 1)), "1 January 2027");
}

TEST(CoreLondonTime, TwelveHourClockWithMinutesAlwaysTwoDigits) {
  EXPECT_EQ(FormatLondonDateTime(Utc(2026, 11, 23, 9, 15)), "23 November 2026, 9:15am");  // the header's example
  EXPECT_EQ(FormatLondonDateTime(Utc(2026, 11, 23, 12, 0)), "23 November 2026, 12:00pm");
  EXPECT_EQ(FormatLondonDateTime(Utc(2026, 11, 23, 11, 59)), "23 November 2026, 11:59am");
  EXPECT_EQ(FormatLondonDateTime(Utc(2026, 11, 23, 13, 5)), "23 November 2026, 1:05pm");
  EXPECT_EQ(FormatLondonDateTime(Utc(2026, 5, 4, 13, 5)), "4 May 2026, 2:05pm");  // BST
  // Seconds and milliseconds are dropped, never rounded up into the next minute.
  EXPECT_EQ(FormatLondonDateTime(Utc(2026, 11, 23, 9, 15, 59, 999)), "23 November 2026, 9:15am");
}

TEST(CoreLondonTime, EveryMonthHasItsName) {
  const char* names[] = {"January", "February", "March",     "April",   "May",      "June",
                         "July",    "August",   "September", "October", "November", "December"};
  for (unsigned m = 1; m <= 12; ++m)
    EXPECT_EQ(FormatLondonDate(Utc(2026, m, 15, 12)), "15 " + std::string(names[m - 1]) + " 2026");
  EXPECT_EQ(FormatLondonDate(Utc(2028, 2, 29, 12)), "29 February 2028");  // leap day
}

TEST(CoreLondonTime, TimesBeforeTheEpochStillFormat) {
  // Dates of birth of grandparents in a shared-care network can be before 1970.
  EXPECT_EQ(FormatLondonDate(Utc(1960, 1, 2, 12)), "2 January 1960");
  EXPECT_EQ(FormatLondonDateTime(Utc(1960, 1, 2, 23, 30)), "2 January 1960, 11:30pm");
}

}  // namespace
}  // namespace alongside
