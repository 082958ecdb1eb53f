// The daily digest's words (counts and family names, never what the task is about) and
// when the daily job runs (07:00 UK time, once a UK day, across the clock changes).

#include <gtest/gtest.h>

#include <chrono>

#include "core/tasks/daily_task_job.hpp"
#include "core/tasks/task_digest.hpp"

namespace alongside {
namespace {

Millis Utc(int y, unsigned m, unsigned d, int hh = 0, int mm = 0) {
  using namespace std::chrono;
  const sys_days date{year{y} / month{m} / day{d}};
  return duration_cast<milliseconds>(date.time_since_epoch()).count() + hh * kHour + mm * kMinute;
}

TaskOfFamily Item(const std::string& family_id, const std::string& name, Date due, const std::string& title) {
  TaskOfFamily item;
  item.task.family_id = family_id;
  item.task.due = due;
  item.task.title = title;
  item.family_display_name = name;
  return item;
}

TEST(TaskDigestTest, CountsOverdueAndDueTodayAndNamesEachFamilyOnce) {
  const Date today{2026, 3, 10};
  const auto text = ComposeDigest("Sam", {Item("a", "Amira Khan", {2026, 3, 1}, "Ask about the housing letter"),
                                          Item("a", "Amira Khan", {2026, 3, 9}, "Call back"),
                                          Item("b", "Beth Jones", {2026, 3, 10}, "Visit")},
                                  today, "https://alongside.example");
  ASSERT_TRUE(text);
  EXPECT_EQ(text->subject, "Your tasks for 10 March 2026: 2 overdue, 1 due today");
  EXPECT_NE(text->body.find("Hello Sam,"), std::string::npos);
  EXPECT_NE(text->body.find("You have 2 tasks overdue."), std::string::npos);
  EXPECT_NE(text->body.find("You have 1 task due today."), std::string::npos);
  EXPECT_NE(text->body.find("Families with overdue tasks:\n- Amira Khan\n\n"), std::string::npos);
  EXPECT_NE(text->body.find("Families with tasks due today:\n- Beth Jones\n"), std::string::npos);
  EXPECT_NE(text->body.find("https://alongside.example/tasks"), std::string::npos);
  EXPECT_EQ(text->body.find("housing"), std::string::npos);
}

TEST(TaskDigestTest, NothingOverdueOrDueTodayMeansNoEmail) {
  EXPECT_FALSE(ComposeDigest("Sam", {}, {2026, 3, 10}, "http://x"));
  EXPECT_FALSE(ComposeDigest("Sam", {Item("a", "Amira", {2026, 3, 11}, "Visit")}, {2026, 3, 10}, "http://x"));
}

TEST(TaskDigestTest, TheDailyJobIsDueFromSevenInTheMorningUkTimeOnceADay) {
  // Winter: London is on GMT.
  EXPECT_FALSE(DailyTaskJobDue(Utc(2026, 1, 12, 6, 59), std::nullopt));
  EXPECT_TRUE(DailyTaskJobDue(Utc(2026, 1, 12, 7, 0), std::nullopt));
  EXPECT_FALSE(DailyTaskJobDue(Utc(2026, 1, 12, 9, 0), Date{2026, 1, 12}));
  EXPECT_TRUE(DailyTaskJobDue(Utc(2026, 1, 13, 7, 30), Date{2026, 1, 12}));
  // Summer: 07:00 in London is 06:00 UTC.
  EXPECT_TRUE(DailyTaskJobDue(Utc(2026, 7, 1, 6, 0), std::nullopt));
  EXPECT_FALSE(DailyTaskJobDue(Utc(2026, 7, 1, 5, 59), std::nullopt));
  // 23:30 UTC on 30 June is 00:30 on 1 July in London: a new day, but not yet 07:00.
  EXPECT_FALSE(DailyTaskJobDue(Utc(2026, 6, 30, 23, 30), Date{2026, 6, 30}));
}

}  // namespace
}  // namespace alongside
