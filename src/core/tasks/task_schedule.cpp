#include "core/tasks/task_schedule.hpp"

#include <algorithm>
#include <charconv>

#include "core/common/text.hpp"

namespace alongside {
namespace {

constexpr int kFullTermWeeks = 40;

struct Range {
  const char* field;
  const char* what;     ///< "the days between contacts", after "Enter"
  const char* subject;  ///< "Days between contacts", to start a sentence
  int low;
  int high;
  const char* unit;
};

void ReadWhole(Validation& v, const std::string& text, const Range& range, int& out) {
  const std::string value = Trim(text);
  int number = 0;
  const auto* end = value.data() + value.size();
  const auto [ptr, error] = std::from_chars(value.data(), end, number);
  if (value.empty()) {
    v.Add(range.field, std::string("Enter ") + range.what);
  } else if (error != std::errc() || ptr != end) {
    v.Add(range.field, std::string(range.subject) + " must be a whole number, like " + std::to_string(range.high / 2));
  } else if (number < range.low || number > range.high) {
    v.Add(range.field, std::string(range.subject) + " must be between " + std::to_string(range.low) + " and " +
                           std::to_string(range.high) + (*range.unit ? " " : "") + range.unit);
  } else {
    out = number;
  }
}

std::optional<Date> LatestExpected(const std::vector<BabyDates>& babies) {
  std::optional<Date> latest;
  for (const auto& baby : babies)
    if (!baby.birth_date && baby.due_date && (!latest || *baby.due_date > *latest)) latest = baby.due_date;
  return latest;
}

std::optional<Date> LatestBirth(const std::vector<BabyDates>& babies) {
  std::optional<Date> latest;
  for (const auto& baby : babies)
    if (baby.birth_date && (!latest || *baby.birth_date > *latest)) latest = baby.birth_date;
  return latest;
}

}  // namespace

ProgrammeSchedule ValidateSchedule(const ScheduleForm& form) {
  ProgrammeSchedule schedule;
  Validation v;
  ReadWhole(v, form.contact_interval_days, {"contact_interval_days", "the days between contacts", "Days between contacts", 1, 90, "days"},
            schedule.contact_interval_days);
  ReadWhole(v, form.first_contact_week, {"first_contact_week", "the week of pregnancy", "The week of pregnancy", 4, 40, ""},
            schedule.first_contact_week);
  ReadWhole(v, form.after_birth_days, {"after_birth_days", "the days after the birth", "Days after the birth", 1, 42, "days"},
            schedule.after_birth_days);
  ReadWhole(v, form.plan_review_weeks, {"plan_review_weeks", "the weeks between plan reviews", "Weeks between plan reviews", 1, 52, "weeks"},
            schedule.plan_review_weeks);
  v.ThrowIfAny();
  return schedule;
}

ScheduleForm FormOf(const ProgrammeSchedule& schedule) {
  return {std::to_string(schedule.contact_interval_days), std::to_string(schedule.first_contact_week),
          std::to_string(schedule.after_birth_days), std::to_string(schedule.plan_review_weeks)};
}

std::vector<ScheduledTask> ScheduledTasks(const ScheduleFacts& facts, const ProgrammeSchedule& schedule) {
  std::vector<ScheduledTask> tasks;
  bool first_contact_due = false;
  if (!facts.last_contact_date) {
    if (const auto expected = LatestExpected(facts.babies)) {
      const Date by_week = AddDays(*expected, -7L * (kFullTermWeeks - schedule.first_contact_week));
      tasks.push_back({TaskKind::kFirstContact,
                       "First contact by week " + std::to_string(schedule.first_contact_week) + " of pregnancy",
                       std::max(by_week, facts.recorded_on)});
      first_contact_due = true;
    }
  }
  if (const auto birth = LatestBirth(facts.babies)) {
    const Date window_end = AddDays(*birth, schedule.after_birth_days);
    const bool seen_since = facts.last_contact_date && *facts.last_contact_date >= *birth;
    if (!seen_since && facts.recorded_on <= window_end)
      tasks.push_back({TaskKind::kAfterBirthContact,
                       "Contact within " + std::to_string(schedule.after_birth_days) + " days of the birth",
                       window_end});
  }
  if (!first_contact_due) {
    const Date from = facts.last_contact_date.value_or(facts.recorded_on);
    tasks.push_back({TaskKind::kNextContact, "Next contact due", AddDays(from, schedule.contact_interval_days)});
  }
  if (facts.plan_review_date) {
    tasks.push_back({TaskKind::kPlanReview, "Review the care plan", *facts.plan_review_date});
  } else if (facts.plan_saved_on) {
    tasks.push_back({TaskKind::kPlanReview, "Review the care plan",
                     AddDays(*facts.plan_saved_on, 7L * schedule.plan_review_weeks)});
  }
  return tasks;
}

}  // namespace alongside
