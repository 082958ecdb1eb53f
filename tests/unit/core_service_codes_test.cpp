// The directory's vocabulary: every code reads back to the value it was written from, and
// levels are ordered for stepping up and down.

#include <gtest/gtest.h>

#include "core/services/service.hpp"

namespace alongside {
namespace {

TEST(CoreServiceCodes, EveryLevelAndTypeRoundTripsThroughItsCodeAndHasWords) {
  for (ServiceLevel level : AllServiceLevels()) {
    EXPECT_EQ(ServiceLevelFromCode(ServiceLevelCode(level)), level);
    EXPECT_FALSE(ServiceLevelLabel(level).empty());
  }
  EXPECT_EQ(AllServiceTypes().size(), 14u);
  for (ServiceType type : AllServiceTypes()) {
    EXPECT_EQ(ServiceTypeFromCode(ServiceTypeCode(type)), type);
    EXPECT_FALSE(ServiceTypeLabel(type).empty());
  }
  EXPECT_EQ(ReferralRouteFromCode("alongside"), ReferralRoute::kAlongside);
  EXPECT_EQ(CoverageKindFromCode("postcode_district"), CoverageKind::kPostcodeDistrict);
  EXPECT_FALSE(ServiceTypeFromCode("Housing").has_value());
}

TEST(CoreServiceCodes, LevelsRiseFromCommunityToStatutory) {
  EXPECT_LT(ServiceLevelRank(ServiceLevel::kCommunity), ServiceLevelRank(ServiceLevel::kUniversal));
  EXPECT_LT(ServiceLevelRank(ServiceLevel::kUniversal), ServiceLevelRank(ServiceLevel::kTargeted));
  EXPECT_LT(ServiceLevelRank(ServiceLevel::kTargeted), ServiceLevelRank(ServiceLevel::kSpecialist));
  EXPECT_LT(ServiceLevelRank(ServiceLevel::kSpecialist), ServiceLevelRank(ServiceLevel::kStatutory));
}

}  // namespace
}  // namespace alongside
