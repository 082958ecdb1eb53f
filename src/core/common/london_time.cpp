#include "core/common/london_time.hpp"

#include <array>
#include <chrono>

namespace alongside {
namespace {

using namespace std::chrono;

/// UTC milliseconds of 01:00 UTC on the last Sunday of the month.
Millis LastSundayAtOneUtc(int year, unsigned month) {
  const year_month_day_last last{year_month_day_last{std::chrono::year{year}, month_day_last{std::chrono::month{month}}}};
  const sys_days last_day{last};
  const weekday wd{last_day};
  const sys_days sunday = last_day - days{(wd.c_encoding() + 7 - 0) % 7};
  return duration_cast<milliseconds>((sunday + hours{1}).time_since_epoch()).count();
}

struct Civil {
  int year;
  unsigned month;
  unsigned day;
  long hour;
  long minute;
};

Civil ToCivil(Millis local) {
  const sys_time<milliseconds> tp{milliseconds{local}};
  const auto day_point = floor<days>(tp);
  const year_month_day ymd{day_point};
  const auto since_midnight = duration_cast<minutes>(tp - day_point).count();
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
          since_midnight / 60, since_midnight % 60};
}

constexpr std::array<const char*, 12> kMonths{"January", "February", "March",     "April",   "May",      "June",
                                             "July",    "August",   "September", "October", "November", "December"};

}  // namespace

Millis LondonOffset(Millis utc) {
  const int year = static_cast<int>(year_month_day{floor<days>(sys_time<milliseconds>{milliseconds{utc}})}.year());
  const Millis start = LastSundayAtOneUtc(year, 3);
  const Millis end = LastSundayAtOneUtc(year, 10);
  return (utc >= start && utc < end) ? kHour : 0;
}

std::string FormatLondonDate(Millis utc) {
  const Civil c = ToCivil(utc + LondonOffset(utc));
  return std::to_string(c.day) + " " + kMonths[c.month - 1] + " " + std::to_string(c.year);
}

std::string FormatLondonDateTime(Millis utc) {
  const Civil c = ToCivil(utc + LondonOffset(utc));
  const long hour12 = c.hour % 12 == 0 ? 12 : c.hour % 12;
  std::string minute = std::to_string(c.minute);
  if (minute.size() < 2) minute = "0" + minute;
  return std::to_string(c.day) + " " + kMonths[c.month - 1] + " " + std::to_string(c.year) + ", " +
         std::to_string(hour12) + ":" + minute + (c.hour < 12 ? "am" : "pm");
}

}  // namespace alongside
