#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"

namespace alongside::api {

/// /api/v1/referrals (?box=inbox|sent|attention, POST a draft), /api/v1/referrals/{id},
/// POST /api/v1/referrals/{id}/{change} and /api/v1/families/{id}/referrals.
void AddReferralApi(http::RouteTable& routes, Services& services);

}  // namespace alongside::api
