// Suggestion rules: which services fit a family (coverage, pregnancy, the baby's age at the
// edges of a range), every reason in words, needs met, involved services marked, and ranking.

#include <gtest/gtest.h>

#include "core/suggestions/suggestion_rules.hpp"

namespace alongside {
namespace {

constexpr Date kToday{2027, 3, 15};

Service MakeService(const std::string& id, ServiceLevel level = ServiceLevel::kCommunity) {
  Service s;
  s.id = id;
  s.name = id;
  s.level = level;
  s.coverage = {{CoverageKind::kPostcodeDistrict, "RV1"}};
  return s;
}

Baby BornOn(Date birth, const std::string& name = "Layla") {
  Baby b;
  b.birth_date = birth;
  b.name = name;
  return b;
}

Baby DueOn(Date due) {
  Baby b;
  b.due_date = due;
  return b;
}

SuggestionFacts Facts(const std::vector<Baby>& babies, const std::string& baby_name = "Layla") {
  SuggestionFacts facts;
  facts.stage = StageOfFamily(babies, kToday);
  facts.baby_name = baby_name;
  facts.postcode_district = "RV1";
  return facts;
}

std::vector<std::string> Ids(const std::vector<Suggestion>& suggestions) {
  std::vector<std::string> ids;
  for (const auto& s : suggestions) ids.push_back(s.service.id);
  return ids;
}

Suggestion Only(const std::vector<Suggestion>& suggestions) {
  EXPECT_EQ(suggestions.size(), 1u);
  return suggestions.at(0);
}

TEST(SuggestionRules, CoverageByDistrictWholeAreaOrAuthorityAndOthersDropped) {
  auto here = MakeService("here");
  auto lower_case = MakeService("lower");
  lower_case.coverage = {{CoverageKind::kPostcodeDistrict, "rv1"}};
  auto everywhere = MakeService("everywhere");
  everywhere.coverage.clear();
  auto elsewhere = MakeService("elsewhere");
  elsewhere.coverage = {{CoverageKind::kPostcodeDistrict, "RV2"}, {CoverageKind::kPostcodeDistrict, "RV10"}};
  auto authority = MakeService("authority");
  authority.coverage = {{CoverageKind::kLocalAuthority, "Riverside Council"}};
  const auto facts = Facts({DueOn({2027, 6, 1})});
  const auto out = SuggestServices(facts, {here, lower_case, everywhere, elsewhere, authority});
  EXPECT_EQ(Ids(out), (std::vector<std::string>{"authority", "everywhere", "here", "lower"}));
  EXPECT_EQ(out[0].reasons.at(0), "Covers Riverside Council");
  EXPECT_EQ(out[1].reasons.at(0), "Covers the whole area");
  EXPECT_EQ(out[2].reasons.at(0), "Covers RV1");
  EXPECT_EQ(out[3].reasons.at(0), "Covers RV1");
}

TEST(SuggestionRules, WithoutAPostcodeCoverageDecidesNothing) {
  auto facts = Facts({DueOn({2027, 6, 1})});
  facts.postcode_district.clear();
  auto elsewhere = MakeService("elsewhere");
  elsewhere.coverage = {{CoverageKind::kPostcodeDistrict, "RV2"}};
  const auto only = Only(SuggestServices(facts, {elsewhere}));
  EXPECT_EQ(only.reasons, (std::vector<std::string>{"Open during pregnancy"}));
}

TEST(SuggestionRules, InPregnancyOnlyServicesOpenDuringPregnancy) {
  auto antenatal = MakeService("antenatal");
  auto after_birth = MakeService("after_birth");
  after_birth.in_pregnancy = false;
  after_birth.max_age_months = 12;
  const auto only = Only(SuggestServices(Facts({DueOn({2027, 6, 1})}), {antenatal, after_birth}));
  EXPECT_EQ(only.service.id, "antenatal");
  EXPECT_EQ(only.reasons, (std::vector<std::string>{"Covers RV1", "Open during pregnancy"}));
}

TEST(SuggestionRules, AgeRangeEdgesAreInclusiveInWholeMonths) {
  auto under_twelve = MakeService("under_twelve");
  under_twelve.in_pregnancy = false;
  under_twelve.max_age_months = 12;
  auto from_six = MakeService("from_six");
  from_six.min_age_months = 6;
  // Born 15 March 2026: exactly 12 months on 15 March 2027.
  auto out = SuggestServices(Facts({BornOn({2026, 3, 15})}), {under_twelve, from_six});
  EXPECT_EQ(Ids(out), (std::vector<std::string>{"from_six", "under_twelve"}));
  EXPECT_EQ(out[1].reasons.at(1), "For babies up to 12 months; Layla is 12 months");
  EXPECT_EQ(out[0].reasons.at(1), "For babies from 6 months; Layla is 12 months");
  // One day younger than 6 months; then 13 months old.
  EXPECT_EQ(Ids(SuggestServices(Facts({BornOn({2026, 9, 16})}), {under_twelve, from_six})),
            (std::vector<std::string>{"under_twelve"}));
  EXPECT_EQ(Ids(SuggestServices(Facts({BornOn({2026, 9, 15})}), {under_twelve, from_six})),
            (std::vector<std::string>{"from_six", "under_twelve"}));
  EXPECT_EQ(Ids(SuggestServices(Facts({BornOn({2026, 2, 14})}), {under_twelve, from_six})),
            (std::vector<std::string>{"from_six"}));
}

TEST(SuggestionRules, AgeReasonsNameTheBabyOrSayTheBaby) {
  auto range = MakeService("range");
  range.min_age_months = 3;
  range.max_age_months = 24;
  auto facts = Facts({BornOn({2026, 10, 1})}, "Layla");
  EXPECT_EQ(Only(SuggestServices(facts, {range})).reasons.at(1), "For babies from 3 to 24 months; Layla is 5 months");
  facts.baby_name.clear();
  EXPECT_EQ(Only(SuggestServices(facts, {range})).reasons.at(1),
            "For babies from 3 to 24 months; the baby is 5 months");
  auto newborn = MakeService("newborn");
  newborn.max_age_months = 2;
  EXPECT_EQ(Only(SuggestServices(Facts({BornOn({2027, 3, 1})}, "Noah"), {newborn})).reasons.at(1),
            "For babies up to 2 months; Noah is under 1 month");
  auto any_age = MakeService("any_age");
  EXPECT_EQ(Only(SuggestServices(Facts({BornOn({2026, 10, 1})}), {any_age})).reasons,
            (std::vector<std::string>{"Covers RV1"}));
}

TEST(SuggestionRules, WithoutDatesTheStageDecidesNothing) {
  auto after_birth = MakeService("after_birth");
  after_birth.in_pregnancy = false;
  after_birth.max_age_months = 12;
  EXPECT_EQ(Only(SuggestServices(Facts({}), {after_birth})).reasons, (std::vector<std::string>{"Covers RV1"}));
}

TEST(SuggestionRules, EachNeedMetIsAReasonWithWhereItCameFrom) {
  auto facts = Facts({DueOn({2027, 6, 1})});
  facts.needs = {{"parental_mental_health", "Parental mental health", "a focus for this family"},
                 {"housing", "Housing", "from the needs conversation"},
                 {"parental_mental_health", "Parental mental health", "from the needs conversation"}};
  auto wellbeing = MakeService("wellbeing");
  wellbeing.needs = {"parental_mental_health", "housing", "money"};
  const auto only = Only(SuggestServices(facts, {wellbeing}));
  EXPECT_EQ(only.needs_met, 2);
  EXPECT_EQ(only.reasons, (std::vector<std::string>{"Covers RV1", "Open during pregnancy",
                                                    "For parental mental health, a focus for this family",
                                                    "For housing, from the needs conversation"}));
}

TEST(SuggestionRules, RankedByNeedsMetThenNearestLevelCommunityFirstThenName) {
  auto facts = Facts({DueOn({2027, 6, 1})});
  facts.needs = {{"parental_mental_health", "Parental mental health", "a focus for this family"},
                 {"antenatal", "Antenatal", "a focus for this family"}};
  auto both = MakeService("both", ServiceLevel::kSpecialist);
  both.needs = {"parental_mental_health", "antenatal"};
  auto one_targeted = MakeService("one_targeted", ServiceLevel::kTargeted);
  one_targeted.needs = {"antenatal"};
  auto one_community = MakeService("one_community", ServiceLevel::kCommunity);
  one_community.needs = {"parental_mental_health"};
  auto none_b = MakeService("none_b", ServiceLevel::kUniversal);
  auto none_a = MakeService("none_a", ServiceLevel::kUniversal);
  const std::vector<Service> all{none_b, one_targeted, none_a, both, one_community};
  EXPECT_EQ(Ids(SuggestServices(facts, all)),
            (std::vector<std::string>{"both", "one_community", "one_targeted", "none_a", "none_b"}));
  // A family already seen at the targeted level: targeted first among equals, then the
  // levels either side with community-side first on a tie.
  facts.current_level = ServiceLevel::kTargeted;
  auto specialist = MakeService("specialist", ServiceLevel::kSpecialist);
  EXPECT_EQ(Ids(SuggestServices(facts, {specialist, none_a, one_community, one_targeted})),
            (std::vector<std::string>{"one_targeted", "one_community", "none_a", "specialist"}));
}

TEST(SuggestionRules, InvolvedServicesAreMarkedNotDroppedAndArchivedOnesAreDropped) {
  auto facts = Facts({DueOn({2027, 6, 1})});
  facts.involved = {{"food", "Signposted on 1 March 2027"}};
  auto food = MakeService("food");
  auto archived = MakeService("archived");
  archived.status = ServiceStatus::kArchived;
  const auto only = Only(SuggestServices(facts, {food, archived}));
  EXPECT_EQ(only.involvement, "Signposted on 1 March 2027");
}

TEST(SuggestionRules, AgeInWholeMonthsInWords) {
  EXPECT_EQ(AgeInMonthsWords(0), "under 1 month");
  EXPECT_EQ(AgeInMonthsWords(1), "1 month");
  EXPECT_EQ(AgeInMonthsWords(14), "14 months");
}

}  // namespace
}  // namespace alongside
