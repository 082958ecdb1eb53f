#include "core/referrals/referral_state.hpp"

#include <array>

#include "core/common/code_table.hpp"

namespace alongside {
namespace {

constexpr std::array<Named<ReferralChange>, 10> kChanges{{
    {ReferralChange::kSend, "send", "Send"},
    {ReferralChange::kWithdraw, "withdraw", "Withdraw"},
    {ReferralChange::kResolveFlag, "resolve", "Resolve"},
    {ReferralChange::kAccompanied, "accompanied", "Went along"},
    {ReferralChange::kReceive, "receive", "Mark as received"},
    {ReferralChange::kAccept, "accept", "Accept"},
    {ReferralChange::kDecline, "decline", "Decline"},
    {ReferralChange::kFirstContact, "first-contact", "Record first contact"},
    {ReferralChange::kStartSupport, "start-support", "Support started"},
    {ReferralChange::kClose, "close", "Close"},
}};

}  // namespace

bool IsReferringChange(ReferralChange change) {
  return change == ReferralChange::kSend || change == ReferralChange::kWithdraw ||
         change == ReferralChange::kResolveFlag || change == ReferralChange::kAccompanied;
}

namespace {

bool Any(ReferralStatus status, std::initializer_list<ReferralStatus> among) {
  for (auto s : among)
    if (s == status) return true;
  return false;
}

std::string InState(const Referral& r) {
  return "This referral is " + std::string(ReferralStatusLabel(r.status)) + ". ";
}

}  // namespace

std::string_view ReferralChangeCode(ReferralChange change) { return CodeOf(kChanges, change); }
std::optional<ReferralChange> ReferralChangeFromCode(std::string_view code) { return FromCode(kChanges, code); }

std::optional<std::string> RefusalOf(const Referral& r, ReferralChange change, ReferralSides sides,
                                     const Date& today) {
  using S = ReferralStatus;
  if (IsReferringChange(change) && !sides.referring)
    return std::string("Only the referring side can do this.");
  if (!IsReferringChange(change) && !sides.receiving)
    return std::string("Only the service the family was referred to can do this.");
  switch (change) {
    case ReferralChange::kSend:
      if (r.status != S::kDraft) return InState(r) + "Only a draft can be sent.";
      return std::nullopt;
    case ReferralChange::kWithdraw:
      if (Any(r.status, {S::kDeclined, S::kClosed, S::kWithdrawn}))
        return InState(r) + "It can no longer be withdrawn.";
      return std::nullopt;
    case ReferralChange::kResolveFlag:
      if (!FlagsOf(r, today).any()) return std::string("This referral has nothing waiting to be resolved.");
      return std::nullopt;
    case ReferralChange::kAccompanied:
      if (!Any(r.status, {S::kAccepted, S::kFirstContact, S::kSupportStarted}))
        return InState(r) + "Going along is recorded once the service has accepted the family.";
      if (r.accompanied_at) return std::string("Going along to the first appointment is already recorded.");
      return std::nullopt;
    case ReferralChange::kReceive:
      if (r.status != S::kSent) return InState(r) + "Only a sent referral can be marked as received.";
      return std::nullopt;
    case ReferralChange::kAccept:
    case ReferralChange::kDecline:
      if (!Any(r.status, {S::kSent, S::kReceived}))
        return InState(r) + "Only a sent or received referral can be accepted or declined.";
      return std::nullopt;
    case ReferralChange::kFirstContact:
      if (r.status != S::kAccepted) return InState(r) + "First contact follows accepting the referral.";
      return std::nullopt;
    case ReferralChange::kStartSupport:
      if (r.status != S::kFirstContact) return InState(r) + "Support starts after the first contact.";
      return std::nullopt;
    case ReferralChange::kClose:
      if (!Any(r.status, {S::kAccepted, S::kFirstContact, S::kSupportStarted}))
        return InState(r) + "Only an accepted referral can be closed with an outcome.";
      return std::nullopt;
  }
  return std::string("This change is not possible.");
}

LevelStep StepOf(ServiceLevel from, ServiceLevel to) {
  const int a = ServiceLevelRank(from), b = ServiceLevelRank(to);
  return b > a ? LevelStep::kUp : b < a ? LevelStep::kDown : LevelStep::kSame;
}

std::string_view LevelStepLabel(LevelStep step) {
  switch (step) {
    case LevelStep::kUp: return "Step up";
    case LevelStep::kDown: return "Step down";
    case LevelStep::kSame: return "Same level";
  }
  return "";
}

Date RespondBy(Millis sent_at, int response_days) { return AddDays(LondonDateOf(sent_at), response_days); }

ReferralFlags FlagsOf(const Referral& r, const Date& today) {
  ReferralFlags flags;
  if (r.resolved_at) return flags;
  if (r.status == ReferralStatus::kSent || r.status == ReferralStatus::kReceived) {
    const auto due = ParseDate(r.respond_by);
    flags.late = due && today > *due;
  }
  flags.dead_end = r.status == ReferralStatus::kDeclined && r.onward_service_id.empty() && r.onward_note.empty();
  return flags;
}

std::optional<long> DaysToFirstContact(const Referral& r) {
  if (!r.sent_at || !r.first_contact_at) return std::nullopt;
  return DaysBetween(LondonDateOf(*r.sent_at), LondonDateOf(*r.first_contact_at));
}

Millis InstantOfDate(const Date& date) { return DaysSinceEpoch(date) * kDay + 12 * kHour; }

}  // namespace alongside
