#pragma once

#include <string>

#include "core/common/clock.hpp"

namespace alongside {

/// Limits and lifetimes for accounts; the defaults are the product's policy.
struct AccountSettings {
  Millis session_idle = 30 * kMinute;
  Millis session_absolute = 12 * kHour;
  Millis session_touch_every = kMinute;  ///< how stale last_seen may get before it is written
  Millis api_token_lifetime = 365 * kDay;
  Millis verify_link_lifetime = 48 * kHour;
  Millis reset_link_lifetime = kHour;
  Millis invite_link_lifetime = 7 * kDay;
  int failures_per_account_per_hour = 100;
  int failures_per_address_per_hour = 300;
  std::string public_url = "http://127.0.0.1:8080";  ///< used in links in emails
};

}  // namespace alongside
