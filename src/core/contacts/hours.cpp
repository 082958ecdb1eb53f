#include "core/contacts/hours.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace alongside {

Month MonthOf(const Date& date) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", date.year, date.month);
  return text;
}

bool IsMonth(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6})
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  const int month = (text[5] - '0') * 10 + (text[6] - '0');
  return month >= 1 && month <= 12;
}

Month MonthBefore(const Month& month, int months) {
  const Date first{std::stoi(month.substr(0, 4)), std::stoi(month.substr(5, 2)), 1};
  return MonthOf(AddMonths(first, -months));
}

std::string FormatMonth(const Month& month) {
  if (!IsMonth(month)) return month;
  // "1 November 2026" without the day.
  return FormatDate(Date{std::stoi(month.substr(0, 4)), std::stoi(month.substr(5, 2)), 1}).substr(2);
}

std::string FormatMinutes(std::int64_t minutes) {
  const auto hours = minutes / 60;
  const auto rest = minutes % 60;
  std::string text;
  if (hours > 0 || rest == 0) text = std::to_string(hours) + (hours == 1 ? " hour" : " hours");
  if (rest > 0) text += (text.empty() ? "" : " ") + std::to_string(rest) + (rest == 1 ? " minute" : " minutes");
  return text;
}

}  // namespace alongside
