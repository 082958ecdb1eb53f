#pragma once
/// The pure rules of a referral's life: which side may make which change in which state,
/// stepping up or down between levels, when an answer is due, and the flags that keep a
/// family from being lost between services. No storage, no access policy: the service
/// decides the actor's side and asks these rules.

#include <optional>
#include <string>
#include <string_view>

#include "core/families/calendar_date.hpp"
#include "core/referrals/referral.hpp"

namespace alongside {

/// The changes a referral can go through after it is drafted.
enum class ReferralChange {
  kSend,          ///< referring side: the draft goes to the service
  kWithdraw,      ///< referring side: no longer wanted, any time before it is closed
  kResolveFlag,   ///< referring side: a late or dead-end flag is settled
  kAccompanied,   ///< referring side: a peer supporter went along to the first appointment
  kReceive,       ///< receiving side: seen (also on first opening a sent referral)
  kAccept,
  kDecline,       ///< with a reason, and ideally an onward service or note
  kFirstContact,  ///< the service's first contact with the family, on a date
  kStartSupport,
  kClose,         ///< with an outcome
};

std::string_view ReferralChangeCode(ReferralChange change);
std::optional<ReferralChange> ReferralChangeFromCode(std::string_view code);

/// Whether the change is the referring side's to make (send, withdraw, resolve, went along).
bool IsReferringChange(ReferralChange change);

/// Which sides of the referral the actor stands on (a person may stand on both).
struct ReferralSides {
  bool referring = false;
  bool receiving = false;
};

/// Why this change may not be made now, in words for the person, or nothing when it may.
/// `today` (UK date) matters only for resolving a flag.
std::optional<std::string> RefusalOf(const Referral& referral, ReferralChange change, ReferralSides sides,
                                     const Date& today);

enum class LevelStep { kUp, kDown, kSame };
LevelStep StepOf(ServiceLevel from, ServiceLevel to);
std::string_view LevelStepLabel(LevelStep step);  ///< "Step up", "Step down", "Same level"

/// The UK date by which the service should answer: the UK date it was sent plus its days.
Date RespondBy(Millis sent_at, int response_days);

struct ReferralFlags {
  bool late = false;      ///< sent or received, not answered, and today is after respond_by
  bool dead_end = false;  ///< declined with no onward service and no onward note
  bool any() const { return late || dead_end; }
};
/// Both flags are off once someone has resolved them.
ReferralFlags FlagsOf(const Referral& referral, const Date& today);

/// Whole UK days from sending to the first contact; nothing until both happened.
std::optional<long> DaysToFirstContact(const Referral& referral);

/// A calendar date as the instant stored for it: noon UTC, which is that same date in the UK
/// in summer and winter alike.
Millis InstantOfDate(const Date& date);

}  // namespace alongside
