#pragma once
/// Who is involved with a family, as the family itself should read it: each service a
/// referral was sent to (not drafts, not withdrawn ones) with where it has got to in plain
/// words and the reason given, and the services the family was told about. Never the
/// services' notes to each other, a decline reason, or anything sensitive.

#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/services/service.hpp"
#include "core/signposts/signpost.hpp"

namespace alongside {

/// One referral of the family, with only what the family may read.
struct InvolvedReferral {
  std::string service_id;
  std::string service_name;
  ServiceType service_type = ServiceType::kPeerSupport;
  ServiceLevel service_level = ServiceLevel::kCommunity;
  std::string organisation_name;
  std::string status;  ///< the referrals table's status code ("sent" … "closed")
  std::string reason;  ///< why, in the words the family agreed to share
  std::optional<Millis> sent_at;
  std::optional<Millis> answered_at;
  std::optional<Millis> first_contact_at;
  std::optional<Millis> support_started_at;
  std::optional<Millis> closed_at;
};

/// A service the family was told about, without the worker's note.
struct InvolvedSignpost {
  std::string service_name;
  Millis given_at = 0;
  std::optional<SignpostOutcome> outcome;
};

struct FamilyInvolvement {
  std::string family_id;
  std::vector<InvolvedReferral> referrals;  ///< newest first
  std::vector<InvolvedSignpost> signposts;  ///< newest first
};

/// Where a referral has got to, for the family: "Referred on 3 March 2027, waiting to hear",
/// "Accepted on 5 March", "In touch with you since 6 March", "Seeing you since 7 March",
/// "Not able to help this time", "Finished on 9 May".
std::string InvolvementStatusWords(const InvolvedReferral& referral);

/// Whether a referral in this status shows to the family: sent or further along, not withdrawn.
bool ShownToFamily(std::string_view referral_status);

}  // namespace alongside
