// Small text rules every form relies on: what is trimmed, how long a name is, what
// counts as an email address, and which characters are refused.

#include <gtest/gtest.h>

#include <string>

#include "core/common/text.hpp"

namespace alongside {
namespace {

TEST(CoreText, TrimRemovesSpacesTabsAndLineBreaksAtBothEndsOnly) {
  EXPECT_EQ(Trim("  Amina Khan  "), "Amina Khan");
  EXPECT_EQ(Trim("\t\r\nAmina\tKhan\r\n"), "Amina\tKhan");
  EXPECT_EQ(Trim("Amina   Khan"), "Amina   Khan");
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(Trim(" \t\r\n "), "");
  EXPECT_EQ(Trim("x"), "x");
  EXPECT_EQ(Trim(" \xC3\x89milie "), "\xC3\x89milie");  // non-ASCII kept intact
}

TEST(CoreText, CharCountCountsCharactersNotBytes) {
  EXPECT_EQ(CharCount(""), 0u);
  EXPECT_EQ(CharCount("Amina"), 5u);
  EXPECT_EQ(CharCount("caf\xC3\xA9"), 4u);           // café
  EXPECT_EQ(CharCount("\xC2\xA3" "20"), 3u);          // £20
  EXPECT_EQ(CharCount("\xE2\x82\xAC"), 1u);           // €
  EXPECT_EQ(CharCount("\xF0\x9F\x91\xB6"), 1u);       // baby emoji
  EXPECT_EQ(CharCount("Si\xC3\xB4n Jones"), 10u);     // Siôn Jones
}

TEST(CoreText, AsciiLowerFoldsOnlyAsciiLetters) {
  EXPECT_EQ(AsciiLower("Amina.Khan@Example.ORG"), "amina.khan@example.org");
  EXPECT_EQ(AsciiLower("already lower 123 !?"), "already lower 123 !?");
  EXPECT_EQ(AsciiLower("\xC3\x89MILIE"), "\xC3\x89milie");  // É is left as it is
  EXPECT_EQ(AsciiLower(""), "");
  EXPECT_EQ(AsciiLower("@[`{"), "@[`{");  // neighbours of A-Z and a-z are untouched
}

TEST(CoreText, LooksLikeEmailAcceptsOrdinaryAddresses) {
  for (const char* email : {"amina@example.org", "amina.khan+alongside@nhs.net", "a@b.co",
                            "first.last@sub.domain.example.co.uk", "O'Brien@example.ie"})
    EXPECT_TRUE(LooksLikeEmail(email)) << email;
}

TEST(CoreText, LooksLikeEmailRefusesWhatCannotBeAnAddress) {
  for (const char* email : {"", "amina", "amina@", "@example.org", "amina@example", "amina@@example.org",
                            "amina@exa@mple.org", "amina@.org", "amina@example.", "amina khan@example.org",
                            "amina@example.org ", "Amina <amina@example.org>", "a@b.org,c@d.org",
                            "a@b.org;c@d.org", "amina@example.org\r\nBcc: x@y.org", "a@b"})
    EXPECT_FALSE(LooksLikeEmail(email)) << email;
  EXPECT_FALSE(LooksLikeEmail(std::string(250, 'a') + "@b.org")) << "longer than 254";
  EXPECT_TRUE(LooksLikeEmail(std::string(248, 'a') + "@b.org")) << "exactly 254";
}

TEST(CoreText, ControlCharactersAreFoundButTabsAndLineBreaksAreAllowed) {
  EXPECT_FALSE(HasControlCharacters("Amina Khan"));
  EXPECT_FALSE(HasControlCharacters("line one\r\nline two\tafter tab"));
  EXPECT_FALSE(HasControlCharacters("caf\xC3\xA9"));
  EXPECT_FALSE(HasControlCharacters(""));
  EXPECT_TRUE(HasControlCharacters(std::string_view("a\0b", 3)));
  EXPECT_TRUE(HasControlCharacters("bell\x07"));
  EXPECT_TRUE(HasControlCharacters("escape\x1B[31m"));
  EXPECT_TRUE(HasControlCharacters("delete\x7F"));
}

}  // namespace
}  // namespace alongside
