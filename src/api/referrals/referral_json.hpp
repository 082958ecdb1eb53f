#pragma once

#include <boost/json.hpp>

#include "core/referrals/referral_service.hpp"

namespace alongside::api {

/// A referral's fields; flags need today's UK date.
boost::json::object ReferralJson(const Referral& referral, const Date& today);
/// One referral as this actor may see it: the fields, what was shared (or why it is
/// hidden), its events and the changes the actor may make now.
boost::json::object ReferralViewJson(const ReferralView& view, const Date& today);

}  // namespace alongside::api
