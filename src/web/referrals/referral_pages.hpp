#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /families/{id}/referrals: the family's referrals, and making one (/new).
void AddFamilyReferralPages(http::RouteTable& routes, Services& services, const Views& views);
/// /referrals/{id}: one referral for either side, with the changes this person may make.
void AddReferralDetailPages(http::RouteTable& routes, Services& services, const Views& views);
/// /referrals (sent by us, "needs attention") and /referrals/inbox (received).
void AddReferralListPages(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
