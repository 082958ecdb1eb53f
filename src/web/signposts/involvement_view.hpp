#pragma once
/// "Who is involved with your family" on the family's own page: each service with a
/// referral, where it has got to in plain words and why, and the services they were told about.

#include "core/signposts/involvement.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// {referrals: [{service_name, type, organisation_name, status, reason}], has_referrals,
///  signposts: [{service_name, given_on, outcome}], has_signposts}
View InvolvementView(const FamilyInvolvement& involvement);

}  // namespace alongside::web
