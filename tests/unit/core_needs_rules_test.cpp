// The level of need rules: every rule shipped in data/needs/level-rules.json fires at its
// edge and not just past it, the highest level wins with every reason listed, and a bad
// rules document is refused with messages naming the rule.

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "core/common/data_file.hpp"
#include "core/needs/level_rules_document.hpp"
#include "core/needs/needs_conversation.hpp"
#include "alongside_paths.hpp"  // ALONGSIDE_SOURCE_DIR

namespace alongside {
namespace {

const std::vector<std::string> kPressures = {"housing", "food", "money", "work", "immigration", "isolation"};

LevelRules ShippedRules() {
  return ReadLevelRules(ReadDataFile(std::string(ALONGSIDE_SOURCE_DIR) + "/data/needs/level-rules.json"), kPressures);
}

/// Every domain "getting by" (3), nothing ticked: no shipped rule fires.
NeedsAnswers Neutral() {
  NeedsAnswers answers;
  for (const auto& code : kDomainCodes) answers.domains.push_back({code, 3, "", ""});
  return answers;
}

NeedsAnswers Rated(const std::string& domain, int rating) {
  auto answers = Neutral();
  for (auto& d : answers.domains)
    if (d.domain == domain) d.rating = rating;
  return answers;
}

NeedsAnswers AllRated(int rating, std::vector<std::string> pressures = {}) {
  auto answers = Neutral();
  for (auto& d : answers.domains) d.rating = rating;
  answers.pressures = std::move(pressures);
  return answers;
}

NeedsAnswers WithPressures(std::vector<std::string> pressures) {
  auto answers = Neutral();
  answers.pressures = std::move(pressures);
  return answers;
}

NeedsAnswers WithAdversity(SensitiveCategory category) {
  auto answers = Neutral();
  answers.adversities = {category};
  return answers;
}

NeedsAnswers WithFocus(FocusArea area) {
  auto answers = Neutral();
  answers.focus_areas = {area};
  return answers;
}

std::set<std::string> Fired(const LevelRules& rules, const NeedsAnswers& answers) {
  std::set<std::string> ids;
  for (const auto& reason : Suggest(rules, answers).reasons) ids.insert(reason.rule_id);
  return ids;
}

struct Edge {
  NeedsAnswers fires;
  NeedsAnswers does_not_fire;
};

/// For each shipped rule: answers at its edge where it fires, and just past the edge.
std::map<std::string, Edge> Edges() {
  using SC = SensitiveCategory;
  return {
      {"going_well", {AllRated(4), AllRated(4, {"work"})}},
      {"relationship_hard", {Rated("nurturing_relationship", 2), Rated("nurturing_relationship", 3)}},
      {"relationship_struggling", {Rated("nurturing_relationship", 1), Rated("nurturing_relationship", 2)}},
      {"self_capacity_hard", {Rated("caregiver_self_capacity", 2), Rated("caregiver_self_capacity", 3)}},
      {"self_capacity_struggling", {Rated("caregiver_self_capacity", 1), Rated("caregiver_self_capacity", 2)}},
      {"support_hard", {Rated("navigating_support", 2), Rated("navigating_support", 3)}},
      {"housing", {WithPressures({"housing"}), WithPressures({"work"})}},
      {"food", {WithPressures({"food"}), WithPressures({"work"})}},
      {"money", {WithPressures({"money"}), WithPressures({"work"})}},
      {"isolation", {WithPressures({"isolation"}), WithPressures({"work"})}},
      {"several_pressures", {WithPressures({"work", "immigration", "housing"}), WithPressures({"work", "immigration"})}},
      {"antenatal_focus", {WithFocus(FocusArea::kAntenatal), WithFocus(FocusArea::kNeonatalCare)}},
      {"neonatal_focus", {WithFocus(FocusArea::kNeonatalCare), WithFocus(FocusArea::kAntenatal)}},
      {"mental_health_focus", {WithFocus(FocusArea::kParentalMentalHealth), WithFocus(FocusArea::kAntenatal)}},
      {"social_care_focus", {WithFocus(FocusArea::kChildrensSocialCare), WithFocus(FocusArea::kAntenatal)}},
      {"poverty", {WithAdversity(SC::kPoverty), WithAdversity(SC::kCoupleConflict)}},
      {"mental_health_adversity", {WithAdversity(SC::kParentalMentalHealth), WithAdversity(SC::kPoverty)}},
      {"couple_conflict", {WithAdversity(SC::kCoupleConflict), WithAdversity(SC::kPoverty)}},
      {"partner_violence", {WithAdversity(SC::kIntimatePartnerViolence), WithAdversity(SC::kCoupleConflict)}},
      {"substance_misuse", {WithAdversity(SC::kSubstanceMisuse), WithAdversity(SC::kPoverty)}},
      {"safeguarding", {WithAdversity(SC::kSafeguarding), WithAdversity(SC::kPoverty)}},
  };
}

TEST(NeedsRules, EveryShippedRuleFiresAtItsEdgeAndNotPastIt) {
  const auto rules = ShippedRules();
  const auto edges = Edges();
  ASSERT_FALSE(rules.rules.empty());
  for (const auto& rule : rules.rules) {
    const auto edge = edges.find(rule.id);
    ASSERT_NE(edge, edges.end()) << "no edge test for the shipped rule " << rule.id;
    EXPECT_TRUE(Fired(rules, edge->second.fires).count(rule.id)) << rule.id << " did not fire at its edge";
    EXPECT_FALSE(Fired(rules, edge->second.does_not_fire).count(rule.id)) << rule.id << " fired past its edge";
  }
  EXPECT_EQ(edges.size(), rules.rules.size()) << "an edge test names a rule the file no longer has";
}

TEST(NeedsRules, NothingFiringGivesTheDefaultWithItsReason) {
  const auto suggestion = Suggest(ShippedRules(), Neutral());
  EXPECT_EQ(suggestion.level, ServiceLevel::kUniversal);
  ASSERT_EQ(suggestion.reasons.size(), 1u);
  EXPECT_EQ(suggestion.reasons[0].rule_id, "");
  EXPECT_NE(suggestion.reasons[0].because.find("midwives and health visitors"), std::string::npos);
  EXPECT_TRUE(suggestion.kinds.empty());
}

TEST(NeedsRules, GoingWellEverywhereSuggestsCommunity) {
  const auto suggestion = Suggest(ShippedRules(), AllRated(5));
  EXPECT_EQ(suggestion.level, ServiceLevel::kCommunity);
  ASSERT_EQ(suggestion.reasons.size(), 1u);
  EXPECT_EQ(suggestion.reasons[0].rule_id, "going_well");
}

TEST(NeedsRules, TheHighestLevelWinsAndEveryReasonIsListedHighestFirst) {
  auto answers = Rated("caregiver_self_capacity", 1);
  answers.pressures = {"housing", "money"};
  answers.adversities = {SensitiveCategory::kPoverty};
  const auto suggestion = Suggest(ShippedRules(), answers);
  EXPECT_EQ(suggestion.level, ServiceLevel::kSpecialist);
  std::vector<std::string> ids;
  for (const auto& reason : suggestion.reasons) ids.push_back(reason.rule_id);
  EXPECT_EQ(ids, (std::vector<std::string>{"self_capacity_struggling", "self_capacity_hard", "poverty", "housing", "money"}));
  EXPECT_EQ(suggestion.reasons[0].level, ServiceLevel::kSpecialist);
  EXPECT_EQ(suggestion.reasons.back().level, ServiceLevel::kUniversal);
  // Kinds in the order first suggested, each with every rule's reason.
  std::vector<std::string> kinds;
  for (const auto& kind : suggestion.kinds) kinds.push_back(kind.code);
  EXPECT_EQ(kinds, (std::vector<std::string>{"parental_mental_health", "housing", "money", "food"}));
  EXPECT_EQ(suggestion.kinds[0].because.size(), 2u);
  EXPECT_EQ(suggestion.kinds[2].because,
            (std::vector<std::string>{"money or debt is a pressure on the family", "the family is living in poverty"}));
}

TEST(NeedsRules, AnUnratedDomainFiresNoRatingRule) {
  auto answers = Neutral();
  answers.domains[0].rating.reset();
  answers.domains[1].rating = 4;
  answers.domains[2].rating = 4;
  EXPECT_FALSE(Fired(ShippedRules(), answers).count("going_well"));  // "every" needs every domain rated
  EXPECT_FALSE(Fired(ShippedRules(), answers).count("relationship_hard"));
}

TEST(NeedsRules, AnyAndAllCombine) {
  const auto rules = ReadLevelRules(R"({"format": "alongside.needs-rules/1",
    "default": {"level": "community", "because": "nothing else"},
    "rules": [{"id": "either", "level": "targeted", "because": "one or the other",
               "when": {"any": [{"rating": {"domain": "any", "at_most": 1}}, {"adversity": "any"}]}},
              {"id": "both", "level": "specialist", "because": "both at once",
               "when": {"all": [{"pressure": "any"}, {"rating": {"domain": "navigating_support", "at_least": 2, "at_most": 2}}]}}]})",
                                    kPressures);
  EXPECT_EQ(Suggest(rules, Neutral()).level, ServiceLevel::kCommunity);
  EXPECT_EQ(Suggest(rules, Rated("navigating_support", 1)).level, ServiceLevel::kTargeted);
  EXPECT_EQ(Suggest(rules, WithAdversity(SensitiveCategory::kSafeguarding)).level, ServiceLevel::kTargeted);
  auto both = Rated("navigating_support", 2);
  both.pressures = {"food"};
  EXPECT_EQ(Suggest(rules, both).level, ServiceLevel::kSpecialist);
  both.domains[2].rating = 3;
  EXPECT_EQ(Suggest(rules, both).level, ServiceLevel::kCommunity);
}

