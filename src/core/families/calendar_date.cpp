#include "core/families/calendar_date.hpp"

#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <vector>

#include "core/common/london_time.hpp"
#include "core/common/text.hpp"

namespace alongside {
namespace {

using namespace std::chrono;

constexpr std::array<const char*, 12> kMonthNames{"January", "February", "March",     "April",   "May",      "June",
                                                  "July",    "August",   "September", "October", "November", "December"};

std::optional<int> MonthFromName(std::string_view word) {
  const std::string lower = AsciiLower(word);
  for (int i = 0; i < 12; ++i) {
    const std::string name = AsciiLower(kMonthNames[i]);
    if (lower == name) return i + 1;
    if (lower.size() >= 3 && name.compare(0, lower.size(), lower) == 0) return i + 1;  // "Mar", "Sept"
  }
  return std::nullopt;
}

std::optional<int> Number(std::string_view word, std::size_t max_digits) {
  if (word.empty() || word.size() > max_digits) return std::nullopt;
  int value = 0;
  for (char c : word) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::vector<std::string_view> Words(std::string_view text, bool& iso_shape) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  bool in_word = false;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool separator = i == text.size() || text[i] == ' ' || text[i] == '/' || text[i] == '.' ||
                           text[i] == '-' || text[i] == ',' || text[i] == '\t';
    if (separator && in_word) words.push_back(text.substr(start, i - start));
    if (!separator && !in_word) start = i;
    in_word = !separator;
  }
  iso_shape = !words.empty() && words.front().size() == 4;
  return words;
}

}  // namespace

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool IsValidDate(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int last = month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
  return day <= last;
}

bool IsValidDate(const Date& date) { return IsValidDate(date.year, date.month, date.day); }

long DaysSinceEpoch(const Date& date) {
  const sys_days d{std::chrono::year{date.year} / std::chrono::month{static_cast<unsigned>(date.month)} /
                   std::chrono::day{static_cast<unsigned>(date.day)}};
  return static_cast<long>(d.time_since_epoch().count());
}

Date DateFromDaysSinceEpoch(long days) {
  const year_month_day ymd{sys_days{std::chrono::days{days}}};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Date AddDays(const Date& date, long days) { return DateFromDaysSinceEpoch(DaysSinceEpoch(date) + days); }

long DaysBetween(const Date& from, const Date& to) { return DaysSinceEpoch(to) - DaysSinceEpoch(from); }

Date AddMonths(const Date& date, int months) {
  const int index = date.year * 12 + (date.month - 1) + months;
  Date out{index / 12, index % 12 + 1, date.day};
  while (!IsValidDate(out)) --out.day;
  return out;
}

int WholeMonthsBetween(const Date& from, const Date& to) {
  int months = (to.year - from.year) * 12 + (to.month - from.month);
  // The month is complete when `to` reaches the same day, or passes the end of a month too
  // short to hold it (AddMonths clamps, so compare against the day after the clamped one).
  while (months > 0) {
    const Date anniversary = AddMonths(from, months);
    const Date completes = anniversary.day == from.day ? anniversary : AddDays(anniversary, 1);
    if (to >= completes) break;
    --months;
  }
  return months < 0 ? 0 : months;
}

Date LondonDateOf(Millis utc) {
  const Millis local = utc + LondonOffset(utc);
  const auto day_point = floor<std::chrono::days>(sys_time<milliseconds>{milliseconds{local}});
  return DateFromDaysSinceEpoch(static_cast<long>(day_point.time_since_epoch().count()));
}

std::optional<Date> ParseDate(std::string_view raw) {
  const std::string text = Trim(raw);
  bool iso_shape = false;
  const auto words = Words(text, iso_shape);
  if (words.size() != 3) return std::nullopt;
  std::optional<int> year, month, day;
  if (iso_shape) {
    year = Number(words[0], 4);
    month = Number(words[1], 2);
    day = Number(words[2], 2);
  } else {
    day = Number(words[0], 2);
    month = Number(words[1], 2);
    if (!month) month = MonthFromName(words[1]);
    year = words[2].size() == 4 ? Number(words[2], 4) : std::nullopt;
  }
  if (!year || !month || !day || !IsValidDate(*year, *month, *day)) return std::nullopt;
  return Date{*year, *month, *day};
}

std::string FormatDate(const Date& date) {
  if (date.month < 1 || date.month > 12) return "";
  return std::to_string(date.day) + " " + kMonthNames[date.month - 1] + " " + std::to_string(date.year);
}

std::string IsoDate(const Date& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

}  // namespace alongside
