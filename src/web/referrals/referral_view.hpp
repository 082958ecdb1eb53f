#pragma once
/// View pieces shared by the referral pages.

#include <string>

#include "core/referrals/referral_service.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

std::string ReferralPath(const std::string& referral_id);
std::string FamilyReferralsPath(const std::string& family_id);

/// One referral on a list: service, organisations, status, dates and flags.
View ReferralSummaryView(const Referral& referral, const Date& today);

/// "Previous" and "Next" links for a list that knows only whether a next page exists.
void AddReferralPaging(View& data, const ReferralPage& page, const std::string& base_query);

/// The items shared (or to be shared) as rows of a summary list.
View SharedItemsView(const std::vector<SharedItem>& items);

}  // namespace alongside::web
