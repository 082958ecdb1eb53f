#pragma once
/// Random tokens and their hashes. Tokens (sessions, API, email links) are shown once and
/// stored only as a SHA-256 hash, so a copy of the database cannot be used to sign in.

#include <string>
#include <string_view>

namespace alongside {

/// Calls sodium_init once; safe to call from any thread, any number of times.
void EnsureSodium();
/// `bytes` random bytes as URL-safe base64 without padding (32 bytes = 256 bits).
std::string RandomToken(std::size_t bytes = 32);
/// Lower-case hex SHA-256 of the text.
std::string Sha256Hex(std::string_view text);
/// Compares in time independent of where the strings differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace alongside
