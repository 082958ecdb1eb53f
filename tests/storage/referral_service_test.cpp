// Referrals across organisations on SQLite and PostgreSQL: a whole referral from the
// programme to a health visiting service; no sending without the family's consent to share;
// consent withdrawn hides what was shared at once; each side's changes only; inbox, sent and
// needs-attention lists scoped so a third organisation sees nothing; the receiving side never
// reaches the family record; late and dead-end flags until resolved.

#include <gtest/gtest.h>

#include "privacy_family_fixture.hpp"

namespace alongside {
namespace {

class ReferralServiceTest : public test::PrivacyFamilyTest {
 protected:
  void SetUp() override {
    PrivacyFamilyTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    food_ = AddOrganisation(area_, "Eastbrook Food Bank", OrganisationKind::kTargetedService);
    food_worker_ = AddUser("Flo Food", "flo@example.org", Role::kPractitioner, food_.id);
    visiting_ = AddService(health_, "Eastbrook health visiting", ServiceLevel::kUniversal, ReferralRoute::kAlongside);
    phone_only_ = AddService(food_, "Eastbrook food bank", ServiceLevel::kTargeted, ReferralRoute::kPhone);
  }

  std::string AddService(const Organisation& organisation, const std::string& name, ServiceLevel level,
                         ReferralRoute route) {
    Service s;
    s.id = NewId(clock().Now());
    s.organisation_id = organisation.id;
    s.area_id = organisation.area_id;
    s.name = name;
    s.level = level;
    s.type = ServiceType::kHealthVisiting;
    s.summary = "Support for families";
    s.referral_route = route;
    s.referral_contact = route == ReferralRoute::kAlongside ? "" : "01632 960000";
    s.response_days = 5;
    s.review_due = "2030-01-01";
    s.created_by = coordinator_.id;
    s.created_at = s.updated_at = clock().Now();
    auto tx = database().Begin();
    w().directory_entries.Insert(*tx, s);
    tx->Commit();
    return s.id;
  }

  void ShareWithHealth(const std::string& decision = "given") {
    clock().Advance(kMinute);
    w().consent_service.Record(ActorOf(coordinator_), family_, Decision("sharing", decision, health_.id), false);
  }

  Referral Draft(const std::vector<std::string>& share = {"caregivers"}) {
    clock().Advance(kMinute);
    return w().referral_service.Create(ActorOf(supporter_), family_, {visiting_, "Low mood since the birth", share});
  }

  ReferralView Change(const User& who, const std::string& id, ReferralChange change, ReferralChangeForm form = {}) {
    clock().Advance(kMinute);
    return w().referral_service.Change(ActorOf(who), id, change, form);
  }

  Referral SentReferral() {
    ShareWithHealth();
    const auto draft = Draft();
    Change(supporter_, draft.id, ReferralChange::kSend);
    return draft;
  }

  std::vector<std::string> Ids(const ReferralPage& page) {
    std::vector<std::string> ids;
    for (const auto& r : page.items) ids.push_back(r.id);
    return ids;
  }

