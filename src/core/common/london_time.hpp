#pragma once
/// Times are stored in UTC and shown in UK time (Europe/London: GMT in winter, BST from
/// 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October).

#include <string>

#include "core/common/clock.hpp"

namespace alongside {

/// The UTC offset in milliseconds that applies in London at this instant (0 or 1 hour).
Millis LondonOffset(Millis utc);
/// "23 November 2026, 9:15am"
std::string FormatLondonDateTime(Millis utc);
/// "23 November 2026"
std::string FormatLondonDate(Millis utc);

}  // namespace alongside
