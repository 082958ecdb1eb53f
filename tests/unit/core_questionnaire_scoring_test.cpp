// Scoring of the shipped questionnaires (data/questionnaires/) against hand-worked examples,
// every band edge on both sides, the PHQ-9 item 9 safety alert, and the unscored item.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/common/data_file.hpp"
#include "core/questionnaires/questionnaire_document.hpp"
#include "core/questionnaires/questionnaire_scoring.hpp"
#include "alongside_paths.hpp"  // ALONGSIDE_SOURCE_DIR

namespace alongside {
namespace {

QuestionnaireDefinition Shipped(const std::string& code) {
  return ParseQuestionnaireDocument(
      ReadDataFile(std::string(ALONGSIDE_SOURCE_DIR) + "/data/questionnaires/" + code + ".json"));
}

/// Answers for items "1".."n" in order, plus the unscored difficulty item when there is one.
QuestionnaireAnswers Answers(const QuestionnaireDefinition& q, std::vector<int> values, int difficulty = 0) {
  QuestionnaireAnswers answers;
  for (std::size_t i = 0; i < values.size(); ++i) answers[std::to_string(i + 1)] = values[i];
  if (q.FindItem("difficulty")) answers["difficulty"] = difficulty;
  return answers;
}

/// Scored items filled in order (3 each, then the rest) to reach `total`; the unscored item,
/// when there is one, gets its highest answer to show it never counts.
QuestionnaireAnswers Summing(const QuestionnaireDefinition& q, int total) {
  QuestionnaireAnswers answers;
  for (const auto& item : q.items) {
    if (!item.scored) {
      answers[item.code] = 3;
      continue;
    }
    const int value = std::min(3, total);
    answers[item.code] = value;
    total -= value;
  }
  EXPECT_EQ(total, 0) << "cannot reach the total";
  return answers;
}

/// Each (total, band) pair: both sides of every edge.
void ExpectBands(const std::string& code, const std::vector<std::pair<int, std::string>>& expected) {
  const auto q = Shipped(code);
  for (const auto& [total, label] : expected) {
    const auto score = Score(q, Summing(q, total));
    EXPECT_EQ(score.total, total) << code;
    EXPECT_EQ(score.band.label, label) << code << " at " << total;
  }
}

const std::vector<std::pair<int, std::string>> kScreenEdges = {
    {0, "Negative screen"}, {2, "Negative screen"}, {3, "Positive screen"}, {6, "Positive screen"}};

TEST(ShippedQuestionnaires, EachReadsAndCitesItsSourceAndTheStatement) {
  for (const char* code : {"phq-9", "gad-7", "phq-2", "gad-2"}) {
    const auto q = Shipped(code);
    EXPECT_EQ(q.code, code);
    EXPECT_NE(q.source.find("Kroenke"), std::string::npos) << code;
    EXPECT_NE(q.licence.find("No permission required to reproduce, translate, display or distribute."),
              std::string::npos)
        << code;
    EXPECT_NE(q.instructions.find("Over the last 2 weeks"), std::string::npos) << code;
  }
}

TEST(Phq9, HandWorkedExampleIsModerate) {
  const auto q = Shipped("phq-9");
  // Items 1-9: 2 + 1 + 3 + 0 + 1 + 2 + 0 + 1 + 0 = 10, in 10-14: moderate. Item 9 is 0: no alert.
  const auto score = Score(q, Answers(q, {2, 1, 3, 0, 1, 2, 0, 1, 0}, 2));
  EXPECT_EQ(score.total, 10);
  EXPECT_EQ(score.band.label, "Moderate");
  EXPECT_EQ(score.min, 0);
  EXPECT_EQ(score.max, 27);
  EXPECT_TRUE(score.alerts.empty());
}

TEST(Phq9, DifficultyQuestionIsAskedButNeverScored) {
  const auto q = Shipped("phq-9");
  ASSERT_NE(q.FindItem("difficulty"), nullptr);
  EXPECT_FALSE(q.FindItem("difficulty")->scored);
  EXPECT_EQ(q.items.size(), 10u);
  EXPECT_EQ(q.scored_items.size(), 9u);
  // 1 + 1 + 1 + 1 + 0 + 0 + 0 + 0 + 0 = 4: minimal. "Extremely difficult" (3) would make it 7 (mild) if counted.
  const auto score = Score(q, Answers(q, {1, 1, 1, 1, 0, 0, 0, 0, 0}, 3));
  EXPECT_EQ(score.total, 4);
  EXPECT_EQ(score.band.label, "Minimal");
}

TEST(Phq9, EveryBandEdge) {
  ExpectBands("phq-9", {{0, "Minimal"}, {4, "Minimal"}, {5, "Mild"}, {9, "Mild"}, {10, "Moderate"}, {14, "Moderate"},
                        {15, "Moderately severe"}, {19, "Moderately severe"}, {20, "Severe"}, {27, "Severe"}});
}

TEST(Phq9, ItemNineAboveZeroRaisesTheSafetyAlert) {
  const auto q = Shipped("phq-9");
  EXPECT_TRUE(Score(q, Answers(q, {0, 0, 0, 0, 0, 0, 0, 0, 0})).alerts.empty());
  for (int value : {1, 2, 3}) {
    // Everything else "not at all": the total is only item 9's answer, yet the alert is raised.
    const auto score = Score(q, Answers(q, {0, 0, 0, 0, 0, 0, 0, 0, value}));
    EXPECT_EQ(score.total, value);
    ASSERT_EQ(score.alerts.size(), 1u) << value;
    EXPECT_EQ(score.alerts[0].rule_code, "self-harm-thoughts");
    EXPECT_EQ(score.alerts[0].severity, AlertSeverity::kUrgent);
    EXPECT_GE(score.alerts[0].steps.size(), 3u);
  }
  // A high score with item 9 at 0 raises none: the alert watches the item, not the total.
  EXPECT_TRUE(Score(q, Answers(q, {3, 3, 3, 3, 3, 3, 3, 3, 0})).alerts.empty());
}

TEST(Phq9, ItemNineIsTheSelfHarmQuestionVerbatim) {
  const auto q = Shipped("phq-9");
  ASSERT_NE(q.FindItem("9"), nullptr);
  EXPECT_EQ(q.FindItem("9")->text, "Thoughts that you would be better off dead or of hurting yourself in some way");
}

TEST(Gad7, HandWorkedExampleIsMild) {
  const auto q = Shipped("gad-7");
  // 1 + 2 + 1 + 1 + 0 + 2 + 0 = 7, in 5-9: mild.
  const auto score = Score(q, Answers(q, {1, 2, 1, 1, 0, 2, 0}, 3));
  EXPECT_EQ(score.total, 7);
  EXPECT_EQ(score.band.label, "Mild");
  EXPECT_EQ(score.max, 21);
  EXPECT_TRUE(score.alerts.empty());
}

TEST(Gad7, EveryBandEdge) {
  ExpectBands("gad-7", {{0, "Minimal"}, {4, "Minimal"}, {5, "Mild"}, {9, "Mild"}, {10, "Moderate"}, {14, "Moderate"},
                        {15, "Severe"}, {21, "Severe"}});
}

TEST(Phq2, HandWorkedExamplesAndEveryEdge) {
  const auto q = Shipped("phq-2");
  // 2 + 1 = 3: a positive screen, which suggests the full PHQ-9.
  const auto positive = Score(q, Answers(q, {2, 1}));
  EXPECT_EQ(positive.total, 3);
  EXPECT_EQ(positive.band.label, "Positive screen");
  EXPECT_EQ(positive.band.follow_up_code, "phq-9");
  // 1 + 1 = 2: negative, nothing to follow up.
  const auto negative = Score(q, Answers(q, {1, 1}));
  EXPECT_EQ(negative.band.label, "Negative screen");
  EXPECT_EQ(negative.band.follow_up_code, "");
  ExpectBands(q.code, kScreenEdges);
}

TEST(Gad2, HandWorkedExamplesAndEveryEdge) {
  const auto q = Shipped("gad-2");
  // 3 + 0 = 3: positive, suggesting the full GAD-7.
  const auto positive = Score(q, Answers(q, {3, 0}));
  EXPECT_EQ(positive.total, 3);
  EXPECT_EQ(positive.band.follow_up_code, "gad-7");
  ExpectBands(q.code, kScreenEdges);
}

TEST(ReadAnswers, EveryItemMissingOrWrongHasItsOwnMessage) {
  const auto q = Shipped("phq-2");
  Validation v;
  const auto answers = ReadAnswers(q, {{"1", "2"}, {"2", "7"}}, v);
  ASSERT_TRUE(v.Has("answer-2"));
  EXPECT_FALSE(v.Has("answer-1"));
  EXPECT_EQ(answers.at("1"), 2);

  Validation none;
  ReadAnswers(q, {}, none);
  EXPECT_TRUE(none.Has("answer-1"));
  EXPECT_TRUE(none.Has("answer-2"));
  try {
    none.ThrowIfAny();
    FAIL();
  } catch (const Invalid& invalid) {
    EXPECT_EQ(invalid.errors().at(0).message, "Choose an answer to question 1");
  }
}

TEST(ReadAnswers, ThePhq9DifficultyQuestionIsRequiredToo) {
  const auto q = Shipped("phq-9");
  std::map<std::string, std::string> raw;
  for (int i = 1; i <= 9; ++i) raw[std::to_string(i)] = "0";
  Validation v;
  ReadAnswers(q, raw, v);
  EXPECT_TRUE(v.Has("answer-difficulty"));
}

}  // namespace
}  // namespace alongside
