#include <gtest/gtest.h>

#include "http/bad_request.hpp"
#include "http/form.hpp"

namespace alongside::http {
namespace {

TEST(HttpForm, PlusAndPercentTwentyAreSpaces) {
  const auto form = Form::Parse("name=Ann+Smith&town=Market%20Rasen&note=a%2Bb");
  EXPECT_EQ(form.Get("name"), "Ann Smith");
  EXPECT_EQ(form.Get("town"), "Market Rasen");
  EXPECT_EQ(form.Get("note"), "a+b");
}

TEST(HttpForm, RepeatedKeysKeepEveryValueInOrder) {
  const auto form = Form::Parse("need=housing&need=money&need=food&single=1");
  EXPECT_EQ(form.GetAll("need"), (std::vector<std::string>{"housing", "money", "food"}));
  EXPECT_EQ(form.Get("need"), "housing");
  EXPECT_TRUE(form.Has("single"));
  EXPECT_FALSE(form.Has("missing"));
  EXPECT_EQ(form.Get("missing"), "");
  EXPECT_TRUE(form.GetAll("missing").empty());
}

TEST(HttpForm, EmptyPiecesAndBareKeys) {
  const auto fields = ParseUrlEncoded("a=1&&flag&b=");
  EXPECT_EQ(fields.size(), 3u);
  EXPECT_EQ(fields.find("flag")->second, "");
  EXPECT_EQ(fields.find("b")->second, "");
  EXPECT_TRUE(ParseUrlEncoded("").empty());
}

TEST(HttpForm, DecodesUtf8) {
  const auto form = Form::Parse("name=Zo%C3%AB&city=%E5%8C%97%E4%BA%AC");
  EXPECT_EQ(form.Get("name"), "Zo\xC3\xAB");
  EXPECT_EQ(form.Get("city"), "\xE5\x8C\x97\xE4\xBA\xAC");
}

TEST(HttpForm, InvalidPercentEncodingIsABadRequest) {
  EXPECT_THROW(ParseUrlEncoded("a=%zz"), BadRequest);
  EXPECT_THROW(ParseUrlEncoded("a=%4"), BadRequest);
  EXPECT_THROW(ParseUrlEncoded("%g0=1"), BadRequest);
}

TEST(HttpForm, InvalidUtf8IsABadRequest) {
  EXPECT_THROW(ParseUrlEncoded("a=%FF"), BadRequest);
  EXPECT_THROW(ParseUrlEncoded("a=%C0%AF"), BadRequest);  // overlong '/'
  EXPECT_THROW(ParseUrlEncoded("a=%ED%A0%80"), BadRequest);  // surrogate
}

}  // namespace
}  // namespace alongside::http
