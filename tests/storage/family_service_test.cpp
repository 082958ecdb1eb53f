// Recording and keeping a family's record with the real repositories on SQLite and
// PostgreSQL: validation, the duplicate warning, consent and assignment on creation,
// caseload scope, search, assignment history, closing and reopening, and edits that clash.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "service_test_wiring.hpp"

namespace alongside {
namespace {

class FamilyServiceTest : public test::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    area_ = AddArea("Riverside");
    programme_ = AddOrganisation(area_, "Riverside Parents");
    other_programme_ = AddOrganisation(area_, "Hillside Parents");
    health_ = AddOrganisation(area_, "Riverside Health Visiting", OrganisationKind::kUniversalService);
    coordinator_ = AddUser("Chloe Coordinator", "chloe@example.org", Role::kCoordinator, programme_.id);
    supporter_ = AddUser("Sam Supporter", "sam@example.org", Role::kPeerSupporter, programme_.id);
    other_supporter_ = AddUser("Oli Other", "oli@example.org", Role::kPeerSupporter, programme_.id);
    outsider_ = AddUser("Hal Hillside", "hal@example.org", Role::kCoordinator, other_programme_.id);
    practitioner_ = AddUser("Hana Health", "hana@example.org", Role::kPractitioner, health_.id);
    parent_ = AddUser("Priya Parent", "priya@example.org", Role::kParent, programme_.id);
    admin_ = AddUser("Avery Admin", "avery@example.org", Role::kAdministrator);
    member_ = AddUser("Morgan Member", "morgan@example.org", Role::kMember);
    clock().Advance(kMinute);
  }

  /// A complete new family; today is 16 June 2025 on the test clock.
  static NewFamilyInput Input(const std::string& name, const std::string& postcode = "SW1A 1AA",
                              const std::string& due = "1 12 2025") {
    NewFamilyInput input;
    input.form.caregiver.name = name;
    input.form.caregiver.relationship_to_baby = "mother";
    input.form.postcode = postcode;
    input.form.address_line_1 = "1 River Road";
    input.form.baby.due_date = due;
    input.support_consent = true;
    return input;
  }

  std::string Create(const User& who, NewFamilyInput input) {
    input.save_anyway = true;
    const auto result = w().family_service.Create(ActorOf(who), input);
    EXPECT_FALSE(result.family_id.empty());
    return result.family_id;
  }

  std::vector<std::string> Names(const User& who, CaseloadFilter filter = {}) {
    std::vector<std::string> names;
    for (const auto& entry : w().caseload_service.List(ActorOf(who), filter).page.items)
      names.push_back(entry.display_name);
    return names;
  }

  std::vector<std::string> Search(const User& who, const std::string& query) {
    CaseloadFilter filter;
    filter.status.reset();
    filter.query = query;
    return Names(who, filter);
  }

  Area area_;
  Organisation programme_, other_programme_, health_;
  User coordinator_, supporter_, other_supporter_, outsider_, practitioner_, parent_, admin_, member_;
};

TEST_P(FamilyServiceTest, SupporterRecordsAFamilyThatJoinsTheirCaseloadWithConsent) {
  auto input = Input("Jo Smith");
  input.form.caregiver.preferred_name = "Jojo";
  input.form.focus_areas = {"antenatal", "parental_mental_health"};
  const auto result = w().family_service.Create(ActorOf(supporter_), input);
  ASSERT_FALSE(result.family_id.empty());
  EXPECT_TRUE(result.readable);

  const auto view = w().family_service.Get(ActorOf(supporter_), result.family_id);
  EXPECT_EQ(view.record.display_name, "Jo Smith");
  EXPECT_EQ(view.record.family.postcode, "SW1A 1AA");
  EXPECT_EQ(view.record.supporter_user_id, supporter_.id);
  EXPECT_TRUE(view.record.support_consent);
  ASSERT_EQ(view.record.family.caregivers.size(), 1u);
  EXPECT_EQ(view.record.family.caregivers[0].CalledBy(), "Jojo");
  ASSERT_EQ(view.record.family.babies.size(), 1u);
  EXPECT_EQ(view.stage.label, "16 weeks pregnant");
  EXPECT_EQ(view.record.family.focus_areas.size(), 2u);
  ASSERT_EQ(view.assignments.size(), 1u);
  EXPECT_EQ(view.assignments[0].supporter_name, "Sam Supporter");
  EXPECT_FALSE(view.assignments[0].ended_at);
  EXPECT_FALSE(view.shared_view);
  EXPECT_TRUE(view.may_edit);
  EXPECT_FALSE(view.may_assign);
  EXPECT_EQ(Count("consent_records"), 1);
  EXPECT_EQ(AuditEntriesFor("family.create").size(), 1u);
  EXPECT_EQ(AuditEntriesFor("family.read").size(), 1u);
  EXPECT_EQ(Names(supporter_), std::vector<std::string>{"Jo Smith"});
}

