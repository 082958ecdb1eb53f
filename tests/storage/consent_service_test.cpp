// What a family agreed to, on SQLite and PostgreSQL: the history gives the state, a
// withdrawal of support takes the family off the supporter's caseload at once and stops new
// work, sharing is only with a named service of the area, and every read and write is audited.

#include <gtest/gtest.h>

#include "privacy_family_fixture.hpp"

namespace alongside {
namespace {

class ConsentServiceTest : public test::PrivacyFamilyTest {
 protected:
  ConsentRecordResult Record(const User& who, const ConsentForm& form, bool confirmed = false) {
    clock().Advance(kMinute);
    return w().consent_service.Record(ActorOf(who), family_, form, confirmed);
  }

  const ConsentStandingView* Standing(const FamilyConsent& consent, ConsentKind kind, const std::string& service = "") {
    for (const auto& standing : consent.current)
      if (standing.kind == kind && standing.organisation_id == service) return &standing;
    return nullptr;
  }
};

TEST_P(ConsentServiceTest, TheHistoryGivesWhatTheFamilyAgreesToNow) {
  Record(supporter_, Decision("texts", "given"));
  Record(supporter_, Decision("evaluation", "given"));
  Record(coordinator_, Decision("sharing", "given", health_.id));
  auto withdrawn_texts = Decision("texts", "withdrawn");
  withdrawn_texts.note = "Prefers phone calls";
  Record(supporter_, withdrawn_texts);

  const auto consent = w().consent_service.Read(ActorOf(coordinator_), family_);
  ASSERT_EQ(consent.history.size(), 5u);
  EXPECT_EQ(consent.history[0].record.kind, ConsentKind::kTexts) << "newest first";
  EXPECT_EQ(consent.history[0].record.note, "Prefers phone calls");
  EXPECT_EQ(consent.history[0].recorded_by_name, "Rae Supporter");
  EXPECT_TRUE(consent.support_given);
  ASSERT_NE(Standing(consent, ConsentKind::kTexts), nullptr);
  EXPECT_FALSE(Standing(consent, ConsentKind::kTexts)->given);
  EXPECT_EQ(Standing(consent, ConsentKind::kTexts)->latest.record.method, ConsentMethod::kPhone);
  EXPECT_TRUE(Standing(consent, ConsentKind::kEvaluation)->given);
  const auto* sharing = Standing(consent, ConsentKind::kSharing, health_.id);
  ASSERT_NE(sharing, nullptr);
  EXPECT_TRUE(sharing->given);
  EXPECT_EQ(sharing->organisation_name, "Eastbrook Health Visiting");
  ASSERT_EQ(consent.services.size(), 1u) << "only other organisations of the family's area";
  EXPECT_EQ(consent.services[0].name, "Eastbrook Health Visiting");

  EXPECT_EQ(AuditEntriesFor("consent.record").size(), 4u);
  const auto reads = AuditEntriesFor("consent.read");
  ASSERT_EQ(reads.size(), 1u);
  EXPECT_EQ(reads[0].actor_user_id, coordinator_.id);
  EXPECT_EQ(reads[0].record_id, family_);
  EXPECT_EQ(Count("consent_records"), 5) << "every decision is a new row";
}

TEST_P(ConsentServiceTest, WithdrawingSupportIsConfirmedThenTakesEffectAtOnce) {
  ASSERT_TRUE(Reaches(supporter_));
  ASSERT_TRUE(OnTheirList(supporter_));

  const auto unconfirmed = Record(supporter_, Decision("support", "withdrawn"));
  EXPECT_TRUE(unconfirmed.needs_confirmation);
  EXPECT_FALSE(unconfirmed.record);
  EXPECT_EQ(Count("consent_records"), 1) << "nothing saved before confirming";
  EXPECT_TRUE(SupportFlag());

  const auto confirmed = Record(supporter_, Decision("support", "withdrawn"), true);
  ASSERT_TRUE(confirmed.record);
  EXPECT_FALSE(confirmed.still_reaches) << "the supporter recorded their own loss of access";
  EXPECT_FALSE(SupportFlag());
  EXPECT_FALSE(Reaches(supporter_)) << "the caseload no longer reaches the family";
  EXPECT_FALSE(Reaches(supporter_, Resource::kFamilySensitive));
  EXPECT_FALSE(OnTheirList(supporter_)) << "nor lists it";
  EXPECT_TRUE(OnTheirList(coordinator_)) << "the programme keeps the record";
  {
    auto tx = database().Begin();
    EXPECT_THROW(w().family_access.RequireWork(*tx, ActorOf(coordinator_), family_, Resource::kFamily, Action::kUpdate),
                 Conflict)
        << "no new work without consent";
  }
  ExpectRefused(supporter_, [&](const Actor& a) { w().consent_service.Read(a, family_); }, "family.read");

  // The family agrees again: the supporter's caseload holds them again.
  const auto again = Record(coordinator_, Decision("support", "given"));
  EXPECT_TRUE(again.still_reaches);
  EXPECT_TRUE(SupportFlag());
  EXPECT_TRUE(Reaches(supporter_));
  EXPECT_TRUE(OnTheirList(supporter_));
}

TEST_P(ConsentServiceTest, WithdrawingWhenSupportIsAlreadyWithdrawnNeedsNoConfirmation) {
  Record(coordinator_, Decision("support", "withdrawn"), true);
  const auto again = Record(coordinator_, Decision("support", "withdrawn"));
  EXPECT_FALSE(again.needs_confirmation);
  EXPECT_TRUE(again.record);
}

TEST_P(ConsentServiceTest, SharingIsWithANamedServiceOfTheAreaAndEndsWithSupport) {
  try {
    Record(coordinator_, Decision("sharing", "given", far_health_.id));
    ADD_FAILURE() << "a service of another area was accepted";
  } catch (const Invalid& invalid) {
    ASSERT_EQ(invalid.errors().size(), 1u);
    EXPECT_EQ(invalid.errors()[0].field, "organisation_id");
  }
  auto may_share = [&](const std::string& organisation_id) {
    auto tx = database().Begin(db::TxMode::kRead);
    const bool may = w().consent_service.MayShareWith(*tx, family_, organisation_id);
    tx->Commit();
    return may;
  };
  EXPECT_FALSE(may_share(health_.id)) << "never asked";
  Record(coordinator_, Decision("sharing", "given", health_.id));
  EXPECT_TRUE(may_share(health_.id));
  EXPECT_FALSE(may_share(far_health_.id));
  Record(coordinator_, Decision("support", "withdrawn"), true);
  EXPECT_FALSE(may_share(health_.id)) << "someone who left the programme has not asked for their record to travel";
}

TEST_P(ConsentServiceTest, BadInputIsReportedAtEveryField) {
  ConsentForm form;
  form.decided_on = "31 2 2025";
  try {
    Record(coordinator_, form);
    ADD_FAILURE() << "accepted";
  } catch (const Invalid& invalid) {
    std::vector<std::string> fields;
    for (const auto& e : invalid.errors()) fields.push_back(e.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"kind", "decision", "method", "decided_on"}));
  }
  EXPECT_EQ(Count("consent_records"), 1);
}

