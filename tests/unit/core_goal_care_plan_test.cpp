// What a care plan must be: what matters to the family, a review date that is today or
// later, and "who does what by when" rows where a blank row is simply left out.

#include <gtest/gtest.h>

#include <map>

#include "core/care_plans/care_plan.hpp"

namespace alongside {
namespace {

std::map<std::string, std::string> Messages(const Validation& v) {
  std::map<std::string, std::string> out;
  try {
    v.ThrowIfAny();
  } catch (const Invalid& invalid) {
    for (const auto& e : invalid.errors()) out[e.field] = e.message;
  }
  return out;
}

const Date kToday{2027, 3, 14};

TEST(CoreGoalCarePlan, ReadsThePlanAndSkipsBlankRows) {
  Validation v;
  const auto plan = ValidateCarePlanForm(
      {" Feeling less alone. Amir and Zara sleeping better. ", "30 4 2027",
       {{"Me", "Go to the Tuesday baby group", "21/3/2027"}, {" ", "", ""}, {"Sam (supporter)", "Find a sling library", ""}}},
      kToday, v);
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(plan.what_matters, "Feeling less alone. Amir and Zara sleeping better.");
  EXPECT_EQ(plan.review_date, (Date{2027, 4, 30}));
  ASSERT_EQ(plan.actions.size(), 2u);
  EXPECT_EQ(plan.actions[0].who, "Me");
  EXPECT_EQ(plan.actions[0].by_when, (Date{2027, 3, 21}));
  EXPECT_EQ(plan.actions[1].what, "Find a sling library");
  EXPECT_FALSE(plan.actions[1].by_when.has_value());
}

TEST(CoreGoalCarePlan, ReportsEachProblemAtItsField) {
  Validation v;
  ValidateCarePlanForm({"", "13 3 2027", {{"", "", ""}, {"Me", "", "soon"}, {"", "Call the GP", ""}}}, kToday, v);
  const auto messages = Messages(v);
  EXPECT_EQ(messages.at("what_matters"), "Enter what matters to the family, in their words");
  EXPECT_EQ(messages.at("review_date"), "The review date must be today or later");
  EXPECT_EQ(messages.at("action_2_what"), "Enter what will be done (action 2)");
  EXPECT_EQ(messages.at("action_2_by_when"),
            "Enter a real date for action 2, for example 14 3 2027, or leave it blank");
  EXPECT_EQ(messages.at("action_3_who"), "Enter who will do this (action 3)");
  EXPECT_EQ(messages.count("action_1_who"), 0u);
}

TEST(CoreGoalCarePlan, ReviewDateIsNeededAndReal) {
  Validation missing;
  ValidateCarePlanForm({"Sleep", "", {}}, kToday, missing);
  EXPECT_EQ(Messages(missing).at("review_date"), "Enter the date to look at the plan together again");
  Validation unreal;
  ValidateCarePlanForm({"Sleep", "30 2 2027", {}}, kToday, unreal);
  EXPECT_EQ(Messages(unreal).at("review_date"), "Enter a real review date, for example 14 3 2027");
  Validation today;
  ValidateCarePlanForm({"Sleep", "2027-03-14", {}}, kToday, today);
  EXPECT_TRUE(today.ok());
}

TEST(CoreGoalCarePlan, LimitsLengthsAndRows) {
  Validation v;
  std::vector<CarePlanActionForm> rows(kMaxCarePlanActions + 1, {"Me", "Rest", ""});
  rows[0].what = std::string(kMaxActionTextLength + 1, 'x');
  ValidateCarePlanForm({std::string(kMaxWhatMattersLength + 1, 'y'), "1 4 2027", rows}, kToday, v);
  const auto messages = Messages(v);
  EXPECT_EQ(messages.at("action_1_what"), "Keep what will be done to 500 characters or fewer");
  EXPECT_NE(messages.at("what_matters").find("4000"), std::string::npos);
  EXPECT_EQ(messages.at("action_31_who"), "A plan can have up to 30 actions");
}

TEST(CoreGoalCarePlan, ActionFieldNames) {
  EXPECT_EQ(CarePlanActionField(3, "by_when"), "action_3_by_when");
}

}  // namespace
}  // namespace alongside