TEST_P(FamilyServiceTest, WithoutConsentASupportersNewFamilyWaitsOutsideTheirCaseload) {
  auto input = Input("Jo Smith");
  input.support_consent = false;
  const auto result = w().family_service.Create(ActorOf(supporter_), input);
  EXPECT_FALSE(result.family_id.empty());
  EXPECT_FALSE(result.readable);
  EXPECT_TRUE(Names(supporter_).empty());
  EXPECT_EQ(Names(coordinator_), std::vector<std::string>{"Jo Smith"});
  EXPECT_EQ(Count("consent_records"), 0);
}

TEST_P(FamilyServiceTest, BadInputIsRefusedWithAMessageAtEachFieldAndNothingSaved) {
  NewFamilyInput input;
  input.form.postcode = "not a postcode";
  input.form.baby.due_date = "31 2 2025";
  try {
    w().family_service.Create(ActorOf(supporter_), input);
    FAIL() << "bad input was accepted";
  } catch (const Invalid& invalid) {
    std::vector<std::string> fields;
    for (const auto& e : invalid.errors()) fields.push_back(e.field);
    for (const char* field : {"caregiver_name", "caregiver_relationship", "postcode", "due_date"})
      EXPECT_NE(std::find(fields.begin(), fields.end(), field), fields.end()) << field;
  }
  EXPECT_EQ(Count("families"), 0);
}

TEST_P(FamilyServiceTest, OnlyWorkersOfAProgrammeMayRecordFamilies) {
  for (const User* who : {&practitioner_, &parent_, &admin_, &member_})
    EXPECT_THROW(w().family_service.Create(ActorOf(*who), Input("Jo Smith")), AccessRefused) << who->name;
  EXPECT_EQ(Count("families"), 0);
}

TEST_P(FamilyServiceTest, TwinsShareARealBirthGroup) {
  auto input = Input("Grace Mensah");
  input.form.baby.number_of_babies = "2";
  const auto id = Create(coordinator_, input);
  const auto view = w().family_service.Get(ActorOf(coordinator_), id);
  ASSERT_EQ(view.record.family.babies.size(), 2u);
  const auto& group = view.record.family.babies[0].multiple_birth_group;
  EXPECT_TRUE(IsUuid(group)) << group;
  EXPECT_EQ(view.record.family.babies[1].multiple_birth_group, group);
  EXPECT_EQ(view.stage.label, "16 weeks pregnant with twins");
}

TEST_P(FamilyServiceTest, APossibleDuplicateIsShownWithReasonsAndSavedOnlyWhenConfirmed) {
  const auto first = Create(coordinator_, Input("Jo Smith", "SW1A 1AA", "1 12 2025"));
  auto again = Input("Joanne Smith", "sw1a1aa", "2 12 2025");
  const auto warned = w().family_service.Create(ActorOf(coordinator_), again);
  EXPECT_TRUE(warned.family_id.empty());
  ASSERT_EQ(warned.duplicates.size(), 1u);
  EXPECT_EQ(warned.duplicates[0].family_id, first);
  EXPECT_EQ(warned.duplicates[0].display_name, "Jo Smith");
  ASSERT_FALSE(warned.duplicates[0].reasons.empty());
  EXPECT_NE(warned.duplicates[0].reasons[0].find("postcode"), std::string::npos) << warned.duplicates[0].reasons[0];
  EXPECT_EQ(Count("families"), 1);

  // Another programme's coordinator is not told about a family they may not see.
  EXPECT_TRUE(w().family_service.Create(ActorOf(outsider_), again).duplicates.empty());

  again.save_anyway = true;
  EXPECT_FALSE(w().family_service.Create(ActorOf(coordinator_), again).family_id.empty());
}

