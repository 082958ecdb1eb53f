#pragma once
/// Record ids are UUIDv7 strings: time-ordered for index locality, and safe to create on
/// a phone offline and merge later without clashes.

#include <string>

#include "core/common/clock.hpp"

namespace alongside {

/// A new UUIDv7 for the given time, e.g. "0190b6a2-6c1e-7c3a-9f2b-1d4e5a6b7c8d".
std::string NewId(Millis now);
/// A new UUIDv7 for the current system time.
std::string NewId();
/// True for a canonical lower- or upper-case UUID string.
bool IsUuid(const std::string& text);

}  // namespace alongside
