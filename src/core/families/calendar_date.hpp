#pragma once
/// Calendar dates without a time of day: due dates, birth dates, dates of birth. A due date
/// is a day in the family's life, not an instant, so it is kept as a civil date and never
/// as UTC milliseconds (which would move by a day for anyone reading it across midnight).

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "core/common/clock.hpp"

namespace alongside {

struct Date {
  int year = 1970;
  int month = 1;  ///< 1..12
  int day = 1;    ///< 1..31

  friend auto operator<=>(const Date&, const Date&) = default;
};

/// True for a day that exists in the Gregorian calendar (29 February only in leap years).
bool IsValidDate(int year, int month, int day);
bool IsValidDate(const Date& date);
bool IsLeapYear(int year);

/// Days since 1970-01-01 (negative before); exact across leap years.
long DaysSinceEpoch(const Date& date);
Date DateFromDaysSinceEpoch(long days);
Date AddDays(const Date& date, long days);
/// `to` minus `from`, in days.
long DaysBetween(const Date& from, const Date& to);
/// The same day of the month `months` later, or the last day of that month when it is
/// shorter (31 January + 1 month = 28 or 29 February).
Date AddMonths(const Date& date, int months);
/// Whole calendar months from `from` to `to` (`to` >= `from`). A month is complete on the
/// same day of the month, or on the 1st of the next month when that day does not exist:
/// so a baby born on 29 February is 12 months old on 1 March of a common year, as UK law
/// counts a birthday.
int WholeMonthsBetween(const Date& from, const Date& to);

/// Today's date in the UK (Europe/London) at this instant: 23:30 UTC on 30 June is already
/// 1 July in London.
Date LondonDateOf(Millis utc);

/// Reads a date as people type it: "14 3 2027", "14/03/2027", "14.3.2027", "14-3-2027",
/// "14 March 2027", "14 Mar 2027", or the ISO form "2027-03-14" that a date input sends.
/// Years must have four digits. Returns nothing for anything else or a day that does not exist.
std::optional<Date> ParseDate(std::string_view text);
/// "14 March 2027"
std::string FormatDate(const Date& date);
/// "2027-03-14", for storage and the API.
std::string IsoDate(const Date& date);

}  // namespace alongside
