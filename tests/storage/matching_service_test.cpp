// Matching, hours given, availability and expenses on both databases: a family waiting for
// a supporter is offered to a volunteer who accepts it (and it joins their caseload); only
// that volunteer may answer; one open offer per family; hours add contacts and logged
// time; claims are decided only by the programme's coordinator; a volunteer sees only
// their own; each write is audited.

#include "volunteer_fixture.hpp"

namespace alongside::test {
namespace {

class MatchingServiceTest : public VolunteerTest {
 protected:
  void SetUp() override {
    VolunteerTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    waiting_ = AddFamily("Wendy Waiting", "", true);
    clock().Advance(kMinute);
  }
  MatchingService& matching() { return w().matching_service; }
  ExpenseService& expenses() { return w().expense_service; }
  VolunteerActivityService& activity() { return w().volunteer_activity_service; }

  std::string SupporterOf(const std::string& family_id) {
    auto tx = database().Begin(db::TxMode::kRead);
    auto id = tx->QueryOne("SELECT supporter_user_id FROM families WHERE id = $1", {family_id})->Text(0);
    tx->Commit();
    return id;
  }

  std::string waiting_;
};

TEST_P(MatchingServiceTest, AnAcceptedOfferAssignsTheFamilyToTheVolunteer) {
  const auto coordinator = ActorOf(coordinator_);
  const auto list = matching().Waiting(coordinator);
  ASSERT_EQ(list.families.size(), 1u);
  EXPECT_EQ(list.families[0].display_name, "Wendy Waiting");

  const auto page = matching().ForFamily(coordinator, waiting_);
  ASSERT_EQ(page.suggestions.size(), 2u);  // Sam and Oli: active, with accounts
  const auto match = matching().Propose(coordinator, waiting_, sam_, "Lives near you");
  EXPECT_EQ(match.status, MatchStatus::kProposed);

  const auto offers = matching().Offers(ActorOf(supporter_), sam_).offers;
  ASSERT_EQ(offers.size(), 1u);
  EXPECT_EQ(offers[0].first_name, "Wendy");
  EXPECT_EQ(offers[0].match.note, "Lives near you");

  const auto accepted = matching().Accept(ActorOf(supporter_), match.id);
  EXPECT_EQ(accepted.status, MatchStatus::kAccepted);
  EXPECT_EQ(SupporterOf(waiting_), supporter_.id);
  EXPECT_TRUE(matching().Waiting(coordinator).families.empty());
  EXPECT_EQ(AuditEntriesFor("match.accept").size(), 1u);
  EXPECT_EQ(AuditEntriesFor("family.assign").size(), 1u);
  EXPECT_THROW(matching().Accept(ActorOf(supporter_), match.id), Conflict);
}

TEST_P(MatchingServiceTest, OnlyTheVolunteerOfferedTheFamilyMayAnswer) {
  const auto match = matching().Propose(ActorOf(coordinator_), waiting_, sam_, "");
  EXPECT_THROW(matching().Accept(ActorOf(other_supporter_), match.id), AccessRefused);
  EXPECT_THROW(matching().Accept(ActorOf(coordinator_), match.id), AccessRefused);
  EXPECT_THROW(matching().Offers(ActorOf(other_supporter_), sam_), AccessRefused);
  EXPECT_THROW(matching().Decline(ActorOf(supporter_), match.id, " "), Invalid);
  const auto declined = matching().Decline(ActorOf(supporter_), match.id, "I am away in March");
  EXPECT_EQ(declined.status, MatchStatus::kDeclined);
  EXPECT_EQ(SupporterOf(waiting_), "");
}

TEST_P(MatchingServiceTest, AFamilyHasOneOpenOfferAtATime) {
  const auto coordinator = ActorOf(coordinator_);
  const auto first = matching().Propose(coordinator, waiting_, sam_, "");
  EXPECT_THROW(matching().Propose(coordinator, waiting_, oli_, ""), Conflict);
  matching().Withdraw(coordinator, first.id, "Oli is nearer");
  EXPECT_NO_THROW(matching().Propose(coordinator, waiting_, oli_, ""));
  EXPECT_THROW(matching().Propose(ActorOf(outsider_), waiting_, oli_, ""), AccessRefused);
  EXPECT_THROW(matching().Waiting(ActorOf(supporter_)), AccessRefused);
}

TEST_P(MatchingServiceTest, OnlyActiveVolunteersWithAnAccountMayBeOffered) {
  const auto maya = AddVolunteer("Maya Okafor", VolunteerStage::kTraining);
  EXPECT_THROW(matching().Propose(ActorOf(coordinator_), waiting_, maya, ""), Invalid);
}

TEST_P(MatchingServiceTest, HoursGivenAddContactsAndLoggedTime) {
  w().contact_service.Create(ActorOf(supporter_), family_, Visit("2025-06-10", "45"), true);
  activity().LogTime(ActorOf(supporter_), sam_, {"group", "2025-06-12", "90", "Bumps group"});
  const auto hours = activity().Hours(ActorOf(coordinator_), sam_);
  EXPECT_EQ(hours.hours.total.this_month, 135);
  EXPECT_EQ(hours.hours.by_activity[0].all_time, 45);
  EXPECT_EQ(w().hours_service.Mine(ActorOf(supporter_)).total_minutes, 135);  // the /hours page counts it too
  EXPECT_THROW(activity().Hours(ActorOf(other_supporter_), sam_), AccessRefused);
  EXPECT_THROW(activity().LogTime(ActorOf(supporter_), sam_, {"group", "", "0", ""}), Invalid);
  ASSERT_EQ(hours.entries.size(), 1u);
  activity().RemoveTime(ActorOf(supporter_), sam_, hours.entries[0].id);
  EXPECT_EQ(activity().Hours(ActorOf(supporter_), sam_).hours.total.all_time, 45);
  EXPECT_EQ(AuditEntriesFor("time.delete").size(), 1u);
}

TEST_P(MatchingServiceTest, AvailabilityIsKeptByTheVolunteer) {
  const auto v = activity().UpdateAvailability(ActorOf(supporter_), sam_, {{"tue_am"}, "3", "English, Polish", {}});
  EXPECT_EQ(v.availability, std::vector<std::string>{"tue_am"});
  EXPECT_EQ(v.max_families, 3);
  EXPECT_EQ(v.stage, VolunteerStage::kActive);
  EXPECT_THROW(activity().UpdateAvailability(ActorOf(other_supporter_), sam_, {{}, "1", "", {}}), AccessRefused);
}

TEST_P(MatchingServiceTest, ClaimsAreDecidedOnlyByTheProgrammesCoordinator) {
  const auto claim = expenses().Submit(ActorOf(supporter_), sam_,
                                       {"2025-06-15", "mileage", "28", "", "To Wendy's", false});
  EXPECT_EQ(claim.amount_pence, 1260);
  EXPECT_EQ(claim.status, ExpenseStatus::kSubmitted);
  EXPECT_THROW(expenses().Approve(ActorOf(supporter_), claim.id), AccessRefused);
  EXPECT_THROW(expenses().Approve(ActorOf(outsider_), claim.id), AccessRefused);
  EXPECT_THROW(expenses().ForVolunteer(ActorOf(other_supporter_), sam_), AccessRefused);
  EXPECT_THROW(expenses().ForProgrammes(ActorOf(supporter_)), AccessRefused);
  const auto programme = expenses().ForProgrammes(ActorOf(coordinator_));
  EXPECT_EQ(programme.awaiting, 1);
  EXPECT_EQ(programme.awaiting_pence, 1260);
  EXPECT_EQ(expenses().Approve(ActorOf(coordinator_), claim.id).status, ExpenseStatus::kApproved);
  EXPECT_THROW(expenses().Reject(ActorOf(coordinator_), claim.id, "Too late"), Conflict);
  EXPECT_EQ(expenses().MarkPaid(ActorOf(coordinator_), claim.id).status, ExpenseStatus::kPaid);
  EXPECT_EQ(expenses().ForVolunteer(ActorOf(supporter_), sam_).claims.size(), 1u);
  EXPECT_EQ(AuditEntriesFor("expense.approve").size(), 1u);
  EXPECT_EQ(expenses().Summary(ActorOf(coordinator_), programme_.id).awaiting, 0);
  EXPECT_THROW(expenses().Summary(ActorOf(outsider_), programme_.id), AccessRefused);
}

TEST_P(MatchingServiceTest, TheDashboardFiguresCountWaitingFamiliesPlacesAndClaims) {
  const auto coordinator = ActorOf(coordinator_);
  auto summary = matching().Summary(coordinator, programme_.id);
  EXPECT_EQ(summary.waiting, 1);
  ASSERT_TRUE(summary.oldest_since.has_value());
  EXPECT_EQ(summary.free_places, 3);  // Sam supports 1 of 2, Oli 0 of 2
  expenses().Submit(ActorOf(supporter_), sam_, {"2025-06-15", "travel", "", "3.40", "Bus", true});
  expenses().Submit(ActorOf(supporter_), sam_, {"2025-06-15", "mileage", "10", "", "Car", false});
  const auto claims = expenses().Summary(coordinator, programme_.id);
  EXPECT_EQ(claims.awaiting, 2);
  EXPECT_EQ(claims.awaiting_pence, 340 + 450);
  EXPECT_THROW(matching().Summary(ActorOf(supporter_), programme_.id), AccessRefused);
}

TEST_P(MatchingServiceTest, TheProgrammesHoursAddLoggedTimeByActivity) {
  w().contact_service.Create(ActorOf(supporter_), family_, Visit("2025-06-10", "45"), true);
  activity().LogTime(ActorOf(coordinator_), oli_, {"travel", "2025-06-11", "30", ""});
  const auto months = activity().ProgrammeHours(ActorOf(coordinator_));
  ASSERT_EQ(months.size(), 12u);
  EXPECT_EQ(months[0].month, "2025-06");
  EXPECT_EQ(months[0].total, 75);
  EXPECT_EQ(months[0].by_activity[0].this_month, 45);  // contacts
  const auto programme = w().hours_service.Programme(ActorOf(coordinator_), "2025-06");
  EXPECT_EQ(programme.total_minutes, 75);  // the /hours page counts the time too
  EXPECT_THROW(activity().ProgrammeHours(ActorOf(supporter_)), AccessRefused);
}

TEST_P(MatchingServiceTest, ARejectionNeedsAReason) {
  const auto claim = expenses().Submit(ActorOf(coordinator_), sam_,
                                       {"2025-06-15", "childcare", "", "15.00", "Nursery", true});
  EXPECT_THROW(expenses().Reject(ActorOf(coordinator_), claim.id, ""), Invalid);
  const auto rejected = expenses().Reject(ActorOf(coordinator_), claim.id, "Childcare is paid by the council");
  EXPECT_EQ(rejected.status, ExpenseStatus::kRejected);
  EXPECT_EQ(rejected.decision_reason, "Childcare is paid by the council");
}

INSTANTIATE_TEST_SUITE_P(Backends, MatchingServiceTest, ::testing::ValuesIn(TestBackends()), BackendName);

}  // namespace
}  // namespace alongside::test
