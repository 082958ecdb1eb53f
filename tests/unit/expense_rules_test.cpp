#include <gtest/gtest.h>

#include "core/programme/expense.hpp"
#include "core/programme/volunteer_activity.hpp"

namespace alongside {
namespace {

const Date kToday{2026, 12, 3};

std::vector<std::string> Fields(const Invalid& e) {
  std::vector<std::string> out;
  for (const auto& f : e.errors()) out.push_back(f.field);
  return out;
}

TEST(ExpenseRules, FormatsPenceAsPounds) {
  EXPECT_EQ(FormatPence(1260), "£12.60");
  EXPECT_EQ(FormatPence(45), "£0.45");
  EXPECT_EQ(FormatPence(123400), "£1,234.00");
  EXPECT_EQ(FormatPence(0), "£0.00");
}

TEST(ExpenseRules, ReadsPounds) {
  EXPECT_EQ(ParsePounds("12.60"), 1260);
  EXPECT_EQ(ParsePounds("£12.6"), 1260);
  EXPECT_EQ(ParsePounds("12"), 1200);
  EXPECT_EQ(ParsePounds("12.345"), std::nullopt);
  EXPECT_EQ(ParsePounds("-3"), std::nullopt);
  EXPECT_EQ(ParsePounds("twelve"), std::nullopt);
}

TEST(ExpenseRules, MileageAtTheRateRoundedToThePenny) {
  EXPECT_EQ(MileageAmount(28, 45), 1260);
  EXPECT_EQ(MileageAmount(12.5, 45), 563);  // 562.5p rounds up
  EXPECT_EQ(MileageAmount(0.1, 45), 5);     // 4.5p rounds up
}

TEST(ExpenseRules, AMileageClaimIsWorkedOutFromTheMiles) {
  const auto claim = ValidateExpenseForm({"2026-12-01", "mileage", "28", "", "To the group in Ashby", true}, kToday,
                                         kDefaultPencePerMile);
  EXPECT_EQ(claim.amount_pence, 1260);
  EXPECT_EQ(claim.pence_per_mile, 45);
  EXPECT_TRUE(claim.receipt_held);
}

TEST(ExpenseRules, BadInputGetsAMessageAtEachField) {
  try {
    ValidateExpenseForm({"2027-01-01", "mileage", "lots", "", "", false}, kToday, 45);
    FAIL();
  } catch (const Invalid& e) {
    EXPECT_EQ(Fields(e), (std::vector<std::string>{"spent_on", "miles", "description"}));
  }
  try {
    ValidateExpenseForm({"1 12 2026", "childcare", "", "0", "Nursery", false}, kToday, 45);
    FAIL();
  } catch (const Invalid& e) {
    EXPECT_EQ(Fields(e), (std::vector<std::string>{"amount"}));
  }
  try {
    ValidateExpenseForm({"", "gift", "", "", "x", false}, kToday, 45);
    FAIL();
  } catch (const Invalid& e) {
    EXPECT_EQ(Fields(e), (std::vector<std::string>{"spent_on", "kind"}));
  }
}

TEST(TimeRules, ChecksLoggedTime) {
  const auto ok = ValidateTimeForm({"group", "2026-12-02", "90", "Bumps and babies group"}, kToday);
  EXPECT_EQ(ok.minutes, 90);
  EXPECT_EQ(ok.activity, TimeActivity::kGroup);
  try {
    ValidateTimeForm({"nap", "2027-01-01", "0", ""}, kToday);
    FAIL();
  } catch (const Invalid& e) {
    EXPECT_EQ(Fields(e), (std::vector<std::string>{"activity", "on_date", "minutes"}));
  }
}

TEST(TimeRules, HoursGivenAddContactsAndTimeByActivityAndYear) {
  const std::vector<ActivityMinutes> contacts{{"2026-12", "contacts", 60, 1}, {"2025-06", "contacts", 30, 1}};
  TimeEntry group;
  group.activity = TimeActivity::kGroup;
  group.on_date = Date{2026, 11, 20};
  group.minutes = 90;
  const auto sum = SumHoursGiven(contacts, {group}, "2026-12");
  EXPECT_EQ(sum.total.this_month, 60);
  EXPECT_EQ(sum.total.last_12_months, 150);
  EXPECT_EQ(sum.total.all_time, 180);
  EXPECT_EQ(sum.by_activity[0].label, "Contacts with families");
  ASSERT_EQ(sum.by_year.size(), 3u);
  EXPECT_EQ(sum.by_year[0].year, 2026);
  EXPECT_EQ(sum.by_year[0].activity, "contacts");
  EXPECT_EQ(sum.by_year[1].activity, "group");
  EXPECT_EQ(sum.by_year[2].year, 2025);
}

TEST(AvailabilityRules, ChecksTheForm) {
  const auto d = ValidateAvailabilityForm({{"tue_am", "thu_pm"}, "3", "English, Polish", {"father"}});
  EXPECT_EQ(d.max_families, 3);
  EXPECT_EQ(d.languages.size(), 2u);
  try {
    ValidateAvailabilityForm({{"someday"}, "lots", "", {"astronaut"}});
    FAIL();
  } catch (const Invalid& e) {
    EXPECT_EQ(Fields(e), (std::vector<std::string>{"availability", "max_families", "lived_experience"}));
  }
}

}  // namespace
}  // namespace alongside