TEST_P(FamilyServiceTest, ASupporterSeesOnlyTheirCaseloadAndListsAgreeWithDetail) {
  const auto mine = Create(supporter_, Input("Amara Okafor", "SW1A 1AA"));
  const auto theirs = Create(other_supporter_, Input("Bethan Hughes", "SW1A 2AA"));
  const auto unassigned = Create(coordinator_, Input("Dana Kowalska", "SW1A 2AB"));
  Create(outsider_, Input("Efe Adeyemi", "SW1A 2AD"));

  EXPECT_EQ(Names(supporter_), std::vector<std::string>{"Amara Okafor"});
  EXPECT_EQ(Names(other_supporter_), std::vector<std::string>{"Bethan Hughes"});
  EXPECT_EQ(Names(coordinator_), (std::vector<std::string>{"Amara Okafor", "Bethan Hughes", "Dana Kowalska"}));
  EXPECT_EQ(Names(outsider_), std::vector<std::string>{"Efe Adeyemi"});
  CaseloadFilter waiting;
  waiting.unassigned_only = true;
  EXPECT_EQ(Names(coordinator_, waiting), std::vector<std::string>{"Dana Kowalska"});
  CaseloadFilter by_supporter;
  by_supporter.supporter_user_id = other_supporter_.id;
  EXPECT_EQ(Names(coordinator_, by_supporter), std::vector<std::string>{"Bethan Hughes"});

  EXPECT_NO_THROW(w().family_service.Get(ActorOf(supporter_), mine));
  for (const auto& id : {theirs, unassigned}) {
    EXPECT_THROW(w().family_service.Get(ActorOf(supporter_), id), AccessRefused);
    EXPECT_THROW(w().family_service.Get(ActorOf(outsider_), id), AccessRefused);
    EXPECT_THROW(w().family_service.Get(ActorOf(practitioner_), id), AccessRefused);
  }
  for (const User* who : {&admin_, &member_}) {
    EXPECT_THROW(w().caseload_service.List(ActorOf(*who), {}), AccessRefused) << who->name;
    EXPECT_THROW(w().family_service.Get(ActorOf(*who), mine), AccessRefused) << who->name;
  }
  EXPECT_TRUE(Names(practitioner_).empty());
}

TEST_P(FamilyServiceTest, SearchFindsNamesAndPostcodesWithinScopeOnly) {
  Create(coordinator_, Input("Zoë O'Brien", "SW1A 1AA"));
  Create(coordinator_, Input("Bethan Hughes", "EC1V 9HX"));
  Create(outsider_, Input("Zoe Other", "SW1A 2AA"));

  EXPECT_EQ(Search(coordinator_, "zoe"), std::vector<std::string>{"Zoë O'Brien"});
  EXPECT_EQ(Search(coordinator_, "BRIEN"), std::vector<std::string>{"Zoë O'Brien"});
  EXPECT_EQ(Search(coordinator_, "o'brien"), std::vector<std::string>{"Zoë O'Brien"});
  EXPECT_EQ(Search(coordinator_, "hug"), std::vector<std::string>{"Bethan Hughes"});  // the start of a word
  EXPECT_EQ(Search(coordinator_, "beth hug"), std::vector<std::string>{"Bethan Hughes"});
  EXPECT_TRUE(Search(coordinator_, "beth smith").empty());  // every word typed must match
  EXPECT_EQ(Search(coordinator_, "ec1v9hx"), std::vector<std::string>{"Bethan Hughes"});
  EXPECT_EQ(Search(coordinator_, "EC1V 9HX"), std::vector<std::string>{"Bethan Hughes"});
  EXPECT_EQ(Search(coordinator_, "sw1a"), std::vector<std::string>{"Zoë O'Brien"});
  EXPECT_TRUE(Search(coordinator_, "EC1").empty());  // EC1 is not EC1V
  EXPECT_EQ(Search(outsider_, "zoe"), std::vector<std::string>{"Zoe Other"});
  EXPECT_TRUE(Search(outsider_, "hughes").empty());
  EXPECT_TRUE(Search(supporter_, "zoe").empty());
  EXPECT_TRUE(Search(coordinator_, "50%_").empty());
}

