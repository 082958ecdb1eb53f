#include <gtest/gtest.h>

#include "http/html.hpp"
#include "http/utf8.hpp"

namespace alongside::http {
namespace {

TEST(HttpUtf8, AcceptsWellFormedText) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("\xC2\xA3"));              // £
  EXPECT_TRUE(IsValidUtf8("\xE2\x82\xAC"));          // €
  EXPECT_TRUE(IsValidUtf8("\xED\x9F\xBF"));          // U+D7FF, just below surrogates
  EXPECT_TRUE(IsValidUtf8("\xEE\x80\x80"));          // U+E000, just above
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x98\x80"));      // emoji
  EXPECT_TRUE(IsValidUtf8("\xF4\x8F\xBF\xBF"));      // U+10FFFF
  EXPECT_TRUE(IsValidUtf8(std::string_view("a\0b", 3)));
}

TEST(HttpUtf8, RejectsMalformedText) {
  EXPECT_FALSE(IsValidUtf8("\x80"));                 // lone continuation
  EXPECT_FALSE(IsValidUtf8("\xC0\x80"));             // overlong NUL
  EXPECT_FALSE(IsValidUtf8("\xC1\xBF"));             // overlong
  EXPECT_FALSE(IsValidUtf8("\xE0\x9F\xBF"));         // overlong 3-byte
  EXPECT_FALSE(IsValidUtf8("\xF0\x8F\xBF\xBF"));     // overlong 4-byte
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));         // U+D800
  EXPECT_FALSE(IsValidUtf8("\xED\xBF\xBF"));         // U+DFFF
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));     // U+110000
  EXPECT_FALSE(IsValidUtf8("\xF5\x80\x80\x80"));
  EXPECT_FALSE(IsValidUtf8("\xFF"));
  EXPECT_FALSE(IsValidUtf8("\xE2\x82"));             // truncated
  EXPECT_FALSE(IsValidUtf8("\xE2\x28\xA1"));         // bad continuation
  EXPECT_FALSE(IsValidUtf8("ok\xF0\x9F\x98"));       // truncated at the end
}

TEST(HttpHtml, EscapesEverySpecialCharacter) {
  EXPECT_EQ(EscapeHtml("<a href=\"x\" title='y'>Tom & Jerry</a>"),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
  EXPECT_EQ(EscapeHtml("plain"), "plain");
  EXPECT_EQ(EscapeHtml(""), "");
}

}  // namespace
}  // namespace alongside::http
