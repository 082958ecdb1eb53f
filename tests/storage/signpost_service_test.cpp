// Signposting, suggestions and the family's own view on both databases: a signpost adds its
// follow-up task, the follow-up completes it, and it shows on the workers' timeline; who may
// signpost; suggestions read through the directory with reasons; the parent sees sent
// referrals but not drafts or withdrawn ones, and never what services say to each other.

#include "task_family_fixture.hpp"

namespace alongside::test {
namespace {

class SignpostServiceTest : public TaskFamilyTest {
 protected:
  void SetUp() override {
    TaskFamilyTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    food_bank_ = AddService("Riverside Food Bank", ServiceType::kFoodBank, ServiceLevel::kCommunity, {"RV1"});
  }

  std::string AddService(const std::string& name, ServiceType type, ServiceLevel level,
                         const std::vector<std::string>& districts, std::vector<std::string> needs = {},
                         bool in_pregnancy = true, std::optional<int> max_age = std::nullopt) {
    Service s;
    s.created_at = s.updated_at = clock().Now();
    s.id = NewId(s.created_at);
    s.organisation_id = health_.id;
    s.area_id = area_.id;
    s.name = name;
    s.type = type;
    s.level = level;
    s.in_pregnancy = in_pregnancy;
    s.max_age_months = max_age;
    s.needs = std::move(needs);
    for (const auto& d : districts) s.coverage.push_back({CoverageKind::kPostcodeDistrict, d});
    s.review_due = "2026-06-01";
    auto tx = database().Begin();
    w().directory_entries.Insert(*tx, s);
    tx->Commit();
    return s.id;
  }

  /// A referral of the family to `service_id` in `status`, with words services keep between themselves.
  void AddReferral(const std::string& family_id, const std::string& service_id, const std::string& status,
                   const std::string& reason) {
    const Millis now = clock().Now();
    auto tx = database().Begin();
    tx->Execute(
        "INSERT INTO referrals (id, family_id, service_id, from_organisation_id, from_user_id, to_organisation_id, "
        "status, reason, from_level, to_level, sent_at, decline_reason, onward_note, resolved_note, created_at, "
        "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'community', 'universal', $9, "
        "'Caseload full, internal', 'Try the hub, internal', 'Chased by phone, internal', $10, $10)",
        {NewId(now), family_id, service_id, programme_.id, supporter_.id, health_.id, status, reason,
         status == "draft" ? db::Value(nullptr) : db::Value(now), now});
    tx->Commit();
    clock().Advance(kMinute);
  }

  void SetPostcode(const std::string& family_id, const std::string& postcode) {
    auto tx = database().Begin();
    tx->Execute("UPDATE families SET postcode = $1 WHERE id = $2", {postcode, family_id});
    tx->Commit();
  }

  SignpostForm ToFoodBank(const std::string& days = "14") { return {food_bank_, "", "in_person", "Gave the address", days}; }

