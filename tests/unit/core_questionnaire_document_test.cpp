// Reading and checking questionnaire documents: the example in docs/questionnaires.md (an
// invented instrument) reads, and each kind of mistake is refused with a message naming
// the part at fault.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <string>

#include "core/common/data_file.hpp"
#include "core/questionnaires/questionnaire_document.hpp"
#include "core/questionnaires/questionnaire_scoring.hpp"
#include "alongside_paths.hpp"  // ALONGSIDE_SOURCE_DIR

namespace alongside {
namespace {

/// The ```json block of docs/questionnaires.md, so the documented example is always valid.
std::string DocumentedExample() {
  const auto doc = ReadDataFile(std::string(ALONGSIDE_SOURCE_DIR) + "/docs/questionnaires.md");
  const auto start = doc.find("```json\n");
  const auto end = doc.find("```", start + 8);
  return doc.substr(start + 8, end - start - 8);
}

boost::json::object Example() { return boost::json::parse(DocumentedExample()).as_object(); }

/// Every message the document is refused with, joined by newlines ("" when it reads).
std::string Problems(const boost::json::value& document) {
  try {
    ParseQuestionnaireDocument(boost::json::serialize(document));
    return "";
  } catch (const Invalid& invalid) {
    std::string out;
    for (const auto& e : invalid.errors()) {
      EXPECT_EQ(e.field, "document");
      out += e.message + "\n";
    }
    return out;
  }
}

TEST(QuestionnaireDocument, TheDocumentedExampleReadsAndScores) {
  const auto q = ParseQuestionnaireDocument(DocumentedExample());
  EXPECT_EQ(q.code, "sleep-check");
  EXPECT_EQ(q.items.size(), 4u);
  EXPECT_EQ(q.scored_items, (std::vector<std::string>{"wake", "tired", "unsafe"}));
  EXPECT_EQ(q.MinScore(), 0);
  EXPECT_EQ(q.MaxScore(), 6);
  // wake 1 + tired 2 + unsafe 2 = 5: exhausted; "help" (yes = 1) is not scored; unsafe >= 2 alerts.
  const auto score = Score(q, {{"wake", 1}, {"tired", 2}, {"unsafe", 2}, {"help", 1}});
  EXPECT_EQ(score.total, 5);
  EXPECT_EQ(score.band.label, "Exhausted");
  ASSERT_EQ(score.alerts.size(), 1u);
  EXPECT_EQ(score.alerts[0].severity, AlertSeverity::kHigh);
}

TEST(QuestionnaireDocument, NotJsonOrNotAnObject) {
  EXPECT_NE(Problems(boost::json::array{}).find("must be a JSON object"), std::string::npos);
  try {
    ParseQuestionnaireDocument("{ not json", "document");
    FAIL();
  } catch (const Invalid& invalid) {
    EXPECT_NE(invalid.errors().at(0).message.find("not valid JSON"), std::string::npos);
  }
}

TEST(QuestionnaireDocument, MissingAndMistypedMembersAreNamed) {
  auto doc = Example();
  doc.erase("title");
  doc["edition"] = 7;
  doc["format"] = "something/2";
  const auto problems = Problems(doc);
  EXPECT_NE(problems.find("\"title\" is missing"), std::string::npos) << problems;
  EXPECT_NE(problems.find("\"edition\" must be text"), std::string::npos) << problems;
  EXPECT_NE(problems.find("\"format\" must be \"alongside.questionnaire/1\""), std::string::npos) << problems;
}

TEST(QuestionnaireDocument, UnknownOptionSetNamesTheItem) {
  auto doc = Example();
  doc["items"].as_array()[2].as_object()["options"] = "often";
  EXPECT_NE(Problems(doc).find("items[2] (\"unsafe\"): option set \"often\" is not defined in \"option_sets\""),
            std::string::npos)
      << Problems(doc);
}

TEST(QuestionnaireDocument, DuplicateItemCodeAndOptionValue) {
  auto doc = Example();
  doc["items"].as_array()[1].as_object()["code"] = "wake";
  doc["option_sets"].as_object()["yes_no"].as_array()[1].as_object()["value"] = 0;
  doc.erase("score");
  const auto problems = Problems(doc);
  EXPECT_NE(problems.find("items[1] (\"wake\"): the code \"wake\" is used by an earlier item"), std::string::npos)
      << problems;
  EXPECT_NE(problems.find("option_sets.yes_no: the value 0 is used twice"), std::string::npos) << problems;
}

TEST(QuestionnaireDocument, OverlappingBands) {
  auto doc = Example();
  doc["bands"].as_array()[1].as_object()["min"] = 1;
  EXPECT_NE(Problems(doc).find("bands[1] (\"Some broken sleep\"): overlaps the band before it (0–1)"),
            std::string::npos)
      << Problems(doc);
}

TEST(QuestionnaireDocument, GapBetweenBands) {
  auto doc = Example();
  doc["bands"].as_array()[2].as_object()["min"] = 5;
  EXPECT_NE(Problems(doc).find("bands[2] (\"Exhausted\"): leaves a gap: no band holds 4"), std::string::npos)
      << Problems(doc);
}

TEST(QuestionnaireDocument, BandsMustCoverEveryPossibleScore) {
  auto low = Example();
  low["bands"].as_array()[0].as_object()["min"] = 1;
  EXPECT_NE(Problems(low).find("the lowest possible score, 0, is in no band"), std::string::npos) << Problems(low);
  auto high = Example();
  high["bands"].as_array()[2].as_object()["max"] = 5;
  EXPECT_NE(Problems(high).find("the highest possible score, 6, is in no band"), std::string::npos) << Problems(high);
  auto beyond = Example();
  beyond["bands"].as_array()[2].as_object()["max"] = 9;
  EXPECT_NE(Problems(beyond).find("reach beyond the possible scores 0–6"), std::string::npos) << Problems(beyond);
  auto backwards = Example();
  backwards["bands"].as_array()[0].as_object()["min"] = 2;
  EXPECT_NE(Problems(backwards).find("bands[0] (\"Sleeping well enough\"): min 2 is above max 1"), std::string::npos)
      << Problems(backwards);
}

TEST(QuestionnaireDocument, AlertOnAnUnknownItem) {
  auto doc = Example();
  doc["alerts"].as_array()[0].as_object()["when"].as_object()["item"] = "unsafe2";
  EXPECT_NE(Problems(doc).find("alerts[0] (\"worried-about-baby-safety\"): watches item \"unsafe2\", which is not in "
                               "\"items\""),
            std::string::npos)
      << Problems(doc);
}

TEST(QuestionnaireDocument, AlertThatCanNeverBeMetOrSaysNothingToDo) {
  auto item = Example();
  item["alerts"].as_array()[0].as_object()["when"].as_object()["at_least"] = 3;
  EXPECT_NE(Problems(item).find("no answer to item \"unsafe\" reaches 3"), std::string::npos) << Problems(item);
  auto score = Example();
  score["alerts"].as_array()[0].as_object()["when"] = boost::json::object{{"score", true}, {"at_least", 7}};
  EXPECT_NE(Problems(score).find("a score of 7 can never be reached (the highest is 6)"), std::string::npos)
      << Problems(score);
  auto steps = Example();
  steps["alerts"].as_array()[0].as_object()["steps"] = boost::json::array{};
  steps["alerts"].as_array()[0].as_object()["severity"] = "soon";
  const auto problems = Problems(steps);
  EXPECT_NE(problems.find("\"steps\" must say at least one thing the worker does"), std::string::npos) << problems;
  EXPECT_NE(problems.find("\"severity\" must be \"urgent\" or \"high\", not \"soon\""), std::string::npos) << problems;
}

TEST(QuestionnaireDocument, ScoredSubsetMustNameScoredItems) {
  auto doc = Example();
  doc["score"].as_object()["items"] = boost::json::array{"wake", "help", "nothing"};
  const auto problems = Problems(doc);
  EXPECT_NE(problems.find("score.items: \"help\" is marked \"scored\": false"), std::string::npos) << problems;
  EXPECT_NE(problems.find("score.items: \"nothing\" is not an item of this questionnaire"), std::string::npos)
      << problems;
}

TEST(QuestionnaireDocument, AScoreOnASubsetChangesTheRange) {
  auto doc = Example();
  doc["score"].as_object()["items"] = boost::json::array{"wake", "tired"};
  doc["bands"] = boost::json::array{
      boost::json::object{{"min", 0}, {"max", 4}, {"label", "Any"}, {"meaning", "Everything."}}};
  doc["alerts"] = boost::json::array{};
  const auto q = ParseQuestionnaireDocument(boost::json::serialize(doc));
  EXPECT_EQ(q.MaxScore(), 4);
  EXPECT_EQ(Score(q, {{"wake", 2}, {"tired", 1}, {"unsafe", 2}, {"help", 0}}).total, 3);
}

TEST(QuestionnaireDocument, BadCodes) {
  auto doc = Example();
  doc["code"] = "Sleep Check";
  EXPECT_NE(Problems(doc).find("\"code\" may hold only lower-case letters"), std::string::npos) << Problems(doc);
}

}  // namespace
}  // namespace alongside
