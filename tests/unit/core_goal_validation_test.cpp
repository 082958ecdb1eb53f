// What a goal, a step, a progress note and the end of a goal must be: the family's words
// kept as they wrote them (trimmed), every problem reported at its field at once.

#include <gtest/gtest.h>

#include <map>

#include "core/goals/goal_validation.hpp"

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

TEST(CoreGoalValidation, KeepsTheFamilysOwnWordsAndItsSteps) {
  Validation v;
  const auto goal = ValidateGoalForm({"  I want to feel confident bathing the twins \n", "bonding_with_baby",
                                      {"Watch Sam bath them once", "", "  Bath one twin with my mum there "}},
                                     v);
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(goal.text, "I want to feel confident bathing the twins");
  ASSERT_TRUE(goal.area.has_value());
  EXPECT_EQ(*goal.area, GoalArea::kBondingWithBaby);
  EXPECT_EQ(goal.steps, (std::vector<std::string>{"Watch Sam bath them once", "Bath one twin with my mum there"}));
}

TEST(CoreGoalValidation, AreaIsOptional) {
  Validation v;
  const auto goal = ValidateGoalForm({"Get out of the house once a day", "", {}}, v);
  EXPECT_TRUE(v.ok());
  EXPECT_FALSE(goal.area.has_value());
}

TEST(CoreGoalValidation, ReportsEveryBadFieldAtOnce) {
  Validation v;
  ValidateGoalForm({"   ", "not_an_area", {"ok", std::string(301, 'x'), "bad\x01step"}}, v);
  const auto messages = Messages(v);
  EXPECT_EQ(messages.at("text"), "Enter the goal in the family's own words");
  EXPECT_EQ(messages.at("area"), "Select a goal area from the list, or none");
  EXPECT_EQ(messages.at("step_2"), "Keep the step to 300 characters or fewer");
  EXPECT_EQ(messages.at("step_3"), "Remove the unusual characters from the step");
  EXPECT_EQ(messages.count("step_1"), 0u);
}

TEST(CoreGoalValidation, GoalTextIsCountedInCharactersNotBytes) {
  Validation ok;
  std::string welsh;
  for (int i = 0; i < 500; ++i) welsh += "ŵ";  // two bytes each
  ValidateGoalForm({welsh, "", {}}, ok);
  EXPECT_TRUE(ok.ok());
  Validation too_long;
  ValidateGoalForm({welsh + "a", "", {}}, too_long);
  EXPECT_EQ(Messages(too_long).at("text"), "Keep the goal to 500 characters or fewer");
}

TEST(CoreGoalValidation, ProgressIsDatedTodayUnlessADayIsGiven) {
  Validation v;
  auto entry = ValidateProgressForm({" Bathed Amir on my own! ", ""}, kToday, v);
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(entry.note, "Bathed Amir on my own!");
  EXPECT_EQ(entry.date, kToday);
  entry = ValidateProgressForm({"Went to the group", "12/3/2027"}, kToday, v);
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(entry.date, (Date{2027, 3, 12}));
}

TEST(CoreGoalValidation, ProgressNeedsANoteAndARealPastDate) {
  Validation v;
  ValidateProgressForm({"", "31 2 2027"}, kToday, v);
  auto messages = Messages(v);
  EXPECT_EQ(messages.at("note"), "Enter how it is going");
  EXPECT_EQ(messages.at("date"), "Enter a real date, for example 14 3 2027");
  Validation future;
  ValidateProgressForm({"Looking forward", "15 3 2027"}, kToday, future);
  EXPECT_EQ(Messages(future).at("date"), "The date must be today or earlier");
}

TEST(CoreGoalValidation, AGoalEndsAchievedChangedOrLetGo) {
  Validation v;
  auto decision = ValidateStatusForm({"achieved", " We did it ", "", ""}, v);
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(decision.status, GoalStatus::kAchieved);
  EXPECT_EQ(decision.note, "We did it");
  EXPECT_FALSE(decision.new_goal.has_value());

  decision = ValidateStatusForm({"let_go", "", "ignored", ""}, v);
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(decision.status, GoalStatus::kLetGo);
  EXPECT_FALSE(decision.new_goal.has_value());
}

TEST(CoreGoalValidation, AChangedGoalNeedsWhatItBecame) {
  Validation v;
  const auto decision = ValidateStatusForm({"changed", "", "Bath both twins together", "bonding_with_baby"}, v);
  EXPECT_TRUE(v.ok());
  ASSERT_TRUE(decision.new_goal.has_value());
  EXPECT_EQ(decision.new_goal->text, "Bath both twins together");
  EXPECT_EQ(decision.new_goal->area, GoalArea::kBondingWithBaby);

  Validation missing;
  ValidateStatusForm({"changed", "", " ", "nope"}, missing);
  const auto messages = Messages(missing);
  EXPECT_EQ(messages.at("new_text"), "Enter what the goal has become, in the family's words");
  EXPECT_EQ(messages.at("new_area"), "Select a goal area from the list, or none");
}

TEST(CoreGoalValidation, ActiveIsNotAnEnding) {
  for (const char* status : {"", "active", "done"}) {
    Validation v;
    ValidateStatusForm({status, "", "", ""}, v);
    EXPECT_EQ(Messages(v).at("status"), "Select what has happened with this goal") << status;
  }
}

TEST(CoreGoalValidation, AreaAndStatusCodesRoundTrip) {
  EXPECT_EQ(AllGoalAreas().size(), 11u);
  for (auto area : AllGoalAreas()) {
    EXPECT_EQ(GoalAreaFromCode(GoalAreaCode(area)), area);
    EXPECT_FALSE(GoalAreaLabel(area).empty());
  }
  EXPECT_EQ(GoalAreaLabel(GoalArea::kFeedingWithConfidence), "Feeding my baby with confidence");
  for (auto status : {GoalStatus::kActive, GoalStatus::kAchieved, GoalStatus::kChanged, GoalStatus::kLetGo})
    EXPECT_EQ(GoalStatusFromCode(GoalStatusCode(status)), status);
  EXPECT_FALSE(GoalStatusFromCode("Achieved").has_value());
}

}  // namespace
}  // namespace alongside