  std::string food_bank_;
};

TEST_P(SignpostServiceTest, ASignpostAddsItsFollowUpTaskAndTheFollowUpCompletesIt) {
  const auto signpost = w().signpost_service.Record(ActorOf(supporter_), family_, ToFoodBank());
  EXPECT_EQ(signpost.service_name, "Riverside Food Bank");
  EXPECT_EQ(IsoDate(signpost.follow_up_due), "2025-06-30");  // 14 days from Monday 16 June 2025
  EXPECT_EQ(TaskLines(family_), (std::vector<std::string>{"manual open 2025-06-30"}));
  EXPECT_EQ(NextTask(family_), std::make_pair(std::string("Did Riverside Food Bank help?"), std::string("2025-06-30")));
  const auto tasks = w().task_service.ListForFamily(ActorOf(supporter_), family_);
  ASSERT_EQ(tasks.open.size(), 1u);
  EXPECT_EQ(tasks.open[0].assigned_user_id, supporter_.id);
  EXPECT_EQ(tasks.open[0].id, signpost.follow_up_task_id);

  clock().Advance(kMinute);
  const auto typed = w().signpost_service.Record(ActorOf(coordinator_), family_,
                                                 {"", "Baby bank at St Mark's", "leaflet", "", "7"});
  EXPECT_EQ(typed.service_name, "Baby bank at St Mark's");
  EXPECT_EQ(IsoDate(typed.follow_up_due), "2025-06-23");

  clock().Advance(kMinute);
  const auto answered =
      w().signpost_service.FollowUp(ActorOf(supporter_), family_, signpost.id, {"helped", "Food for the week"});
  EXPECT_EQ(answered.outcome, SignpostOutcome::kHelped);
  EXPECT_EQ(answered.followed_up_by_name, "Sam Supporter");
  EXPECT_EQ(TaskLines(family_), (std::vector<std::string>{"manual done 2025-06-30", "manual open 2025-06-23"}));
  EXPECT_EQ(NextTask(family_).first, "Did Baby bank at St Mark's help?");
  EXPECT_THROW(w().signpost_service.FollowUp(ActorOf(supporter_), family_, signpost.id, {"partly", ""}), Conflict);

  const auto list = w().signpost_service.ListForFamily(ActorOf(supporter_), family_);
  ASSERT_EQ(list.signposts.size(), 2u);
  EXPECT_EQ(list.signposts[0].service_name, "Baby bank at St Mark's");  // newest first
  EXPECT_EQ(AuditEntriesFor("signpost.create").size(), 2u);
  EXPECT_EQ(AuditEntriesFor("signpost.follow_up").size(), 1u);
  EXPECT_EQ(AuditEntriesFor("signpost.list").size(), 1u);

  // On the workers' timeline, not on the family's own.
  auto signposted_on = [&](const User& reader) {
    std::vector<std::string> details;
    for (const auto& entry : w().timeline_service.Read(ActorOf(reader), family_, {}).page.items)
      if (entry.event == std::string(timeline_event::kSignpost)) details.push_back(entry.detail);
    return details;
  };
  EXPECT_EQ(signposted_on(coordinator_), (std::vector<std::string>{"Baby bank at St Mark's", "Riverside Food Bank"}));
  EXPECT_TRUE(signposted_on(parent_).empty());
}

TEST_P(SignpostServiceTest, WithoutASupporterTheFollowUpGoesToWhoeverSignposted) {
  const auto unassigned = AddFamily("Una Assigned", "", true);
  const auto signpost = w().signpost_service.Record(ActorOf(coordinator_), unassigned, ToFoodBank("28"));
  const auto tasks = w().task_service.ListForFamily(ActorOf(coordinator_), unassigned);
  ASSERT_EQ(tasks.open.size(), 1u);
  EXPECT_EQ(tasks.open[0].assigned_user_id, coordinator_.id);
  EXPECT_EQ(IsoDate(signpost.follow_up_due), "2025-07-14");
}

TEST_P(SignpostServiceTest, BadInputIsReportedAtEachFieldAndNothingIsStored) {
  try {
    w().signpost_service.Record(ActorOf(supporter_), family_, {"", "", "", "", "3"});
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    ASSERT_EQ(invalid.errors().size(), 3u);
    EXPECT_EQ(invalid.errors()[0].field, "service_id");
    EXPECT_EQ(invalid.errors()[1].field, "how");
    EXPECT_EQ(invalid.errors()[2].field, "follow_up_days");
  }
  // A service of another area, or one that does not exist, is not offered.
  const auto elsewhere_area = AddArea("Hillside");
  const auto elsewhere = AddOrganisation(elsewhere_area, "Hillside Hub", OrganisationKind::kUniversalService);
  {
    auto tx = database().Begin();
    tx->Execute("UPDATE services SET area_id = $1, organisation_id = $2 WHERE id = $3",
                {elsewhere_area.id, elsewhere.id, food_bank_});
    tx->Commit();
  }
  EXPECT_THROW(w().signpost_service.Record(ActorOf(supporter_), family_, ToFoodBank()), Invalid);
  EXPECT_THROW(w().signpost_service.Record(ActorOf(supporter_), family_, {NewId(), "", "phone", "", "14"}), Invalid);
  EXPECT_EQ(Count("signposts"), 0);
  EXPECT_EQ(Count("tasks"), 0);
}

TEST_P(SignpostServiceTest, OnlyThoseWorkingWithTheFamilyMaySignpostOrReadSignposts) {
  const auto theirs = AddFamily("Tara Theirs", other_supporter_.id, true);
  EXPECT_THROW(w().signpost_service.Record(ActorOf(supporter_), theirs, ToFoodBank()), AccessRefused);
  EXPECT_THROW(w().signpost_service.ListForFamily(ActorOf(supporter_), theirs), AccessRefused);
  EXPECT_THROW(w().signpost_service.Record(ActorOf(outsider_), family_, ToFoodBank()), AccessRefused);
  EXPECT_THROW(w().signpost_service.Record(ActorOf(practitioner_), family_, ToFoodBank()), AccessRefused);
  EXPECT_THROW(w().signpost_service.ListForFamily(ActorOf(parent_), family_), AccessRefused);
  EXPECT_THROW(w().suggestion_service.ForFamily(ActorOf(parent_), family_), AccessRefused);
  const auto signpost = w().signpost_service.Record(ActorOf(supporter_), family_, ToFoodBank());
  EXPECT_THROW(w().signpost_service.FollowUp(ActorOf(other_supporter_), family_, signpost.id, {"helped", ""}),
               AccessRefused);
  // A family without consent to support: nothing new is recorded.
  const auto no_consent = AddFamily("Nia Noconsent", supporter_.id, false);
  EXPECT_THROW(w().signpost_service.Record(ActorOf(coordinator_), no_consent, ToFoodBank()), Conflict);
  EXPECT_EQ(Count("signposts"), 1);
}

TEST_P(SignpostServiceTest, SuggestionsComeFromTheDirectoryWithReasonsAndMarkInvolvedServices) {
  SetPostcode(family_, "RV1 2AB");
  {
    auto tx = database().Begin();
    tx->Execute("INSERT INTO family_focus_areas (family_id, focus_area) VALUES ($1, 'parental_mental_health')",
                {family_});
    tx->Commit();
  }
  AddBaby(family_, "2025-10-01");
  const auto wellbeing = AddService("Perinatal wellbeing", ServiceType::kPerinatalMentalHealth,
                                    ServiceLevel::kSpecialist, {}, {"parental_mental_health"});
  AddService("Hillside hub", ServiceType::kFamilyHub, ServiceLevel::kUniversal, {"RV9"});
  AddService("Baby massage", ServiceType::kParentingProgramme, ServiceLevel::kUniversal, {"RV1"}, {}, false, 12);
  const auto peers = AddService("Riverside peers", ServiceType::kPeerSupport, ServiceLevel::kCommunity, {"RV1"});
  {
    auto tx = database().Begin();
    tx->Execute("UPDATE services SET organisation_id = $1 WHERE id = $2", {programme_.id, peers});
    tx->Commit();
  }
  w().signpost_service.Record(ActorOf(supporter_), family_, ToFoodBank());

  const auto result = w().suggestion_service.ForFamily(ActorOf(supporter_), family_);
  EXPECT_EQ(result.postcode_district, "RV1");
  ASSERT_EQ(result.suggestions.size(), 3u);
  EXPECT_EQ(result.suggestions[0].service.id, wellbeing);
  EXPECT_EQ(result.suggestions[0].reasons,
            (std::vector<std::string>{"Covers the whole area", "Open during pregnancy",
                                      "For parental mental health, a focus for this family"}));
  EXPECT_EQ(result.suggestions[1].service.id, food_bank_);
  EXPECT_EQ(result.suggestions[1].involvement, "Signposted on 16 June 2025");
  EXPECT_EQ(result.suggestions[2].service.id, peers);
  EXPECT_EQ(result.suggestions[2].involvement, "This family's own programme");
  EXPECT_EQ(AuditEntriesFor("suggestion.list").size(), 1u);
}

TEST_P(SignpostServiceTest, TheFamilySeesSentReferralsButNotDraftsOrWithdrawnOnesAndNoInternalWords) {
  const auto hv = AddService("Health visiting", ServiceType::kHealthVisiting, ServiceLevel::kUniversal, {"RV1"});
  const auto hub = AddService("Family hub", ServiceType::kFamilyHub, ServiceLevel::kUniversal, {"RV1"});
  const auto mh = AddService("Perinatal mental health", ServiceType::kPerinatalMentalHealth,
                             ServiceLevel::kSpecialist, {"RV1"});
  AddReferral(family_, hv, "sent", "Support with feeding");
  AddReferral(family_, hub, "draft", "Not sent yet");
  AddReferral(family_, mh, "withdrawn", "Changed her mind");
  AddReferral(family_, hub, "declined", "Groups near home");
  w().signpost_service.Record(ActorOf(supporter_), family_, ToFoodBank());

  const auto involvement = w().signpost_service.Involvement(ActorOf(parent_), family_);
  ASSERT_EQ(involvement.referrals.size(), 2u);
  EXPECT_EQ(involvement.referrals[0].service_name, "Family hub");
  EXPECT_EQ(InvolvementStatusWords(involvement.referrals[0]), "Not able to help this time");
  EXPECT_EQ(involvement.referrals[1].service_name, "Health visiting");
  EXPECT_EQ(involvement.referrals[1].reason, "Support with feeding");
  EXPECT_EQ(involvement.referrals[1].organisation_name, "Riverside Health Visiting");
  ASSERT_EQ(involvement.signposts.size(), 1u);
  EXPECT_EQ(involvement.signposts[0].service_name, "Riverside Food Bank");
  EXPECT_EQ(AuditEntriesFor("involvement.read").size(), 1u);
  // Another family's parent, and a supporter of another caseload, are refused.
  EXPECT_THROW(w().signpost_service.Involvement(ActorOf(partner_), family_), AccessRefused);
  EXPECT_THROW(w().signpost_service.Involvement(ActorOf(outsider_), family_), AccessRefused);
}

INSTANTIATE_TEST_SUITE_P(Backends, SignpostServiceTest, ::testing::ValuesIn(TestBackends()), BackendName);

}  // namespace
}  // namespace alongside::test