TEST_P(ConsentServiceTest, ALinkedParentReadsDecisionsWithoutWorkersNotesAndRecordsNothing) {
  auto form = Decision("texts", "given");
  form.note = "Worried about her partner reading texts";
  Record(supporter_, form);
  const auto consent = w().consent_service.Read(ActorOf(partner_), family_);
  EXPECT_TRUE(consent.shared_view);
  EXPECT_FALSE(consent.may_record);
  EXPECT_FALSE(consent.may_read_sensitive);
  ASSERT_EQ(consent.history.size(), 2u);
  for (const auto& entry : consent.history) EXPECT_EQ(entry.record.note, "");
  EXPECT_TRUE(consent.services.empty());
  ExpectRefused(
      partner_, [&](const Actor& a) { w().consent_service.Record(a, family_, Decision("texts", "withdrawn"), true); },
      "family.update");
}

TEST_P(ConsentServiceTest, PeopleWithoutReachAreRefusedAndAudited) {
  for (const User* who : {&unassigned_, &other_practitioner_, &commissioner_, &admin_, &member_, &stranger_}) {
    ExpectRefused(*who, [&](const Actor& a) { w().consent_service.Read(a, family_); }, "family.read");
    ExpectRefused(
        *who, [&](const Actor& a) { w().consent_service.Record(a, family_, Decision("texts", "given"), true); },
        "family.update");
  }
  EXPECT_EQ(Count("consent_records"), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, ConsentServiceTest, ::testing::ValuesIn(test::TestBackends()), test::BackendName);

}  // namespace
}  // namespace alongside