TEST_P(FamilyServiceTest, AssigningKeepsTheHistoryAndNeedsACoordinator) {
  const auto id = Create(coordinator_, Input("Jo Smith"));
  w().caseload_service.Assign(ActorOf(coordinator_), id, supporter_.id);
  clock().Advance(kMinute);
  w().caseload_service.Assign(ActorOf(coordinator_), id, other_supporter_.id);

  const auto view = w().family_service.Get(ActorOf(coordinator_), id);
  ASSERT_EQ(view.assignments.size(), 2u);
  EXPECT_EQ(view.assignments[0].supporter_name, "Oli Other");
  EXPECT_FALSE(view.assignments[0].ended_at);
  EXPECT_EQ(view.assignments[1].supporter_name, "Sam Supporter");
  EXPECT_TRUE(view.assignments[1].ended_at);
  EXPECT_EQ(view.assignments[1].assigned_by_name, "Chloe Coordinator");
  EXPECT_TRUE(Names(supporter_).empty());
  EXPECT_EQ(Names(other_supporter_), std::vector<std::string>{"Jo Smith"});
  EXPECT_EQ(AuditEntriesFor("family.assign").size(), 2u);

  EXPECT_THROW(w().caseload_service.Assign(ActorOf(other_supporter_), id, other_supporter_.id), AccessRefused);
  EXPECT_THROW(w().caseload_service.Assign(ActorOf(outsider_), id, supporter_.id), AccessRefused);
  EXPECT_THROW(w().caseload_service.Assign(ActorOf(coordinator_), id, outsider_.id), Invalid);
}

TEST_P(FamilyServiceTest, ClosingAndReopeningAreKeptInTheHistory) {
  const auto id = Create(supporter_, Input("Jo Smith"));
  EXPECT_THROW(w().caseload_service.Close(ActorOf(supporter_), id, {"", ""}), Invalid);
  w().caseload_service.Close(ActorOf(supporter_), id, {"moved_away", "Moved to Leeds; given the local group's details."});
  EXPECT_THROW(w().caseload_service.Close(ActorOf(supporter_), id, {"moved_away", "again"}), Conflict);
  EXPECT_TRUE(Names(supporter_).empty());
  CaseloadFilter closed;
  closed.status = FamilyStatus::kClosed;
  EXPECT_EQ(Names(supporter_, closed), std::vector<std::string>{"Jo Smith"});

  auto view = w().family_service.Get(ActorOf(supporter_), id);
  EXPECT_FALSE(view.record.family.open());
  EXPECT_EQ(view.record.family.closing_reason, ClosingReason::kMovedAway);

  clock().Advance(kMinute);
  w().caseload_service.Reopen(ActorOf(coordinator_), id);
  EXPECT_THROW(w().caseload_service.Reopen(ActorOf(coordinator_), id), Conflict);
  view = w().family_service.Get(ActorOf(supporter_), id);
  EXPECT_TRUE(view.record.family.open());
  ASSERT_EQ(view.status_changes.size(), 2u);
  EXPECT_EQ(view.status_changes[0].status, FamilyStatus::kOpen);
  EXPECT_EQ(view.status_changes[0].changed_by_name, "Chloe Coordinator");
  EXPECT_EQ(view.status_changes[1].reason, ClosingReason::kMovedAway);
  EXPECT_EQ(Names(supporter_), std::vector<std::string>{"Jo Smith"});
}

