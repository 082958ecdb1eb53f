// The rules of a referral's life: each side's changes allowed only in the states that make
// sense, everything else refused with words a person can act on; stepping between levels;
// when an answer is due (UK dates); and the late and dead-end flags at the edges of a day.

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "core/referrals/referral_sharing.hpp"
#include "core/referrals/referral_state.hpp"

namespace alongside {
namespace {

using S = ReferralStatus;
using C = ReferralChange;

const ReferralSides kReferring{true, false};
const ReferralSides kReceiving{false, true};
const Date kToday{2027, 3, 14};

Referral InState(S status) {
  Referral r;
  r.status = status;
  return r;
}

/// Which statuses each change is allowed from, for the side that makes it.
const std::map<C, std::set<S>> kAllowedFrom{
    {C::kSend, {S::kDraft}},
    {C::kWithdraw, {S::kDraft, S::kSent, S::kReceived, S::kAccepted, S::kFirstContact, S::kSupportStarted}},
    {C::kAccompanied, {S::kAccepted, S::kFirstContact, S::kSupportStarted}},
    {C::kReceive, {S::kSent}},
    {C::kAccept, {S::kSent, S::kReceived}},
    {C::kDecline, {S::kSent, S::kReceived}},
    {C::kFirstContact, {S::kAccepted}},
    {C::kStartSupport, {S::kFirstContact}},
    {C::kClose, {S::kAccepted, S::kFirstContact, S::kSupportStarted}},
};

TEST(ReferralState, EachChangeIsAllowedOnlyFromItsStatesAndOnlyForItsSide) {
  for (const auto& [change, allowed] : kAllowedFrom) {
    const auto own_side = IsReferringChange(change) ? kReferring : kReceiving;
    const auto other_side = IsReferringChange(change) ? kReceiving : kReferring;
    for (auto status : AllReferralStatuses()) {
      const auto refusal = RefusalOf(InState(status), change, own_side, kToday);
      EXPECT_EQ(!refusal.has_value(), allowed.count(status) == 1)
          << ReferralChangeCode(change) << " from " << ReferralStatusCode(status);
      if (refusal) EXPECT_NE(refusal->find("This referral is"), std::string::npos) << *refusal;
      EXPECT_TRUE(RefusalOf(InState(status), change, other_side, kToday).has_value())
          << ReferralChangeCode(change) << " by the other side";
    }
  }
}

TEST(ReferralState, TheOtherSideIsToldWhoMayMakeTheChange) {
  EXPECT_EQ(*RefusalOf(InState(S::kSent), C::kAccept, kReferring, kToday),
            "Only the service the family was referred to can do this.");
  EXPECT_EQ(*RefusalOf(InState(S::kDraft), C::kSend, kReceiving, kToday), "Only the referring side can do this.");
  EXPECT_FALSE(RefusalOf(InState(S::kDraft), C::kSend, {true, true}, kToday));
}

TEST(ReferralState, GoingAlongIsRecordedOnce) {
  auto r = InState(S::kAccepted);
  EXPECT_FALSE(RefusalOf(r, C::kAccompanied, kReferring, kToday));
  r.accompanied_at = 1;
  EXPECT_TRUE(RefusalOf(r, C::kAccompanied, kReferring, kToday));
}

TEST(ReferralState, StepsUpDownOrStayByLevelRank) {
  EXPECT_EQ(StepOf(ServiceLevel::kCommunity, ServiceLevel::kUniversal), LevelStep::kUp);
  EXPECT_EQ(StepOf(ServiceLevel::kSpecialist, ServiceLevel::kTargeted), LevelStep::kDown);
  EXPECT_EQ(StepOf(ServiceLevel::kStatutory, ServiceLevel::kCommunity), LevelStep::kDown);
  EXPECT_EQ(StepOf(ServiceLevel::kUniversal, ServiceLevel::kUniversal), LevelStep::kSame);
  EXPECT_EQ(LevelStepLabel(LevelStep::kUp), "Step up");
}

TEST(ReferralState, RespondByCountsFromTheUkDateItWasSent) {
  // 23:30 UTC on 30 June 2027 is already 1 July in London (BST).
  const Millis late_evening = InstantOfDate({2027, 6, 30}) + 11 * kHour + 30 * kMinute;
  EXPECT_EQ(RespondBy(late_evening, 10), (Date{2027, 7, 11}));
  // In winter London is on UTC: 23:30 UTC on 30 December is still 30 December.
  const Millis winter = InstantOfDate({2027, 12, 30}) + 11 * kHour + 30 * kMinute;
  EXPECT_EQ(RespondBy(winter, 5), (Date{2028, 1, 4}));
}

TEST(ReferralState, LateOnlyAfterTheDayItIsDueAndUntilAnsweredOrResolved) {
  auto r = InState(S::kSent);
  r.respond_by = "2027-03-14";
  EXPECT_FALSE(FlagsOf(r, {2027, 3, 14}).late);  // due today is not late yet
  EXPECT_TRUE(FlagsOf(r, {2027, 3, 15}).late);
  r.status = S::kReceived;
  EXPECT_TRUE(FlagsOf(r, {2027, 3, 15}).late);
  r.status = S::kAccepted;
  EXPECT_FALSE(FlagsOf(r, {2027, 3, 15}).late);
  r.status = S::kSent;
  r.resolved_at = 5;
  EXPECT_FALSE(FlagsOf(r, {2027, 3, 15}).any());
}

TEST(ReferralState, ADeclineWithNoOnwardRouteIsADeadEndUntilResolved) {
  auto r = InState(S::kDeclined);
  EXPECT_TRUE(FlagsOf(r, kToday).dead_end);
  r.onward_note = "Try the food bank on Mill Street";
  EXPECT_FALSE(FlagsOf(r, kToday).dead_end);
  r.onward_note.clear();
  r.onward_service_id = "0190b6a2-6c1e-7c3a-9f2b-1d4e5a6b7c8d";
  EXPECT_FALSE(FlagsOf(r, kToday).dead_end);
  r.onward_service_id.clear();
  EXPECT_FALSE(RefusalOf(r, C::kResolveFlag, kReferring, kToday));
  r.resolved_at = 7;
  EXPECT_FALSE(FlagsOf(r, kToday).dead_end);
  EXPECT_TRUE(RefusalOf(r, C::kResolveFlag, kReferring, kToday));
}

TEST(ReferralState, NothingToResolveWithoutAFlag) {
  auto r = InState(S::kSent);
  r.respond_by = "2027-03-20";
  EXPECT_EQ(*RefusalOf(r, C::kResolveFlag, kReferring, kToday), "This referral has nothing waiting to be resolved.");
}

TEST(ReferralState, DaysToFirstContactInUkDays) {
  Referral r = InState(S::kFirstContact);
  EXPECT_FALSE(DaysToFirstContact(r));
  r.sent_at = InstantOfDate({2027, 3, 1}) + 11 * kHour + 30 * kMinute;  // 23:30 UTC, still 1 March in winter
  r.first_contact_at = InstantOfDate({2027, 3, 4});
  EXPECT_EQ(*DaysToFirstContact(r), 3);
}

TEST(ReferralState, ChangeCodesReadBothWays) {
  for (const auto& [change, allowed] : kAllowedFrom) EXPECT_EQ(ReferralChangeFromCode(ReferralChangeCode(change)), change);
  EXPECT_EQ(ReferralChangeFromCode("first-contact"), C::kFirstContact);
  EXPECT_FALSE(ReferralChangeFromCode("delete"));
  for (auto status : AllReferralStatuses()) EXPECT_EQ(ReferralStatusFromCode(ReferralStatusCode(status)), status);
}

TEST(ReferralSharing, TheReasonAlwaysAndOnlyTheChosenItems) {
  FamilyRecord record;
  Caregiver amira;
  amira.name = "Amira Khan";
  amira.pronouns = "she/her";
  amira.phone = "07700 900123";
  amira.preferred_language = "Urdu";
  amira.interpreter_needed = true;
  record.family.caregivers = {amira};
  record.family.postcode = "RV1 2AB";
  record.family.address_line_1 = "4 Mill Lane";
  Baby baby;
  baby.due_date = Date{2027, 5, 2};
  record.family.babies = {baby};
  record.family.strengths = "Close to her sister";

  const auto only_reason = BuildSharedItems(record, "Low mood since the move", {});
  ASSERT_EQ(only_reason.size(), 1u);
  EXPECT_EQ(only_reason[0].item, "reason");

  const auto items = BuildSharedItems(record, "Low mood", ShareItemsFromCodes({"babies", "caregivers", "language"}));
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[1].value, "Amira Khan (she/her)");
  EXPECT_EQ(items[2].value, "Urdu; needs an interpreter");
  EXPECT_EQ(items[3].value, "Baby, due 2 May 2027");
  for (const auto& item : items) {
    EXPECT_EQ(item.value.find("07700"), std::string::npos);
    EXPECT_EQ(item.value.find("Mill Lane"), std::string::npos);
  }
  EXPECT_EQ(ShareItemsFromCodes({"sensitive_notes", "address", "address"}).size(), 1u);
}

}  // namespace
}  // namespace alongside
