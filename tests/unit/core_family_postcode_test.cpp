// A postcode is stored one way however it was typed, so search and the duplicate check
// find the same home; a partial or made-up postcode gets a clear message.

#include <gtest/gtest.h>

#include "core/families/postcode.hpp"

namespace alongside {
namespace {

TEST(CoreFamilyPostcode, StoresEveryTypedFormTheSameWay) {
  EXPECT_EQ(NormalisePostcode("sw1a1aa"), "SW1A 1AA");
  EXPECT_EQ(NormalisePostcode("  SW1A   1AA "), "SW1A 1AA");
  EXPECT_EQ(NormalisePostcode("m1 1ae"), "M1 1AE");
  EXPECT_EQ(*ParsePostcode("sw1a 1aa"), "SW1A 1AA");
}

TEST(CoreFamilyPostcode, AcceptsEveryShapeOfUkPostcode) {
  for (const char* postcode : {"M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "GIR 0AA",
                               "LS1 4AP", "BT1 5GS", "CF10 1EP"}) {
    EXPECT_EQ(ParsePostcode(postcode).value_or("refused"), postcode) << postcode;
  }
}

TEST(CoreFamilyPostcode, RefusesPartialAndImpossiblePostcodes) {
  for (const char* typed : {"", "SW1A", "SW1A 1A", "12345", "SW1A 1AAA", "QA1 1AA", "AI1 1AA", "SW1A 1CA",
                            "SW1A-1AA", "W1A 0A1", "ZZZZ 9ZZ"}) {
    EXPECT_FALSE(ParsePostcode(typed).has_value()) << typed;
  }
  EXPECT_EQ(kPostcodeMessage, "Enter a full UK postcode, like SW1A 1AA");
}

}  // namespace
}  // namespace alongside
