#pragma once
/// A referral of a family by one organisation to a service of another, tracked from a draft
/// until the family is helped (or the referral is withdrawn). Plain values; the rules about
/// who may change what, the flags and the dates live in referral_state.hpp, what may be
/// shared in referral_sharing.hpp.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"
#include "core/services/service.hpp"

namespace alongside {

enum class ReferralStatus {
  kDraft,
  kSent,
  kReceived,
  kAccepted,
  kDeclined,
  kFirstContact,
  kSupportStarted,
  kClosed,
  kWithdrawn,
};

/// One thing the receiving service was shown, frozen when the referral was sent.
struct SharedItem {
  std::string item;   ///< ShareItem code, or "reason"
  std::string label;  ///< words for the reader: "Caregiver"
  std::string value;  ///< "Amira Khan (she/her)"
};

/// A change of state: who, from which organisation, when, with a note.
struct ReferralEvent {
  std::string id;
  std::string referral_id;
  ReferralStatus status = ReferralStatus::kDraft;
  std::string note;
  std::string by_user_id;
  std::string by_user_name;  ///< filled when read
  std::string by_organisation_id;
  Millis at = 0;
};

struct Referral {
  std::string id;
  std::string family_id;
  std::string service_id;
  std::string service_name;            ///< filled when read
  std::string from_organisation_id;
  std::string from_organisation_name;  ///< filled when read
  std::string from_user_id;
  std::string from_user_name;          ///< filled when read
  std::string to_organisation_id;
  std::string to_organisation_name;    ///< filled when read
  std::string family_supporter_user_id;  ///< filled when read: the family's supporter now
  ReferralStatus status = ReferralStatus::kDraft;
  std::string reason;
  std::vector<std::string> share_items;  ///< a draft's chosen ShareItem codes
  ServiceLevel from_level = ServiceLevel::kCommunity;
  ServiceLevel to_level = ServiceLevel::kCommunity;
  std::string respond_by;  ///< 'YYYY-MM-DD', set when sent
  std::optional<Millis> sent_at;
  std::optional<Millis> received_at;
  std::optional<Millis> answered_at;
  std::string decline_reason;
  std::string onward_service_id;
  std::string onward_service_name;  ///< filled when read
  std::string onward_note;
  std::optional<Millis> first_contact_at;
  std::optional<Millis> support_started_at;
  std::optional<Millis> closed_at;
  std::string outcome;
  std::optional<Millis> withdrawn_at;
  std::string withdrawn_reason;
  std::optional<Millis> accompanied_at;
  std::string accompanied_by;
  std::optional<Millis> resolved_at;
  std::string resolved_by;
  std::string resolved_note;
  Millis created_at = 0;
  Millis updated_at = 0;
  int version = 1;
};

std::string_view ReferralStatusCode(ReferralStatus status);
std::optional<ReferralStatus> ReferralStatusFromCode(std::string_view code);
std::string_view ReferralStatusLabel(ReferralStatus status);
std::vector<ReferralStatus> AllReferralStatuses();

}  // namespace alongside