TEST_P(FamilyServiceTest, TwoPeopleEditingDoNotSilentlyOverwriteEachOther) {
  const auto id = Create(supporter_, Input("Jo Smith"));
  const auto version = w().family_service.Get(ActorOf(supporter_), id).record.version;
  FamilyDetailsForm first{"2 New Street", "", "Riverside", "SW1A 2AA", {"antenatal"}, "Loves music"};
  w().family_service.UpdateDetails(ActorOf(supporter_), id, first, version);
  FamilyDetailsForm second{"9 Old Road", "", "Riverside", "SW1A 1AA", {}, ""};
  EXPECT_THROW(w().family_service.UpdateDetails(ActorOf(coordinator_), id, second, version), Conflict);

  const auto view = w().family_service.Get(ActorOf(coordinator_), id);
  EXPECT_EQ(view.record.family.address_line_1, "2 New Street");
  EXPECT_EQ(view.record.family.strengths, "Loves music");
  EXPECT_GT(view.record.version, version);
  EXPECT_EQ(Search(coordinator_, "SW1A 2AA"), std::vector<std::string>{"Jo Smith"});

  const auto& caregiver = view.record.family.caregivers[0];
  CaregiverForm renamed{"Joanna Smith", "", "", "", "", "", "", false, "mother"};
  EXPECT_THROW(w().family_service.UpdateCaregiver(ActorOf(supporter_), id, caregiver.id, renamed, version), Conflict);
  w().family_service.UpdateCaregiver(ActorOf(supporter_), id, caregiver.id, renamed, view.record.version);
  EXPECT_EQ(Names(supporter_), std::vector<std::string>{"Joanna Smith"});
  EXPECT_THROW(w().family_service.UpdateDetails(ActorOf(parent_), id, first, view.record.version + 1), AccessRefused);
}

TEST_P(FamilyServiceTest, RecordingABirthAndTheSharedCareNetwork) {
  const auto id = Create(supporter_, Input("Jo Smith", "SW1A 1AA", "20 6 2025"));
  auto view = w().family_service.Get(ActorOf(supporter_), id);
  BabyForm birth;
  birth.due_date = "20 6 2025";
  birth.birth_date = "14 6 2025";
  birth.name = "Ada";
  w().family_service.UpdateBaby(ActorOf(supporter_), id, view.record.family.babies[0].id, birth, view.record.version);
  w().family_service.AddSharedCare(ActorOf(supporter_), id, {"Gran", "my mum", "Has the baby on Tuesdays"});
  EXPECT_THROW(w().family_service.AddSharedCare(ActorOf(supporter_), id, {"", "", ""}), Invalid);

  view = w().family_service.Get(ActorOf(supporter_), id);
  EXPECT_EQ(view.stage.label, "Ada is 2 days old");
  ASSERT_EQ(view.record.shared_care.size(), 1u);
  w().family_service.RemoveSharedCare(ActorOf(supporter_), id, view.record.shared_care[0].id);
  EXPECT_TRUE(w().family_service.Get(ActorOf(supporter_), id).record.shared_care.empty());
}

TEST_P(FamilyServiceTest, ALinkedParentReadsASharedViewAndAnotherParentNothing) {
  const auto id = Create(supporter_, Input("Priya Parent"));
  w().family_service.AddCaregiver(ActorOf(supporter_), id,
                                  {"Pat Partner", "", "", "", "07700 900982", "", "", false, "father"});
  {
    auto tx = database().Begin();
    tx->Execute("UPDATE caregivers SET linked_user_id = $1 WHERE family_id = $2 AND name = 'Priya Parent'",
                {parent_.id, id});
    tx->Commit();
  }
  const auto view = w().family_service.Get(ActorOf(parent_), id);
  EXPECT_TRUE(view.shared_view);
  EXPECT_FALSE(view.may_edit);
  EXPECT_TRUE(view.record.family.postcode.empty());
  EXPECT_TRUE(view.assignments.empty());
  ASSERT_EQ(view.record.family.caregivers.size(), 1u);  // never the partner's details
  EXPECT_EQ(view.record.family.caregivers[0].name, "Priya Parent");
  EXPECT_EQ(view.record.supporter_name, "Sam Supporter");

  const auto stranger = AddUser("Sid Stranger", "sid@example.org", Role::kParent, programme_.id);
  EXPECT_THROW(w().family_service.Get(ActorOf(stranger), id), AccessRefused);
}

TEST_P(FamilyServiceTest, ReadingAListIsAuditedOnce) {
  Create(coordinator_, Input("Jo Smith"));
  Create(coordinator_, Input("Amara Okafor", "SW1A 2AA"));
  Names(coordinator_);
  const auto entries = AuditEntriesFor("family.list");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].actor_user_id, coordinator_.id);
}

INSTANTIATE_TEST_SUITE_P(Backends, FamilyServiceTest, ::testing::ValuesIn(test::TestBackends()), test::BackendName);

}  // namespace
}  // namespace alongside
