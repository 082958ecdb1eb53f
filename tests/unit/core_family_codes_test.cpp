// Focus areas and closing reasons are stored as codes and shown in words; a code from an
// old form or the API that is not known must be refused, not guessed.

#include <gtest/gtest.h>

#include "core/families/family.hpp"

namespace alongside {
namespace {

TEST(CoreFamilyCodes, FocusAreasAreThePairPathways) {
  ASSERT_EQ(AllFocusAreas().size(), 4u);
  for (auto area : AllFocusAreas()) EXPECT_EQ(FocusAreaFromCode(FocusAreaCode(area)), area);
  EXPECT_EQ(FocusAreaLabel(FocusArea::kChildrensSocialCare), "Children's social care involvement");
  EXPECT_EQ(FocusAreaCode(FocusArea::kParentalMentalHealth), "parental_mental_health");
  EXPECT_FALSE(FocusAreaFromCode("Antenatal").has_value());
}

TEST(CoreFamilyCodes, ClosingReasonsRoundTrip) {
  ASSERT_EQ(AllClosingReasons().size(), 5u);
  for (auto reason : AllClosingReasons()) EXPECT_EQ(ClosingReasonFromCode(ClosingReasonCode(reason)), reason);
  EXPECT_EQ(ClosingReasonLabel(ClosingReason::kChildReachedAgeLimit), "Child reached the age limit");
  EXPECT_EQ(FamilyStatusFromCode("closed"), FamilyStatus::kClosed);
  EXPECT_FALSE(FamilyStatusFromCode("paused").has_value());
}

TEST(CoreFamilyCodes, ACaregiverIsGreetedByTheirPreferredName) {
  Caregiver caregiver;
  caregiver.name = "Margaret Okafor";
  EXPECT_EQ(caregiver.CalledBy(), "Margaret Okafor");
  caregiver.preferred_name = "Peggy";
  EXPECT_EQ(caregiver.CalledBy(), "Peggy");
}

}  // namespace
}  // namespace alongside
