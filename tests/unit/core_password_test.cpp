// Passwords: Argon2id hashes at OWASP's minimum cost, and the rules for a new password.
// Each hash costs about 50 ms, so only two are made here.

#include <gtest/gtest.h>

#include <cstdlib>
#include <regex>
#include <stdexcept>
#include <string>

#include "core/accounts/password.hpp"
#include "alongside_paths.hpp"  // ALONGSIDE_SOURCE_DIR

namespace alongside {
namespace {

const std::string kCommonPasswordsFile = std::string(ALONGSIDE_SOURCE_DIR) + "/data/common-passwords.txt";

TEST(CorePasswordHasher, HashIsArgon2idAtOwaspCostAndVerifiesOnlyTheSamePassword) {
  const PasswordHasher hasher;
  const std::string password = "correct horse battery staple";
  const std::string encoded = hasher.Hash(password);

  ASSERT_EQ(encoded.rfind("$argon2id$", 0), 0u) << encoded;
  EXPECT_EQ(encoded.find(password), std::string::npos) << "the password itself must not be stored";
  const std::regex params(R"(\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+)");
  std::smatch match;
  ASSERT_TRUE(std::regex_match(encoded, match, params)) << encoded;
  EXPECT_GE(std::stoul(match[1].str()), 19456u) << "memory cost in KiB";
  EXPECT_GE(std::stoul(match[2].str()), 2u) << "passes";

  EXPECT_TRUE(hasher.Verify(password, encoded));
  EXPECT_FALSE(hasher.Verify("correct horse battery stapler", encoded));
  EXPECT_FALSE(hasher.Verify("Correct horse battery staple", encoded));  // case matters
  EXPECT_FALSE(hasher.Verify("", encoded));

  // The same password hashes differently each time (a fresh salt), and both verify.
  const std::string again = hasher.Hash(password);
  EXPECT_NE(again, encoded);
  EXPECT_TRUE(hasher.Verify(password, again));
}

TEST(CorePasswordHasher, AccountsWithoutAUsableHashNeverVerify) {
  const PasswordHasher hasher;
  EXPECT_FALSE(hasher.Verify("", ""));  // an invited person who has not chosen a password yet
  EXPECT_FALSE(hasher.Verify("anything at all", ""));
  EXPECT_FALSE(hasher.Verify("anything at all", "not a hash"));
  EXPECT_FALSE(hasher.Verify("anything at all", "$argon2id$v=19$m=19456,t=2,p=1$garbage"));
}

TEST(CorePasswordRules, LengthIsTwelveToOneHundredAndTwentyEightCharacters) {
  const PasswordRules rules({});
  EXPECT_EQ(rules.Check(""), "Enter a password");
  const auto too_short = rules.Check(std::string(11, 'k'));
  ASSERT_TRUE(too_short.has_value());
  EXPECT_NE(too_short->find("12"), std::string::npos) << *too_short;
  EXPECT_EQ(rules.Check(std::string(12, 'k')), std::nullopt);
  EXPECT_EQ(rules.Check(std::string(128, 'k')), std::nullopt);
  const auto too_long = rules.Check(std::string(129, 'k'));
  ASSERT_TRUE(too_long.has_value());
  EXPECT_NE(too_long->find("128"), std::string::npos) << *too_long;
}

TEST(CorePasswordRules, LengthCountsCharactersNotBytes) {
  const PasswordRules rules({});
  auto repeat = [](const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
  };
  const std::string e_acute = "\xC3\xA9";  // é, two bytes
  EXPECT_TRUE(rules.Check(repeat(e_acute, 11)).has_value()) << "22 bytes but only 11 characters";
  EXPECT_EQ(rules.Check(repeat(e_acute, 12)), std::nullopt);
  EXPECT_EQ(rules.Check(repeat(e_acute, 128)), std::nullopt) << "256 bytes, 128 characters";
  EXPECT_TRUE(rules.Check(repeat(e_acute, 129)).has_value());
}

TEST(CorePasswordRules, CommonPasswordsFromTheShippedListAreRefusedInAnyCase) {
  const auto rules = PasswordRules::FromFile(kCommonPasswordsFile);
  EXPECT_GT(rules.common_count(), 1000u);
  for (const char* common : {"password1234", "PASSWORD1234", "Password1234", "qwertyuiop123", "IloveYou1234",
                             "passwordpassword", "111111111111"}) {
    const auto problem = rules.Check(common);
    ASSERT_TRUE(problem.has_value()) << common;
    EXPECT_NE(problem->find("common"), std::string::npos) << *problem;
  }
  EXPECT_EQ(rules.Check("tulip kettle harbour 42"), std::nullopt);
  // A near miss of a listed password is fine.
  EXPECT_EQ(rules.Check("password1234x"), std::nullopt);
  // The comment lines at the top of the file are not passwords.
  EXPECT_EQ(rules.Check("# the most common passwords and their usual variants (a digit run, a year, '!'),"),
            std::nullopt);
}

TEST(CorePasswordRules, MissingListFailsLoudlyRatherThanAcceptingEverything) {
  EXPECT_THROW(PasswordRules::FromFile(std::string(ALONGSIDE_SOURCE_DIR) + "/data/no-such-file.txt"),
               std::runtime_error);
}

TEST(CorePasswordRules, PasswordEqualToTheEmailAddressIsRefused) {
  const PasswordRules rules({});
  const auto same = rules.Check("amina.khan@example.org", "amina.khan@example.org");
  ASSERT_TRUE(same.has_value());
  EXPECT_NE(same->find("email"), std::string::npos) << *same;
  EXPECT_TRUE(rules.Check("Amina.Khan@Example.org", "amina.khan@example.org").has_value());
  EXPECT_EQ(rules.Check("amina.khan@example.org!", "amina.khan@example.org"), std::nullopt);
  EXPECT_EQ(rules.Check("amina.khan@example.org"), std::nullopt) << "no email given, nothing to compare";
}

}  // namespace
}  // namespace alongside
