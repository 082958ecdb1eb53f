#pragma once
/// Password hashing (Argon2id through libsodium, 19 MiB and 2 passes as OWASP advises)
/// and the rules a new password must meet.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace alongside {

class PasswordHasher {
 public:
  /// Costs are parameters so tests may not go below the minimum by accident.
  static constexpr unsigned long long kOpsLimit = 2;
  static constexpr std::size_t kMemLimit = 19 * 1024 * 1024;

  std::string Hash(std::string_view password) const;
  bool Verify(std::string_view password, const std::string& encoded) const;
  /// Spends the same time as a real verification, for unknown accounts.
  void VerifyDummy(std::string_view password) const;
};

/// Length 12 to 128 characters, and not one of the most common passwords.
class PasswordRules {
 public:
  /// Loads one password per line; lines starting with '#' are comments.
  static PasswordRules FromFile(const std::string& path);
  explicit PasswordRules(std::unordered_set<std::string> common) : common_(std::move(common)) {}

  /// The message to show at the password field, or nullopt when the password is fine.
  std::optional<std::string> Check(std::string_view password, std::string_view email = {}) const;
  std::size_t common_count() const { return common_.size(); }

 private:
  std::unordered_set<std::string> common_;  ///< lower-cased
};

}  // namespace alongside
