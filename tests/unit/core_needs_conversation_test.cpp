// A needs conversation's form: what a draft may hold, what finishing needs, the worker's
// decision (a different level needs a reason) and the comparison over time.

#include <gtest/gtest.h>

#include "core/common/data_file.hpp"
#include "core/framework/framework_document.hpp"
#include "core/needs/needs_conversation.hpp"
#include "core/needs/needs_review.hpp"
#include "alongside_paths.hpp"  // ALONGSIDE_SOURCE_DIR

namespace alongside {
namespace {

const Framework& Shipped() {
  static const Framework framework =
      ReadFrameworkDocument(ReadDataFile(std::string(ALONGSIDE_SOURCE_DIR) + "/data/framework/thriving-together.json"));
  return framework;
}

std::vector<std::string> Fields(const Validation& v) {
  std::vector<std::string> fields;
  try {
    v.ThrowIfAny();
  } catch (const Invalid& invalid) {
    for (const auto& e : invalid.errors()) fields.push_back(e.field);
  }
  return fields;
}

TEST(NeedsForm, ADraftMayLeaveDomainsUnrated) {
  NeedsForm form;
  form.domains = {{"4", "We sing together", "More sleep"}};
  form.pressures = {"housing", "housing", "food"};
  form.focus_areas = {"antenatal"};
  Validation v;
  const auto answers = ValidateNeedsForm(form, Shipped(), v);
  EXPECT_TRUE(v.ok());
  ASSERT_EQ(answers.domains.size(), 3u);
  EXPECT_EQ(answers.domains[0].domain, "nurturing_relationship");
  EXPECT_EQ(answers.domains[0].rating, 4);
  EXPECT_EQ(answers.domains[0].going_well, "We sing together");
  EXPECT_FALSE(answers.domains[1].rating.has_value());
  EXPECT_EQ(answers.pressures, (std::vector<std::string>{"housing", "food"}));
  EXPECT_EQ(answers.focus_areas, (std::vector<FocusArea>{FocusArea::kAntenatal}));
  EXPECT_TRUE(answers.adversities.empty());
}

TEST(NeedsForm, BadInputIsNamedAtEachField) {
  NeedsForm form;
  form.domains = {{"6", "", ""}, {"two", std::string(kMaxNeedsText + 1, 'x'), ""}, {"", "", ""}};
  form.pressures = {"weather"};
  form.adversities = std::vector<std::string>{"gossip"};
  form.focus_areas = {"knitting"};
  Validation v;
  ValidateNeedsForm(form, Shipped(), v);
  EXPECT_EQ(Fields(v), (std::vector<std::string>{"nurturing_relationship_rating", "caregiver_self_capacity_rating",
                                                  "caregiver_self_capacity_going_well", "pressures", "adversities",
                                                  "focus_areas"}));
}

TEST(NeedsForm, FinishingNeedsEveryDomainRated) {
  NeedsForm form;
  form.domains = {{"2", "", ""}, {"", "", ""}, {"", "", ""}};
  Validation v;
  const auto answers = ValidateNeedsForm(form, Shipped(), v);
  CheckNeedsComplete(answers, Shipped(), v);
  EXPECT_EQ(Fields(v), (std::vector<std::string>{"caregiver_self_capacity_rating", "navigating_support_rating"}));
}

TEST(NeedsForm, AnswersGiveTheSameFormBack) {
  NeedsForm form;
  form.domains = {{"1", "a", "b"}, {"2", "c", "d"}, {"", "e", "f"}};
  form.pressures = {"money"};
  form.pressure_note = "Rent went up";
  form.adversities = std::vector<std::string>{"poverty"};
  form.focus_areas = {"neonatal_care"};
  Validation v;
  const auto again = FormOfAnswers(ValidateNeedsForm(form, Shipped(), v), true);
  EXPECT_EQ(again.domains[2].rating, "");
  EXPECT_EQ(again.domains[1].would_help, "d");
  EXPECT_EQ(again.adversities, form.adversities);
  EXPECT_EQ(again.pressure_note, "Rent went up");
  EXPECT_FALSE(FormOfAnswers(ValidateNeedsForm(form, Shipped(), v), false).adversities.has_value());
}

TEST(NeedsDecisionForm, ADifferentLevelNeedsAReason) {
  Validation same;
  const auto decision = ValidateNeedsDecision({"targeted", "", {"housing", "money", "housing"}}, ServiceLevel::kTargeted, same);
  EXPECT_TRUE(same.ok());
  EXPECT_EQ(decision.level, ServiceLevel::kTargeted);
  EXPECT_EQ(decision.needs, (std::vector<std::string>{"housing", "money"}));

  Validation different;
  ValidateNeedsDecision({"specialist", "  ", {}}, ServiceLevel::kTargeted, different);
  EXPECT_EQ(Fields(different), (std::vector<std::string>{"reason"}));

  Validation explained;
  ValidateNeedsDecision({"universal", "Her mum has moved in to help", {}}, ServiceLevel::kTargeted, explained);
  EXPECT_TRUE(explained.ok());

  Validation bad;
  ValidateNeedsDecision({"statutory", "", {"ponies"}}, ServiceLevel::kTargeted, bad);
  EXPECT_EQ(Fields(bad), (std::vector<std::string>{"level", "needs"}));
}

TEST(NeedsReview, EachDomainSaysHowItMoved) {
  NeedsConversation first, latest;
  first.answers.domains = {{"nurturing_relationship", 2, "", ""}, {"caregiver_self_capacity", 3, "", ""},
                           {"navigating_support", 4, "", ""}};
  latest.answers.domains = {{"nurturing_relationship", 4, "", ""}, {"caregiver_self_capacity", 3, "", ""},
                            {"navigating_support", std::nullopt, "", ""}};
  const auto changes = CompareConversations(first, latest, Shipped());
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_EQ(changes[0].words, "better");
  EXPECT_EQ(changes[0].from, 2);
  EXPECT_EQ(changes[0].to, 4);
  EXPECT_EQ(changes[0].name, Shipped().domains[0].name);
  EXPECT_EQ(changes[1].words, "the same");
  EXPECT_EQ(changes[2].words, "not rated");
  latest.answers.domains[2].rating = 1;
  EXPECT_EQ(CompareConversations(first, latest, Shipped())[2].words, "harder");
}

}  // namespace
}  // namespace alongside
