#include <gtest/gtest.h>

#include "core/matching/match.hpp"
#include "core/matching/matching_rules.hpp"

namespace alongside {
namespace {

VolunteerFacts Active(const std::string& name, const std::string& user) {
  VolunteerFacts v;
  v.volunteer_id = "v-" + name;
  v.user_id = user;
  v.name = name;
  v.stage = VolunteerStage::kActive;
  v.max_families = 2;
  return v;
}

bool HasReason(const std::vector<std::string>& reasons, const std::string& words) {
  for (const auto& r : reasons)
    if (r == words) return true;
  return false;
}

TEST(MatchingRules, SuggestsOnlyActiveVolunteersWithAnAccount) {
  auto training = Active("Tia", "u1");
  training.stage = VolunteerStage::kTraining;
  auto no_account = Active("Nia", "");
  const auto out = SuggestVolunteers({}, {training, no_account, Active("Ana", "u3")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].name, "Ana");
}

TEST(MatchingRules, GivesReasonsInPlainWords) {
  FamilyFacts family;
  family.postcode = "rv2 4ab";
  family.languages = {"Polish"};
  family.neonatal_care = true;
  family.focus_areas = {"parental_mental_health"};
  auto v = Active("Ola", "u1");
  v.postcode = "RV2 9ZZ";
  v.languages = {"English", "polish"};
  v.lived_experience = {"neonatal_care"};
  v.training_topics = {"perinatal_mental_health"};
  v.availability = {"tue_am"};
  v.current_families = 1;
  const auto out = SuggestVolunteers(family, {v});
  ASSERT_EQ(out.size(), 1u);
  const auto& r = out[0].reasons;
  EXPECT_TRUE(HasReason(r, "Lives in RV2, like the family"));
  EXPECT_TRUE(HasReason(r, "Speaks Polish"));
  EXPECT_TRUE(HasReason(r, "Had a baby in neonatal care"));
  EXPECT_TRUE(HasReason(r, "Has done the perinatal mental health training"));
  EXPECT_TRUE(HasReason(r, "Supports 1 family of 2"));
  EXPECT_TRUE(HasReason(r, "Free on Tuesday morning"));
  EXPECT_TRUE(out[0].reasons_against.empty());
}

TEST(MatchingRules, SaysWhyAgainstAndPutsAFullVolunteerLast) {
  FamilyFacts family;
  family.languages = {"Urdu"};
  family.focus_areas = {"childrens_social_care"};
  auto full = Active("Ava", "u1");
  full.current_families = 2;
  full.languages = {"Urdu"};
  auto free = Active("Zoe", "u2");
  const auto out = SuggestVolunteers(family, {full, free});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].name, "Zoe");
  EXPECT_FALSE(out[1].has_place);
  EXPECT_TRUE(HasReason(out[1].reasons_against, "Already supports 2 families, the most they offered"));
  EXPECT_TRUE(HasReason(out[0].reasons_against, "Does not speak Urdu"));
  EXPECT_TRUE(HasReason(out[0].reasons_against, "Has not done the safeguarding training"));
  EXPECT_TRUE(HasReason(out[0].reasons_against, "Has not said when they are free"));
}

TEST(MatchingRules, RanksTheCloserMatchFirst) {
  FamilyFacts family;
  family.postcode = "RV2 4AB";
  family.twins = true;
  auto near = Active("Bea", "u1");
  near.postcode = "RV2 1AA";
  near.lived_experience = {"twins"};
  auto far = Active("Abi", "u2");
  far.postcode = "RV9 1AA";
  const auto out = SuggestVolunteers(family, {far, near});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].name, "Bea");
  EXPECT_TRUE(HasReason(out[0].reasons, "Has twins or more"));
}

TEST(MatchingRules, PostcodeDistrict) {
  EXPECT_EQ(PostcodeDistrict("RV2 4AB"), "RV2");
  EXPECT_EQ(PostcodeDistrict("sw1a1aa"), "SW1A");
  EXPECT_EQ(PostcodeDistrict(""), "");
}

TEST(MatchingRules, FamilyFactsFindTwinsAYoungParentAndAFather) {
  FamilyRecord record;
  Caregiver mum;
  mum.name = "Priya Shah";
  mum.date_of_birth = Date{2008, 1, 1};
  mum.preferred_language = "Gujarati";
  Caregiver dad;
  dad.name = "Dev Shah";
  dad.relationship_to_baby = "Father";
  record.family.caregivers = {mum, dad};
  Baby a, b;
  a.due_date = b.due_date = Date{2027, 3, 1};
  record.family.babies = {a, b};
  const auto facts = FactsOfFamily(record, Date{2026, 12, 3});
  EXPECT_TRUE(facts.twins);
  EXPECT_TRUE(facts.young_parent);
  EXPECT_TRUE(facts.father);
  EXPECT_FALSE(facts.neonatal_care);
  EXPECT_EQ(facts.languages, std::vector<std::string>{"Gujarati"});
  EXPECT_EQ(FirstName("Priya Shah"), "Priya");
}

TEST(MatchingRules, WaitingWords) {
  const Millis day = 24LL * 60 * 60 * 1000;
  EXPECT_EQ(WaitingWords(0, day / 2), "Waiting since today");
  EXPECT_EQ(WaitingWords(0, day), "Waiting 1 day");
  EXPECT_EQ(WaitingWords(0, 3 * day), "Waiting 3 days");
  EXPECT_EQ(WaitingWords(0, 36 * day), "Waiting 5 weeks");
}

}  // namespace
}  // namespace alongside
