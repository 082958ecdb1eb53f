// Before a new family is saved, the person recording it is warned when it looks like a
// family already recorded, and told why, so the same family is not recorded twice.

#include <gtest/gtest.h>

#include "core/families/duplicate_check.hpp"
#include "core/families/name_match.hpp"

namespace alongside {
namespace {

TEST(CoreFamilyNameMatch, IgnoresCaseAccentsPunctuationAndSpaces) {
  EXPECT_EQ(NormaliseName("  Zoë   BRONTË "), "zoe bronte");
  EXPECT_EQ(NormaliseName("Siobhán O'Brien"), "siobhan obrien");
  EXPECT_EQ(NormaliseName("Siobhán O\xE2\x80\x99" "Brien"), "siobhan obrien");
  EXPECT_EQ(NormaliseName("Anne-Marie Smith-Jones"), "anne marie smith jones");
  EXPECT_EQ(NormaliseName("Łucja Wiśniewska"), "lucja wisniewska");
  EXPECT_EQ(NormaliseName("Jo. Smith,"), "jo smith");
  EXPECT_TRUE(NamesLookAlike("ZOË BRONTË", "zoe bronte"));
}

TEST(CoreFamilyNameMatch, ToleratesOneTypoInALongerName) {
  EXPECT_EQ(EditDistance("smith", "smtih"), 1u);  // two letters swapped
  EXPECT_EQ(EditDistance("smith", "smyth"), 1u);
  EXPECT_EQ(EditDistance("smith", "smiths"), 1u);
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3u);
  EXPECT_TRUE(NamesLookAlike("Jo Smith", "Jo Smtih"));
  EXPECT_TRUE(NamesLookAlike("Jo Smith", "Jo Smyth"));
  EXPECT_TRUE(NamesLookAlike("Priya", "Priys"));
  // Short names differ by one letter all the time: Ann and Anne are different people.
  EXPECT_FALSE(NamesLookAlike("Ann", "Anne"));
  EXPECT_FALSE(NamesLookAlike("Jo Smith", "Jo Smythe"));  // two edits
}

TEST(CoreFamilyNameMatch, MatchesAnInitialWithTheSameSurname) {
  EXPECT_TRUE(NamesLookAlike("J Smith", "Jo Smith"));
  EXPECT_TRUE(NamesLookAlike("Joanne Smith", "Jo Smith"));
  EXPECT_TRUE(NamesLookAlike("Smith Jo", "Jo Smith"));
  EXPECT_FALSE(NamesLookAlike("Kim Smith", "Jo Smith"));
  EXPECT_FALSE(NamesLookAlike("Jo Smith", "Jo Patel"));
  EXPECT_FALSE(NamesLookAlike("", "Jo Smith"));
}

DuplicateCandidate Recorded(std::string id, std::string name, Date due, std::string postcode) {
  DuplicateCandidate c;
  c.family_id = std::move(id);
  c.caregiver_names = {std::move(name)};
  c.due_dates = {due};
  c.postcode = std::move(postcode);
  return c;
}

DuplicateCandidate NewFamily(std::string name, Date due, std::string postcode) {
  return Recorded("", std::move(name), due, std::move(postcode));
}

TEST(CoreFamilyDuplicateCheck, WarnsOfASimilarNameWithTheSameDueDate) {
  const auto found = FindPossibleDuplicates(NewFamily("jo smtih", {2027, 3, 14}, "M1 1AE"),
                                            {Recorded("f1", "Jo Smith", {2027, 3, 14}, "LS1 4AP")});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].family_id, "f1");
  EXPECT_EQ(found[0].reasons, std::vector<std::string>{"same due date and a similar name: Jo Smith"});
}

TEST(CoreFamilyDuplicateCheck, WarnsOfASimilarNameAtTheSamePostcodeHoweverItWasTyped) {
  const auto found = FindPossibleDuplicates(NewFamily("J. Smith", {2027, 9, 1}, "ls14ap"),
                                            {Recorded("f1", "Jo Smith", {2027, 3, 14}, "LS1 4AP")});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].reasons, std::vector<std::string>{"same postcode and a similar name: Jo Smith"});
}

TEST(CoreFamilyDuplicateCheck, GivesEveryReasonThatApplies) {
  const auto found = FindPossibleDuplicates(NewFamily("Jo Smith", {2027, 3, 14}, "LS1 4AP"),
                                            {Recorded("f1", "Jo Smith", {2027, 3, 14}, "LS1 4AP")});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].reasons, (std::vector<std::string>{"same due date and a similar name: Jo Smith",
                                                        "same postcode and a similar name: Jo Smith"}));
}

TEST(CoreFamilyDuplicateCheck, MatchesAPreferredNameAndABirthDate) {
  Family family;
  family.id = "f2";
  family.postcode = "B33 8TH";
  Caregiver caregiver;
  caregiver.name = "Margaret Okafor";
  caregiver.preferred_name = "Peggy Okafor";
  family.caregivers = {caregiver};
  Baby baby;
  baby.due_date = Date{2027, 3, 14};
  baby.birth_date = Date{2027, 3, 2};
  family.babies = {baby};
  DuplicateCandidate fresh;
  fresh.caregiver_names = {"Peggy Okafor"};
  fresh.birth_dates = {Date{2027, 3, 2}};
  const auto found = FindPossibleDuplicates(fresh, {CandidateOf(family)});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].reasons, std::vector<std::string>{"same birth date and a similar name: Peggy Okafor"});
}

TEST(CoreFamilyDuplicateCheck, DoesNotWarnWithoutBothASimilarNameAndSomethingElse) {
  const std::vector<DuplicateCandidate> recorded{Recorded("f1", "Jo Smith", {2027, 3, 14}, "LS1 4AP")};
  // Same due date and postcode, different person.
  EXPECT_TRUE(FindPossibleDuplicates(NewFamily("Priya Patel", {2027, 3, 14}, "LS1 4AP"), recorded).empty());
  // Same name, different due date and postcode: a different family.
  EXPECT_TRUE(FindPossibleDuplicates(NewFamily("Jo Smith", {2027, 3, 15}, "M1 1AE"), recorded).empty());
  // Editing the recorded family itself is not a duplicate of itself.
  auto same = recorded[0];
  EXPECT_TRUE(FindPossibleDuplicates(same, recorded).empty());
}

TEST(CoreFamilyDuplicateCheck, ListsEveryLookalikeInTheOrderGiven) {
  const auto found = FindPossibleDuplicates(
      NewFamily("Jo Smith", {2027, 3, 14}, "M1 1AE"),
      {Recorded("f1", "Joanne Smith", {2027, 3, 14}, "LS1 4AP"), Recorded("f2", "Kim Lee", {2027, 3, 14}, "M1 1AE"),
       Recorded("f3", "Jo Smith", {2026, 1, 1}, "m1 1ae")});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].family_id, "f1");
  EXPECT_EQ(found[0].reasons[0], "same due date and a similar name: Joanne Smith");
  EXPECT_EQ(found[1].family_id, "f3");
  EXPECT_EQ(found[1].reasons[0], "same postcode and a similar name: Jo Smith");
}

}  // namespace
}  // namespace alongside
