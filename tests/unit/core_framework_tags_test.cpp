// The framework's language on other records: every contact topic (but Other) and goal area
// the product offers belongs to a domain in the shipped edition, an adaptation's names follow, and
// records are counted per domain.

#include <gtest/gtest.h>

#include "core/common/data_file.hpp"
#include "core/contacts/contact.hpp"
#include "core/framework/framework_document.hpp"
#include "core/framework/framework_tags.hpp"
#include "core/goals/goal.hpp"
#include "alongside_paths.hpp"  // ALONGSIDE_SOURCE_DIR

namespace alongside {
namespace {

Framework Shipped() {
  return ReadFrameworkDocument(ReadDataFile(std::string(ALONGSIDE_SOURCE_DIR) + "/data/framework/thriving-together.json"));
}

TEST(FrameworkTags, EveryGoalAreaAndContactTopicHasADomain) {
  const Framework f = Shipped();
  for (auto area : AllGoalAreas())
    EXPECT_NE(DomainOfGoalArea(f, GoalAreaCode(area)), nullptr) << GoalAreaCode(area);
  for (auto topic : AllContactTopics()) {
    if (topic == ContactTopic::kOther) continue;  // "Other" says nothing about a domain
    EXPECT_NE(DomainOfContactTopic(f, ContactTopicCode(topic)), nullptr) << ContactTopicCode(topic);
  }
  EXPECT_EQ(DomainOfContactTopic(f, "other"), nullptr);
}

TEST(FrameworkTags, TheDomainIsReadFromTheVersionGiven) {
  Framework f = Shipped();
  EXPECT_EQ(DomainOfGoalArea(f, "bonding_with_baby")->name, "Nurturing the relationship");
  EXPECT_EQ(DomainOfGoalArea(f, "economic_wellbeing")->code, "navigating_support");
  EXPECT_EQ(DomainOfContactTopic(f, "emotional_wellbeing")->code, "caregiver_self_capacity");
  EXPECT_EQ(DomainOfGoalArea(f, "no_such_area"), nullptr);
  EXPECT_EQ(DomainOfContactTopic(f, ""), nullptr);
  f.domains[0].name = "You and your baby";
  EXPECT_EQ(DomainOfGoalArea(f, "bonding_with_baby")->name, "You and your baby");
}

TEST(FrameworkTags, RecordsAreCountedOncePerDomainInDomainOrder) {
  const Framework f = Shipped();
  const auto counts = CountByDomain(f, {{"feeding", "sleep"},                // nurturing, once
                                        {"housing_money_food", "feeding"},  // navigating and nurturing
                                        {"housing_money_food"},
                                        {},
                                        {"unknown_topic"}});
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0].domain_code, "nurturing_relationship");
  EXPECT_EQ(counts[0].domain_name, "Nurturing the relationship");
  EXPECT_EQ(counts[0].count, 2);
  EXPECT_EQ(counts[1].domain_code, "navigating_support");
  EXPECT_EQ(counts[1].count, 2);
  EXPECT_TRUE(CountByDomain(f, {}).empty());
}

}  // namespace
}  // namespace alongside
