#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /programme/matching (families waiting for a supporter, oldest first), /programme/
/// matching/{family_id} (suggestions with reasons; offer the family to one volunteer;
/// withdraw an offer), and the volunteer's side: /programme/volunteers/{id}/matches (the
/// "Families offered" tab) with /programme/matches/{id}/accept and /decline, each confirmed.
void AddMatchingPages(http::RouteTable& routes, Services& services, const Views& views);

/// /programme/volunteers/{id}/hours (the "Hours given" tab; log time; remove an entry),
/// /availability, /record-of-service (printable), and /programme/hours (the programme's
/// totals per month and activity).
void AddHoursGivenPages(http::RouteTable& routes, Services& services, const Views& views);

/// /programme/volunteers/{id}/expenses (the "Expenses" tab: claims and a new claim) and
/// /programme/expenses (the coordinator's claims, awaiting approval first; approve, reject,
/// mark paid, each confirmed).
void AddExpensePages(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
