#include "core/programme/volunteer_activity.hpp"

#include <algorithm>
#include <map>

#include "core/common/text.hpp"
#include "core/programme/volunteer.hpp"
#include "core/programme/volunteer_form.hpp"

namespace alongside {

TimeEntry ValidateTimeForm(const TimeForm& form, const Date& today) {
  Validation v;
  TimeEntry entry;
  if (const auto activity = TimeActivityFromCode(form.activity)) entry.activity = *activity;
  else v.Add("activity", "Choose what the time was for");
  const auto text = Trim(form.on_date);
  const auto date = ParseDate(text);
  if (text.empty()) v.Add("on_date", "Enter the date");
  else if (!date) v.Add("on_date", "Enter a real date, like 14 3 2026");
  else if (*date > today) v.Add("on_date", "The date cannot be in the future");
  else if (*date < AddMonths(today, -12)) v.Add("on_date", "Time must be logged within a year");
  else entry.on_date = *date;
  const auto minutes_text = Trim(form.minutes);
  const bool digits = !minutes_text.empty() && minutes_text.size() <= 5 &&
                      std::all_of(minutes_text.begin(), minutes_text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (minutes_text.empty()) v.Add("minutes", "Enter how many minutes");
  else if (!digits) v.Add("minutes", "Enter the minutes as a whole number, like 90");
  else {
    entry.minutes = std::stoll(minutes_text);
    if (entry.minutes < 1 || entry.minutes > 1440) v.Add("minutes", "Minutes must be between 1 and 1,440 (a day)");
  }
  entry.note = Trim(form.note);
  if (entry.note.size() > 500) v.Add("note", "Note must be 500 characters or fewer");
  v.ThrowIfAny();
  return entry;
}

AvailabilityDetails ValidateAvailabilityForm(const AvailabilityForm& form) {
  Validation v;
  AvailabilityDetails d;
  for (const auto& code : form.availability) {
    if (!IsAvailabilitySlotCode(code)) {
      v.Add("availability", "Choose from the list");
      break;
    }
    if (std::find(d.availability.begin(), d.availability.end(), code) == d.availability.end())
      d.availability.push_back(code);
  }
  d.max_families = CheckMaxFamilies(v, form.max_families, std::nullopt);
  d.languages = CheckLanguages(v, form.languages);
  d.lived_experience = CheckLivedExperience(v, form.lived_experience);
  v.ThrowIfAny();
  return d;
}

std::string ActivityLabel(const std::string& activity) {
  if (activity == kContactActivity) return "Contacts with families";
  if (const auto a = TimeActivityFromCode(activity)) return std::string(TimeActivityLabel(*a));
  return activity;
}

HoursGiven SumHoursGiven(const std::vector<ActivityMinutes>& contacts, const std::vector<TimeEntry>& time,
                         const Month& this_month) {
  HoursGiven out;
  std::vector<std::string> order{std::string(kContactActivity)};
  for (auto a : AllTimeActivities()) order.emplace_back(TimeActivityCode(a));
  for (const auto& code : order) out.by_activity.push_back({code, ActivityLabel(code)});
  out.total = {"total", "Total"};
  const Month year_ago = MonthBefore(this_month, 11);
  std::map<std::pair<int, std::size_t>, std::int64_t> years;
  auto add = [&](const Month& month, const std::string& activity, std::int64_t minutes) {
    const auto at = static_cast<std::size_t>(std::find(order.begin(), order.end(), activity) - order.begin());
    if (at >= order.size()) return;
    for (auto* t : {&out.by_activity[at], &out.total}) {
      t->all_time += minutes;
      if (month >= year_ago && month <= this_month) t->last_12_months += minutes;
      if (month == this_month) t->this_month += minutes;
    }
    years[{std::stoi(month.substr(0, 4)), at}] += minutes;
  };
  for (const auto& c : contacts) add(c.month, c.activity, c.minutes);
  for (const auto& t : time) add(MonthOf(t.on_date), std::string(TimeActivityCode(t.activity)), t.minutes);
  for (auto it = years.rbegin(); it != years.rend(); ++it) {
    if (it->second == 0) continue;
    out.by_year.push_back({it->first.first, order[it->first.second], ActivityLabel(order[it->first.second]), it->second});
  }
  // Newest year first, activities in order within a year.
  std::stable_sort(out.by_year.begin(), out.by_year.end(), [&](const YearActivity& a, const YearActivity& b) {
    if (a.year != b.year) return a.year > b.year;
    return std::find(order.begin(), order.end(), a.activity) < std::find(order.begin(), order.end(), b.activity);
  });
  return out;
}

}  // namespace alongside
