#include "core/referrals/referral.hpp"

#include <array>

#include "core/common/code_table.hpp"

namespace alongside {
namespace {

constexpr std::array<Named<ReferralStatus>, 9> kStatuses{{
    {ReferralStatus::kDraft, "draft", "Draft"},
    {ReferralStatus::kSent, "sent", "Sent"},
    {ReferralStatus::kReceived, "received", "Received"},
    {ReferralStatus::kAccepted, "accepted", "Accepted"},
    {ReferralStatus::kDeclined, "declined", "Declined"},
    {ReferralStatus::kFirstContact, "first_contact", "First contact made"},
    {ReferralStatus::kSupportStarted, "support_started", "Support started"},
    {ReferralStatus::kClosed, "closed", "Closed"},
    {ReferralStatus::kWithdrawn, "withdrawn", "Withdrawn"},
}};

}  // namespace

std::string_view ReferralStatusCode(ReferralStatus status) { return CodeOf(kStatuses, status); }
std::optional<ReferralStatus> ReferralStatusFromCode(std::string_view code) { return FromCode(kStatuses, code); }
std::string_view ReferralStatusLabel(ReferralStatus status) { return LabelOf(kStatuses, status); }
std::vector<ReferralStatus> AllReferralStatuses() { return ValuesOf(kStatuses); }

}  // namespace alongside
