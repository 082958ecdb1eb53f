// What a family agreed to decides what the programme may do and share. A withdrawal takes
// effect at once, a later consent restores it, and nothing in the history is lost.

#include <gtest/gtest.h>

#include "core/families/consent.hpp"

namespace alongside {
namespace {

ConsentRecord Record(ConsentKind kind, ConsentDecision decision, Millis at, std::string organisation = "") {
  ConsentRecord r;
  r.kind = kind;
  r.decision = decision;
  r.decided_at = at;
  r.recorded_at = at;
  r.organisation_id = std::move(organisation);
  r.recorded_by_user_id = "supporter-1";
  return r;
}

constexpr auto kGiven = ConsentDecision::kGiven;
constexpr auto kWithdrawn = ConsentDecision::kWithdrawn;

TEST(CoreFamilyConsent, NothingIsAgreedUntilItIsRecorded) {
  const auto state = CurrentConsent({});
  EXPECT_FALSE(HasSupportConsent(state));
  EXPECT_FALSE(MayShareWith(state, "health-visiting"));
  EXPECT_FALSE(state.Given(ConsentKind::kTexts));
}

TEST(CoreFamilyConsent, SharingIsAgreedServiceByService) {
  const auto state = CurrentConsent({Record(ConsentKind::kSupport, kGiven, 1000),
                                     Record(ConsentKind::kSharing, kGiven, 2000, "health-visiting")});
  EXPECT_TRUE(HasSupportConsent(state));
  EXPECT_TRUE(MayShareWith(state, "health-visiting"));
  EXPECT_FALSE(MayShareWith(state, "childrens-social-care"));
  EXPECT_FALSE(MayShareWith(state, ""));
  EXPECT_FALSE(state.Given(ConsentKind::kEvaluation));
}

TEST(CoreFamilyConsent, AWithdrawalTakesEffectAtOnce) {
  std::vector<ConsentRecord> history{Record(ConsentKind::kSupport, kGiven, 1000),
                                     Record(ConsentKind::kSharing, kGiven, 2000, "health-visiting"),
                                     Record(ConsentKind::kSharing, kGiven, 2000, "family-hub"),
                                     Record(ConsentKind::kTexts, kGiven, 2000)};
  history.push_back(Record(ConsentKind::kSharing, kWithdrawn, 3000, "health-visiting"));
  history.push_back(Record(ConsentKind::kTexts, kWithdrawn, 3000));
  const auto state = CurrentConsent(history);
  EXPECT_FALSE(MayShareWith(state, "health-visiting"));
  EXPECT_TRUE(MayShareWith(state, "family-hub"));  // only the named service is withdrawn
  EXPECT_FALSE(state.Given(ConsentKind::kTexts));
  EXPECT_TRUE(HasSupportConsent(state));
}

TEST(CoreFamilyConsent, LeavingTheProgrammeStopsAllSharing) {
  const auto state = CurrentConsent({Record(ConsentKind::kSupport, kGiven, 1000),
                                     Record(ConsentKind::kSharing, kGiven, 2000, "family-hub"),
                                     Record(ConsentKind::kSupport, kWithdrawn, 3000)});
  EXPECT_FALSE(HasSupportConsent(state));
  EXPECT_FALSE(MayShareWith(state, "family-hub"));
  // The sharing decision itself still stands in the history, for when they come back.
  EXPECT_TRUE(state.Find(ConsentKind::kSharing, "family-hub")->given);
}

TEST(CoreFamilyConsent, ConsentingAgainRestoresIt) {
  const auto state = CurrentConsent({Record(ConsentKind::kSupport, kGiven, 1000),
                                     Record(ConsentKind::kSupport, kWithdrawn, 2000),
                                     Record(ConsentKind::kSupport, kGiven, 3000)});
  EXPECT_TRUE(HasSupportConsent(state));
  EXPECT_EQ(state.Find(ConsentKind::kSupport)->latest.decided_at, 3000);
}

TEST(CoreFamilyConsent, TheLatestDecisionWinsWhateverOrderTheHistoryIsIn) {
  const auto state = CurrentConsent({Record(ConsentKind::kEvaluation, kWithdrawn, 5000),
                                     Record(ConsentKind::kEvaluation, kGiven, 1000),
                                     Record(ConsentKind::kEvaluation, kGiven, 3000)});
  EXPECT_FALSE(state.Given(ConsentKind::kEvaluation));
}

TEST(CoreFamilyConsent, ABackdatedFormDoesNotUndoALaterWithdrawal) {
  // Withdrawn online at 10:00; then a paper form signed the day before is typed in.
  auto withdrawn = Record(ConsentKind::kSupport, kWithdrawn, 10 * kHour);
  withdrawn.method = ConsentMethod::kOnline;
  auto signed_form = Record(ConsentKind::kSupport, kGiven, 10 * kHour - kDay);
  signed_form.recorded_at = 11 * kHour;
  signed_form.method = ConsentMethod::kWritten;
  EXPECT_FALSE(HasSupportConsent(CurrentConsent({withdrawn, signed_form})));
  EXPECT_FALSE(HasSupportConsent(CurrentConsent({signed_form, withdrawn})));
}

TEST(CoreFamilyConsent, WhenInDoubtAWithdrawalWins) {
  const auto given = Record(ConsentKind::kTexts, kGiven, 1000);
  const auto withdrawn = Record(ConsentKind::kTexts, kWithdrawn, 1000);
  EXPECT_FALSE(CurrentConsent({given, withdrawn}).Given(ConsentKind::kTexts));
  EXPECT_FALSE(CurrentConsent({withdrawn, given}).Given(ConsentKind::kTexts));
}

TEST(CoreFamilyConsent, ASharingRecordWithoutAServiceSharesWithNobody) {
  const auto state = CurrentConsent({Record(ConsentKind::kSupport, kGiven, 1000),
                                     Record(ConsentKind::kSharing, kGiven, 2000, "")});
  EXPECT_FALSE(MayShareWith(state, ""));
  EXPECT_EQ(state.standings.size(), 1u);
}

TEST(CoreFamilyConsent, CodesAndWordsRoundTrip) {
  for (auto kind : {ConsentKind::kSupport, ConsentKind::kSharing, ConsentKind::kTexts, ConsentKind::kEvaluation})
    EXPECT_EQ(ConsentKindFromCode(ConsentKindCode(kind)), kind);
  for (auto method : {ConsentMethod::kInPerson, ConsentMethod::kPhone, ConsentMethod::kWritten, ConsentMethod::kOnline})
    EXPECT_EQ(ConsentMethodFromCode(ConsentMethodCode(method)), method);
  EXPECT_EQ(ConsentDecisionFromCode("withdrawn"), kWithdrawn);
  EXPECT_FALSE(ConsentKindFromCode("everything").has_value());
  EXPECT_EQ(ConsentKindLabel(ConsentKind::kEvaluation), "Taking part in evaluation");
  EXPECT_EQ(ConsentMethodLabel(ConsentMethod::kPhone), "By phone");
}

}  // namespace
}  // namespace alongside
