// Tokens for sessions, API access and email links: unguessable, safe in a URL, and stored
// only as a hash, so a copy of the database cannot be used to sign in.

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include "core/common/crypto.hpp"

namespace alongside {
namespace {

const std::regex kUrlSafe("[A-Za-z0-9_-]+");
const std::regex kSha256Hex("[0-9a-f]{64}");

TEST(CoreCrypto, DefaultTokenCarries256BitsAndIsUrlSafe) {
  const auto token = RandomToken();
  EXPECT_EQ(token.size(), 43u) << "32 bytes in unpadded base64";
  EXPECT_GE(token.size() * 6, 128u) << "at least 128 bits of entropy";
  EXPECT_TRUE(std::regex_match(token, kUrlSafe)) << token;  // no '+', '/', '=' or '%'
  EXPECT_EQ(token.find('\0'), std::string::npos);
}

TEST(CoreCrypto, TokenLengthFollowsTheBytesAsked) {
  EXPECT_EQ(RandomToken(16).size(), 22u);  // 128 bits
  EXPECT_EQ(RandomToken(24).size(), 32u);
  EXPECT_EQ(RandomToken(64).size(), 86u);
  EXPECT_TRUE(std::regex_match(RandomToken(64), kUrlSafe));
}

TEST(CoreCrypto, TokensDoNotRepeat) {
  std::set<std::string> seen;
  for (int i = 0; i < 2000; ++i) seen.insert(RandomToken());
  EXPECT_EQ(seen.size(), 2000u);
}

TEST(CoreCrypto, Sha256HexMatchesKnownDigests) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(CoreCrypto, TokenHashIsStableAndRevealsNothingOfTheToken) {
  const auto token = RandomToken();
  const auto hash = Sha256Hex(token);
  EXPECT_TRUE(std::regex_match(hash, kSha256Hex)) << hash;
  EXPECT_EQ(Sha256Hex(token), hash) << "looking a session up by its hash must find it again";
  EXPECT_NE(hash, token);
  EXPECT_EQ(hash.find(token), std::string::npos);
  EXPECT_NE(Sha256Hex(RandomToken()), hash);
  // One character different, a completely different hash.
  std::string altered = token;
  altered.back() = altered.back() == 'A' ? 'B' : 'A';
  EXPECT_NE(Sha256Hex(altered), hash);
}

TEST(CoreCrypto, Sha256HexHashesEveryByteIncludingNul) {
  EXPECT_NE(Sha256Hex(std::string_view("a\0b", 3)), Sha256Hex("a"));
  EXPECT_EQ(Sha256Hex(std::string_view("a\0b", 3)).size(), 64u);
}

TEST(CoreCrypto, ConstantTimeEqualsComparesWholeStrings) {
  EXPECT_TRUE(ConstantTimeEquals("", ""));
  EXPECT_TRUE(ConstantTimeEquals("csrf-token-123", "csrf-token-123"));
  EXPECT_FALSE(ConstantTimeEquals("csrf-token-123", "csrf-token-124"));
  EXPECT_FALSE(ConstantTimeEquals("Xsrf-token-123", "csrf-token-123"));
  EXPECT_FALSE(ConstantTimeEquals("csrf-token-123", "csrf-token-12"));  // a prefix is not a match
  EXPECT_FALSE(ConstantTimeEquals("", "a"));
  EXPECT_FALSE(ConstantTimeEquals(std::string_view("a\0", 2), "a"));
}

}  // namespace
}  // namespace alongside