std::vector<std::string> Problems(const std::string& document,
                                  const std::optional<std::vector<std::string>>& pressures = kPressures) {
  try {
    ReadLevelRules(document, pressures);
  } catch (const Invalid& invalid) {
    std::vector<std::string> messages;
    for (const auto& e : invalid.errors()) {
      EXPECT_EQ(e.field, "document");
      messages.push_back(e.message);
    }
    return messages;
  }
  return {};
}

std::string WithRules(const std::string& rules) {
  return R"({"format": "alongside.needs-rules/1", "default": {"level": "universal", "because": "x"}, "rules": [)" +
         rules + "]}";
}

TEST(NeedsRulesDocument, MalformedJsonIsOneMessage) {
  EXPECT_EQ(Problems("{\"rules\": ["),
            (std::vector<std::string>{"The rules are not a JSON object: check brackets, commas and quotes"}));
  EXPECT_EQ(Problems("[]").size(), 1u);
}

TEST(NeedsRulesDocument, MessagesNameTheRule) {
  const auto problems = Problems(WithRules(
      R"({"id": "ok", "when": {"pressure": "food"}, "level": "targeted", "because": "fine"},
         {"id": "urgent", "when": {"pressure": "food"}, "level": "urgent", "because": "x"},
         {"id": "bad_domain", "when": {"rating": {"domain": "sleep", "at_most": 2}}, "level": "targeted", "because": "x"},
         {"id": "bad_pressure", "when": {"pressure": "weather"}, "level": "targeted", "because": "x"},
         {"id": "ok", "when": {"focus_area": "antenatal"}, "level": "targeted", "because": "x"},
         {"id": "never", "when": {"rating": {"domain": "any", "at_least": 4, "at_most": 2}}, "level": "targeted", "because": "x"},
         {"id": "no_reason", "when": {"adversity": "poverty"}, "level": "targeted"},
         {"id": "bad_kind", "when": {"adversity": "poverty"}, "level": "targeted", "because": "x", "kinds": ["ponies"]},
         {"id": "two_keys", "when": {"pressure": "food", "adversity": "poverty"}, "level": "targeted", "because": "x"},
         {"id": "unknown", "when": {"weather": "rain"}, "level": "targeted", "because": "x"},
         {"id": "no_bounds", "when": {"rating": {"domain": "any"}}, "level": "targeted", "because": "x"},
         {"id": "statutory", "when": {"pressure": "food"}, "level": "statutory", "because": "x"})"));
  const std::vector<std::string> expected = {
      "Rule 2 (urgent): level \"urgent\" is not one of community, universal, targeted, specialist",
      "Rule 3 (bad_domain): domain \"sleep\" is not a domain code, any or every",
      "Rule 4 (bad_pressure): pressure \"weather\" is not a known code",
      "Rule 5 (ok): another rule has the same id",
      "Rule 6 (never): \"at_least\" is more than \"at_most\", so it can never fire",
      "Rule 7 (no_reason): \"because\" is missing",
      "Rule 8 (bad_kind): kind \"ponies\" is not a service need code",
      "Rule 9 (two_keys): each condition must be an object with exactly one of rating, pressure, pressures, adversity, "
      "focus_area, all, any",
      "Rule 10 (unknown): \"weather\" is not a kind of condition",
      "Rule 11 (no_bounds): give \"at_least\" or \"at_most\"",
      "Rule 12 (statutory): level \"statutory\" is not one of community, universal, targeted, specialist",
  };
  EXPECT_EQ(problems, expected);
}

TEST(NeedsRulesDocument, LocalPressuresOfTheAreaMayBeNamed) {
  const auto document = WithRules(R"({"id": "caring", "when": {"pressure": "caring_for_others"}, "level": "targeted", "because": "x"})");
  EXPECT_EQ(Problems(document).size(), 1u);
  auto with_local = kPressures;
  with_local.push_back("caring_for_others");
  EXPECT_TRUE(Problems(document, with_local).empty());
  EXPECT_TRUE(Problems(document, std::nullopt).empty());
}

TEST(NeedsRulesDocument, TheDefaultAndTheListAreRequired) {
  const auto problems = Problems(R"({"format": "alongside.needs-rules/2"})");
  EXPECT_EQ(problems, (std::vector<std::string>{
                          "The document: \"format\" must be \"alongside.needs-rules/1\"",
                          "The default: \"default\" must be an object with level and because",
                          "The document: \"rules\" must be a list"}));
}

TEST(NeedsRulesDocument, ASuggestionIsStoredAndReadBackAsItWas) {
  auto answers = Rated("caregiver_self_capacity", 1);
  answers.adversities = {SensitiveCategory::kPoverty};
  const auto suggestion = Suggest(ShippedRules(), answers);
  EXPECT_EQ(ReadSuggestion(WriteSuggestion(suggestion)), suggestion);
}

}  // namespace
}  // namespace alongside
