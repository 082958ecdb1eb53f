// Typed errors and form validation: every problem on a form is reported at once, each at
// its field, with words meant for the person filling it in. Also the shared page and clock
// helpers from core/common.

#include <gtest/gtest.h>

#include <string>

#include "core/common/clock.hpp"
#include "core/common/errors.hpp"
#include "core/common/page.hpp"

namespace alongside {
namespace {

TEST(CoreValidation, NoErrorsMeansNothingIsThrown) {
  Validation v;
  EXPECT_TRUE(v.ok());
  EXPECT_FALSE(v.Has("email"));
  EXPECT_NO_THROW(v.ThrowIfAny());
}

TEST(CoreValidation, EveryFieldErrorIsReportedTogetherInOrder) {
  Validation v;
  v.Add("name", "Enter your full name");
  v.Add("email", "Enter an email address");
  v.Add("email", "There is already an account with this email address");
  EXPECT_FALSE(v.ok());
  EXPECT_TRUE(v.Has("name"));
  EXPECT_TRUE(v.Has("email"));
  EXPECT_FALSE(v.Has("password"));
  EXPECT_FALSE(v.Has("Email")) << "field names are exact";
  try {
    v.ThrowIfAny();
    FAIL() << "ThrowIfAny must throw when there are errors";
  } catch (const Invalid& invalid) {
    ASSERT_EQ(invalid.errors().size(), 3u);
    EXPECT_EQ(invalid.errors()[0].field, "name");
    EXPECT_EQ(invalid.errors()[0].message, "Enter your full name");
    EXPECT_EQ(invalid.errors()[1].field, "email");
    EXPECT_EQ(invalid.errors()[2].message, "There is already an account with this email address");
  }
}

TEST(CoreValidation, InvalidForOneField) {
  const Invalid invalid("name", "An area with this name already exists");
  ASSERT_EQ(invalid.errors().size(), 1u);
  EXPECT_EQ(invalid.errors()[0].field, "name");
  EXPECT_EQ(invalid.errors()[0].message, "An area with this name already exists");
  EXPECT_STREQ(invalid.what(), "Invalid input");
}

TEST(CoreErrors, DefaultMessagesAreWrittenForPeople) {
  EXPECT_STREQ(NotFound().what(), "Page not found");
  EXPECT_STREQ(NotFound("Person not found").what(), "Person not found");
  EXPECT_STREQ(Forbidden().what(), "You do not have permission to do this");
  EXPECT_STREQ(Unauthorized().what(), "Sign in to continue");
  EXPECT_STREQ(TooManyRequests().what(), "Too many attempts. Try again later.");
  EXPECT_STREQ(Conflict("Someone else changed this record").what(), "Someone else changed this record");
}

TEST(CorePage, RequestsAreNormalisedToSensibleBounds) {
  EXPECT_EQ(PageRequest{}.Normalised().page, 1);
  EXPECT_EQ(PageRequest{}.Normalised().page_size, 25);
  const auto odd = PageRequest{-3, 0}.Normalised();
  EXPECT_EQ(odd.page, 1);
  EXPECT_EQ(odd.page_size, 25);
  EXPECT_EQ((PageRequest{2, 100000}.Normalised().page_size), 100) << "nobody downloads the table by asking";
  EXPECT_EQ((PageRequest{2, 100000}.Normalised(50).page_size), 50);
  EXPECT_EQ((PageRequest{3, 25}.Offset()), 50);
  EXPECT_EQ((PageRequest{1, 25}.Offset()), 0);
  EXPECT_EQ((PageRequest{2'000'000'000, 100}.Offset()), 199'999'999'900LL) << "no int overflow";
}

TEST(CorePage, PageCountAndNeighbours) {
  Page<int> empty;
  EXPECT_EQ(empty.PageCount(), 1);
  EXPECT_FALSE(empty.HasNext());
  EXPECT_FALSE(empty.HasPrevious());

  Page<int> page;
  page.page_size = 25;
  page.total = 51;
  page.page = 1;
  EXPECT_EQ(page.PageCount(), 3);
  EXPECT_TRUE(page.HasNext());
  EXPECT_FALSE(page.HasPrevious());
  page.page = 3;
  EXPECT_FALSE(page.HasNext());
  EXPECT_TRUE(page.HasPrevious());
  page.total = 50;
  EXPECT_EQ(page.PageCount(), 2);
}

TEST(CoreClock, ManualClockMovesOnlyWhenTold) {
  ManualClock clock(1'000);
  EXPECT_EQ(clock.Now(), 1'000);
  EXPECT_EQ(clock.Now(), 1'000);
  clock.Advance(kDay);
  EXPECT_EQ(clock.Now(), 1'000 + 86'400'000);
  clock.Set(5);
  EXPECT_EQ(clock.Now(), 5);
  EXPECT_EQ(kHour, 3'600'000);
  EXPECT_GT(SystemClock().Now(), 1'767'225'600'000) << "after 2026-01-01";
}

}  // namespace
}  // namespace alongside
