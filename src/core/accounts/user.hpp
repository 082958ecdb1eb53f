#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/access/actor.hpp"
#include "core/common/clock.hpp"

namespace alongside {

struct User {
  std::string id;
  std::string email;          ///< stored lower-cased
  std::string name;
  std::string password_hash;  ///< Argon2id encoded string; never leaves core/storage
  std::optional<Millis> email_verified_at;
  std::optional<Millis> disabled_at;
  Millis created_at = 0;
  std::vector<RoleGrant> grants;

  bool verified() const { return email_verified_at.has_value(); }
  bool disabled() const { return disabled_at.has_value(); }
};

/// A signed-in session (browser cookie) or an API token. Only the hash of its secret is stored.
struct Session {
  std::string id;
  std::string user_id;
  std::string token_hash;
  std::string csrf_token;   ///< per session, checked on every form that changes anything
  std::string kind;         ///< "browser" or "api_token"
  std::string label;        ///< an API token's name
  Millis created_at = 0;
  Millis last_seen_at = 0;
  Millis expires_at = 0;    ///< absolute expiry
  std::optional<Millis> revoked_at;
};

/// A one-time link sent by email: verify an address, or reset a password.
struct EmailToken {
  std::string id;
  std::string user_id;
  std::string purpose;  ///< "verify_email" or "reset_password"
  std::string token_hash;
  Millis created_at = 0;
  Millis expires_at = 0;
  std::optional<Millis> used_at;
};

}  // namespace alongside
