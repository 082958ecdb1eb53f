#pragma once
/// Every entry carries a date to review it by; after that date the entry is stale and
/// flagged, so families are not sent to a service that has changed or closed.

#include <string>

#include "core/families/calendar_date.hpp"
#include "core/services/service.hpp"

namespace alongside {

/// How long a reviewed (or new) entry stays current.
inline constexpr int kReviewMonths = 12;

/// True when the review date is before `today` (a UK calendar date).
bool IsStale(const Service& service, const Date& today);
/// The review date set by "Mark reviewed" on `today`: a year on.
std::string NextReviewDate(const Date& today);

}  // namespace alongside