  Organisation food_;
  User food_worker_;
  std::string visiting_, phone_only_;
};

TEST_P(ReferralServiceTest, AWholeReferralFromDraftToClosedWithEveryChangeTimedAndAudited) {
  ShareWithHealth();
  const auto draft = Draft({"caregivers", "babies"});
  EXPECT_EQ(draft.status, ReferralStatus::kDraft);
  EXPECT_EQ(draft.from_level, ServiceLevel::kCommunity) << "a peer support programme refers from the community";
  EXPECT_EQ(draft.to_level, ServiceLevel::kUniversal);
  EXPECT_THROW(w().referral_service.Get(ActorOf(other_practitioner_), draft.id), NotFound)
      << "a draft has not crossed yet";

  const auto preview = w().referral_service.Get(ActorOf(supporter_), draft.id);
  EXPECT_TRUE(preview.may_share);
  EXPECT_EQ(preview.step, LevelStep::kUp);
  ASSERT_EQ(preview.shared.size(), 3u) << "the reason and both caregivers";
  EXPECT_EQ(preview.shared[0].value, "Low mood since the birth");
  EXPECT_EQ(Count("referral_shared_items"), 0) << "a preview freezes nothing";

  const auto sent = Change(supporter_, draft.id, ReferralChange::kSend);
  EXPECT_EQ(sent.referral.status, ReferralStatus::kSent);
  EXPECT_EQ(sent.referral.respond_by, IsoDate(AddDays(LondonDateOf(*sent.referral.sent_at), 5)));
  EXPECT_EQ(Count("referral_shared_items"), 3);

  clock().Advance(kMinute);
  const auto opened = w().referral_service.Get(ActorOf(other_practitioner_), draft.id);
  EXPECT_EQ(opened.referral.status, ReferralStatus::kReceived) << "opening a sent referral marks it received";
  EXPECT_TRUE(opened.sides.receiving);
  EXPECT_FALSE(opened.sides.referring);
  EXPECT_TRUE(opened.family_name.empty()) << "the receiving side sees only what was shared";
  ASSERT_EQ(opened.shared.size(), 3u);
  EXPECT_EQ(opened.shared[1].value, "Mia Mother");

  Change(other_practitioner_, draft.id, ReferralChange::kAccept);
  ReferralChangeForm contact;
  contact.date = IsoDate(AddDays(LondonDateOf(clock().Now()), 1));
  EXPECT_THROW(Change(other_practitioner_, draft.id, ReferralChange::kFirstContact, contact), Invalid)
      << "not in the future";
  clock().Advance(2 * kDay);
  contact.date = IsoDate(LondonDateOf(clock().Now()));
  Change(other_practitioner_, draft.id, ReferralChange::kFirstContact, contact);
  Change(supporter_, draft.id, ReferralChange::kAccompanied);
  Change(other_practitioner_, draft.id, ReferralChange::kStartSupport);
  EXPECT_THROW(Change(other_practitioner_, draft.id, ReferralChange::kClose), Invalid) << "an outcome is needed";
  ReferralChangeForm outcome;
  outcome.note = "Seen weekly; feeling better";
  Change(other_practitioner_, draft.id, ReferralChange::kClose, outcome);

  const auto progress = w().referral_service.Get(ActorOf(supporter_), draft.id);
  EXPECT_EQ(progress.referral.status, ReferralStatus::kClosed);
  EXPECT_EQ(progress.referral.outcome, "Seen weekly; feeling better");
  EXPECT_EQ(progress.family_name, "Mia Mother");
  EXPECT_EQ(progress.days_to_first_contact, 2);
  EXPECT_TRUE(progress.referral.accompanied_at);
  ASSERT_EQ(progress.events.size(), 8u) << "draft, sent, received, accepted, first contact, went along, started, closed";
  EXPECT_EQ(progress.events[2].by_user_name, "Hal Health");
  EXPECT_TRUE(progress.allowed.empty()) << "nothing left to do once closed";
  for (const char* action : {"referral.create", "referral.send", "referral.receive", "referral.accept",
                             "referral.first_contact", "referral.accompanied", "referral.start_support",
                             "referral.close"}) {
    const auto entries = AuditEntriesFor(action);
    ASSERT_EQ(entries.size(), 1u) << action;
    EXPECT_EQ(entries[0].record_id, family_) << action;
  }
  EXPECT_EQ(AuditEntriesFor("referral.read").size(), 3u);
}

TEST_P(ReferralServiceTest, WithoutConsentToShareNothingIsSent) {
  const auto draft = Draft();
  const auto preview = w().referral_service.Get(ActorOf(supporter_), draft.id);
  EXPECT_FALSE(preview.may_share);
  try {
    Change(supporter_, draft.id, ReferralChange::kSend);
    ADD_FAILURE() << "sent without consent";
  } catch (const Conflict& conflict) {
    EXPECT_EQ(std::string(conflict.what()),
              "The family has not agreed to share with Eastbrook Health Visiting; record their consent first");
  }
  EXPECT_EQ(Count("referral_shared_items"), 0);
  EXPECT_TRUE(Ids(w().referral_service.Inbox(ActorOf(other_practitioner_), std::nullopt, {})).empty());
}

TEST_P(ReferralServiceTest, ConsentWithdrawnHidesWhatWasSharedAtOnce) {
  const auto referral = SentReferral();
  ShareWithHealth("withdrawn");
  const auto seen = w().referral_service.Get(ActorOf(other_practitioner_), referral.id);
  EXPECT_TRUE(seen.shared_hidden);
  EXPECT_TRUE(seen.shared.empty());
  EXPECT_TRUE(seen.referral.reason.empty());
  EXPECT_EQ(seen.consent_withdrawn_on, FormatDate(LondonDateOf(clock().Now())));
  const auto own = w().referral_service.Get(ActorOf(supporter_), referral.id);
  EXPECT_FALSE(own.shared_hidden) << "the referrer still sees what they sent";
  EXPECT_EQ(own.shared.size(), 3u) << "the reason and both caregivers";
}

TEST_P(ReferralServiceTest, OnlyAreaServicesTakingReferralsThroughAlongside) {
  try {
    w().referral_service.Create(ActorOf(supporter_), family_, {phone_only_, "", {"secrets"}});
    ADD_FAILURE() << "accepted";
  } catch (const Invalid& invalid) {
    ASSERT_EQ(invalid.errors().size(), 3u);
    EXPECT_EQ(invalid.errors()[0].field, "service_id");
    EXPECT_EQ(invalid.errors()[1].field, "reason");
    EXPECT_EQ(invalid.errors()[2].field, "share");
  }
  const auto options = w().referral_service.Options(ActorOf(supporter_), family_);
  ASSERT_EQ(options.services.size(), 1u);
  EXPECT_EQ(options.services[0].id, visiting_);
  ExpectRefused(unassigned_, [&](const Actor& a) { w().referral_service.Options(a, family_); }, "family.update");
}

TEST_P(ReferralServiceTest, EachSideMakesOnlyItsOwnChanges) {
  const auto referral = SentReferral();
  EXPECT_THROW(Change(supporter_, referral.id, ReferralChange::kAccept), Conflict);
  EXPECT_THROW(Change(other_practitioner_, referral.id, ReferralChange::kWithdraw), Conflict);
  EXPECT_THROW(Change(other_practitioner_, referral.id, ReferralChange::kSend), Conflict);
  EXPECT_THROW(Change(coordinator_, referral.id, ReferralChange::kAccompanied), Conflict)
      << "going along is recorded by a peer supporter";
  EXPECT_THROW(Change(food_worker_, referral.id, ReferralChange::kAccept), AccessRefused);
  Change(coordinator_, referral.id, ReferralChange::kWithdraw);
  EXPECT_THROW(Change(other_practitioner_, referral.id, ReferralChange::kAccept), Conflict);
}

TEST_P(ReferralServiceTest, AWithdrawnDraftNeverReachesTheService) {
  ShareWithHealth();
  const auto draft = Draft();
  Change(supporter_, draft.id, ReferralChange::kWithdraw);
  EXPECT_THROW(w().referral_service.Get(ActorOf(other_practitioner_), draft.id), NotFound);
  EXPECT_EQ(w().referral_service.Get(ActorOf(supporter_), draft.id).referral.status, ReferralStatus::kWithdrawn);
}

TEST_P(ReferralServiceTest, TheInboxListShowsNoReasonAndOnceConsentIsWithdrawnNeitherDoesTheReferral) {
  const auto referral = SentReferral();
  const auto inbox = w().referral_service.Inbox(ActorOf(other_practitioner_), std::nullopt, {});
  ASSERT_EQ(inbox.items.size(), 1u);
  EXPECT_TRUE(inbox.items[0].reason.empty());
  EXPECT_TRUE(inbox.items[0].family_id.empty());
  EXPECT_EQ(w().referral_service.Get(ActorOf(other_practitioner_), referral.id).referral.reason,
            "Low mood since the birth");
  ShareWithHealth("withdrawn");
  const auto hidden = w().referral_service.Get(ActorOf(other_practitioner_), referral.id);
  EXPECT_TRUE(hidden.referral.reason.empty());
  EXPECT_TRUE(hidden.referral.family_id.empty());
}

TEST_P(ReferralServiceTest, ListsAreScopedAndAThirdOrganisationSeesNothing) {
  const auto referral = SentReferral();
  EXPECT_EQ(Ids(w().referral_service.Inbox(ActorOf(other_practitioner_), std::nullopt, {})),
            std::vector<std::string>{referral.id});
  EXPECT_EQ(Ids(w().referral_service.Inbox(ActorOf(other_practitioner_), ReferralStatus::kSent, {})).size(), 1u);
  EXPECT_TRUE(Ids(w().referral_service.Inbox(ActorOf(other_practitioner_), ReferralStatus::kAccepted, {})).empty());
  EXPECT_EQ(Ids(w().referral_service.Sent(ActorOf(supporter_), {})), std::vector<std::string>{referral.id});
  EXPECT_EQ(Ids(w().referral_service.Sent(ActorOf(coordinator_), {})), std::vector<std::string>{referral.id});
  EXPECT_TRUE(Ids(w().referral_service.Sent(ActorOf(unassigned_), {})).empty());
  EXPECT_TRUE(Ids(w().referral_service.Sent(ActorOf(other_practitioner_), {})).empty());
  EXPECT_TRUE(Ids(w().referral_service.Inbox(ActorOf(coordinator_), std::nullopt, {})).empty());

  for (const User* outsider : {&food_worker_, &unassigned_}) {
    EXPECT_TRUE(Ids(w().referral_service.Inbox(ActorOf(*outsider), std::nullopt, {})).empty());
    EXPECT_TRUE(Ids(w().referral_service.Sent(ActorOf(*outsider), {})).empty());
    EXPECT_TRUE(Ids(w().referral_service.Attention(ActorOf(*outsider), {})).empty());
    EXPECT_THROW(w().referral_service.Get(ActorOf(*outsider), referral.id), AccessRefused);
  }
  EXPECT_THROW(w().referral_service.Inbox(ActorOf(mother_), std::nullopt, {}), AccessRefused);
  EXPECT_THROW(w().referral_service.ForFamily(ActorOf(mother_), family_), AccessRefused);
  EXPECT_EQ(w().referral_service.ForFamily(ActorOf(supporter_), family_).referrals.size(), 1u);
}

TEST_P(ReferralServiceTest, TheReceivingSideNeverReachesTheFamilyRecord) {
  const auto referral = SentReferral();
  Change(other_practitioner_, referral.id, ReferralChange::kAccept);
  EXPECT_FALSE(Reaches(other_practitioner_));
  EXPECT_FALSE(Reaches(other_practitioner_, Resource::kFamilySensitive));
  EXPECT_FALSE(OnTheirList(other_practitioner_));
  ExpectRefused(other_practitioner_, [&](const Actor& a) { w().contact_service.List(a, family_, {}); },
                "family.read");
  ExpectRefused(other_practitioner_, [&](const Actor& a) { w().sensitive_note_service.List(a, family_, {}); },
                "family_sensitive.read");
  EXPECT_THROW(w().referral_service.ForFamily(ActorOf(other_practitioner_), family_), AccessRefused);
}

TEST_P(ReferralServiceTest, LateAndDeadEndReferralsAreFlaggedToTheReferrerAndCoordinatorUntilResolved) {
  const auto late = SentReferral();
  EXPECT_EQ(w().referral_service.AttentionCount(ActorOf(supporter_)), 0);
  clock().Advance(5 * kDay);
  EXPECT_EQ(w().referral_service.AttentionCount(ActorOf(supporter_)), 0) << "due today is not late";
  clock().Advance(kDay);
  EXPECT_EQ(w().referral_service.AttentionCount(ActorOf(supporter_)), 1);
  EXPECT_EQ(Ids(w().referral_service.Attention(ActorOf(coordinator_), {})), std::vector<std::string>{late.id});
  EXPECT_TRUE(w().referral_service.Get(ActorOf(supporter_), late.id).flags.late);
  EXPECT_EQ(w().referral_service.AttentionCount(ActorOf(other_practitioner_)), 0) << "flags go to the referring side";

  ReferralChangeForm why;
  EXPECT_THROW(Change(other_practitioner_, late.id, ReferralChange::kDecline, why), Invalid) << "a reason is needed";
  why.note = "Outside our age range";
  const auto declined = Change(other_practitioner_, late.id, ReferralChange::kDecline, why);
  EXPECT_FALSE(declined.flags.late);
  EXPECT_TRUE(declined.flags.dead_end);
  EXPECT_EQ(w().referral_service.AttentionCount(ActorOf(coordinator_)), 1);

  ReferralChangeForm settled;
  settled.note = "Phoned the family hub instead";
  Change(coordinator_, late.id, ReferralChange::kResolveFlag, settled);
  EXPECT_EQ(w().referral_service.AttentionCount(ActorOf(supporter_)), 0);
  EXPECT_TRUE(Ids(w().referral_service.Attention(ActorOf(coordinator_), {})).empty());
  EXPECT_THROW(Change(coordinator_, late.id, ReferralChange::kResolveFlag), Conflict);
}

TEST_P(ReferralServiceTest, ADeclineWithAnOnwardServiceIsNoDeadEnd) {
  const auto referral = SentReferral();
  ReferralChangeForm form;
  form.note = "We do not cover this";
  form.onward_service_id = phone_only_;
  const auto declined = Change(other_practitioner_, referral.id, ReferralChange::kDecline, form);
  EXPECT_FALSE(declined.flags.dead_end);
  EXPECT_EQ(declined.referral.onward_service_name, "Eastbrook food bank");
}

INSTANTIATE_TEST_SUITE_P(Backends, ReferralServiceTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside
