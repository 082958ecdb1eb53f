#include "core/accounts/password.hpp"

#include <sodium.h>

#include <fstream>
#include <stdexcept>

#include "core/common/crypto.hpp"
#include "core/common/text.hpp"

namespace alongside {

std::string PasswordHasher::Hash(std::string_view password) const {
  EnsureSodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("Out of memory while hashing a password");
  }
  return out;
}

bool PasswordHasher::Verify(std::string_view password, const std::string& encoded) const {
  EnsureSodium();
  if (encoded.empty()) return false;
  return crypto_pwhash_str_verify(encoded.c_str(), password.data(), password.size()) == 0;
}

void PasswordHasher::VerifyDummy(std::string_view password) const {
  static const std::string dummy = PasswordHasher().Hash("a dummy password for timing");
  (void)Verify(password, dummy);
}

PasswordRules PasswordRules::FromFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("Cannot read the common passwords list at " + path);
  std::unordered_set<std::string> common;
  std::string line;
  while (std::getline(in, line)) {
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    common.insert(AsciiLower(line));
  }
  return PasswordRules(std::move(common));
}

std::optional<std::string> PasswordRules::Check(std::string_view password, std::string_view email) const {
  const auto length = CharCount(password);
  if (password.empty()) return "Enter a password";
  if (length < 12) return "Your password must be at least 12 characters long";
  if (length > 128) return "Your password must be 128 characters or fewer";
  const auto lowered = AsciiLower(password);
  if (common_.count(lowered) > 0)
    return "This is one of the most common passwords. Choose one that is harder to guess";
  if (!email.empty() && lowered == AsciiLower(email))
    return "Your password must not be your email address";
  return std::nullopt;
}

}  // namespace alongside
