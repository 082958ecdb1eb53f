// Record ids are UUIDv7: time-ordered (so new rows land at the end of an index) and unique
// enough to be created offline on a phone and merged later.

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "core/common/ids.hpp"

namespace alongside {
namespace {

const std::regex kUuidV7(R"([0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})");

/// The 48-bit millisecond timestamp at the front of a UUIDv7.
Millis TimestampOf(const std::string& id) {
  return static_cast<Millis>(std::stoull(id.substr(0, 8) + id.substr(9, 4), nullptr, 16));
}

TEST(CoreIds, NewIdIsALowerCaseVersion7Uuid) {
  for (Millis at : {Millis{0}, Millis{1'767'225'600'000}, Millis{0xFFFF'FFFF'FFFF}}) {
    const auto id = NewId(at);
    ASSERT_EQ(id.size(), 36u) << id;
    EXPECT_TRUE(std::regex_match(id, kUuidV7)) << id;
    EXPECT_EQ(id[14], '7') << "version nibble";
    const int variant = std::stoi(id.substr(19, 1), nullptr, 16);
    EXPECT_EQ(variant >> 2, 0b10) << "variant bits 10 in " << id;
    EXPECT_TRUE(IsUuid(id));
  }
}

TEST(CoreIds, TimestampIsTheMillisecondsGiven) {
  EXPECT_EQ(NewId(0x0190'b6a2'6c1e).substr(0, 15), "0190b6a2-6c1e-7");
  EXPECT_EQ(TimestampOf(NewId(1'767'225'600'123)), 1'767'225'600'123);
  EXPECT_EQ(NewId(0).substr(0, 13), "00000000-0000");
}

TEST(CoreIds, IdsCreatedLaterSortAfterEarlierOnes) {
  const Millis start = 1'767'225'600'000;  // 2026-01-01
  std::string previous = NewId(start);
  for (Millis step : {Millis{1}, Millis{2}, Millis{255}, Millis{256}, Millis{65'536}, Millis{86'400'000},
                      Millis{366LL * 86'400'000}}) {
    const auto next = NewId(start + step);
    EXPECT_LT(previous, next) << "after " << step << " ms";
    previous = next;
  }
  // Every millisecond over a span, compared as plain strings as an index would.
  std::vector<std::string> ids;
  for (Millis t = start; t < start + 2000; ++t) ids.push_back(NewId(t));
  for (std::size_t i = 1; i < ids.size(); ++i) ASSERT_LT(ids[i - 1], ids[i]) << i;
}

TEST(CoreIds, TenThousandIdsInTheSameMillisecondAreAllDifferent) {
  std::set<std::string> seen;
  for (int i = 0; i < 10'000; ++i) seen.insert(NewId(1'767'225'600'000));
  EXPECT_EQ(seen.size(), 10'000u);
  std::set<std::string> from_clock;
  for (int i = 0; i < 10'000; ++i) from_clock.insert(NewId());
  EXPECT_EQ(from_clock.size(), 10'000u);
}

TEST(CoreIds, NewIdWithoutATimeUsesNow) {
  const Millis before = SystemClock().Now();
  const auto id = NewId();
  const Millis after = SystemClock().Now();
  EXPECT_TRUE(std::regex_match(id, kUuidV7)) << id;
  EXPECT_GE(TimestampOf(id), before);
  EXPECT_LE(TimestampOf(id), after);
}

TEST(CoreIds, IsUuidAcceptsCanonicalFormOnly) {
  EXPECT_TRUE(IsUuid("0190b6a2-6c1e-7c3a-9f2b-1d4e5a6b7c8d"));
  EXPECT_TRUE(IsUuid("0190B6A2-6C1E-7C3A-9F2B-1D4E5A6B7C8D"));
  EXPECT_TRUE(IsUuid("00000000-0000-0000-0000-000000000000"));
  EXPECT_FALSE(IsUuid(""));
  EXPECT_FALSE(IsUuid("0190b6a2-6c1e-7c3a-9f2b-1d4e5a6b7c8"));    // 35
  EXPECT_FALSE(IsUuid("0190b6a2-6c1e-7c3a-9f2b-1d4e5a6b7c8d0"));  // 37
  EXPECT_FALSE(IsUuid("0190b6a26c1e7c3a9f2b1d4e5a6b7c8d"));       // no dashes
  EXPECT_FALSE(IsUuid("0190b6a-26c1e-7c3a-9f2b-1d4e5a6b7c8d"));   // dash moved
  EXPECT_FALSE(IsUuid("0190b6a2-6c1e-7c3a-9f2b-1d4e5a6b7c8g"));   // not hex
  EXPECT_FALSE(IsUuid("{190b6a2-6c1e-7c3a-9f2b-1d4e5a6b7c8}"));
  EXPECT_FALSE(IsUuid("0190b6a2-6c1e-7c3a-9f2b-1d4e5a6b7c8'"));   // a quote from a URL
  EXPECT_FALSE(IsUuid(std::string("0190b6a2-6c1e-7c3a-9f2b-1d4e5a6b7c8\0", 36)));
  EXPECT_FALSE(IsUuid("../../../../../../../../../etc/passwd"));
}

}  // namespace
}  // namespace alongside
