// The volunteer journey on both databases: an enquiry taken all the way to active (which
// needs a DBS check and two references, and starts their "volunteer" position), paused
// and left; the pathway to paid work; linking the volunteer's account; programme roles;
// who may see and change what (a volunteer reads only their own record; another
// programme's coordinator nothing) and the audit of each.

#include "volunteer_fixture.hpp"

namespace alongside::test {
namespace {

class VolunteerServiceTest : public VolunteerTest {
 protected:
  VolunteerService& volunteers() { return w().volunteer_service; }

  VolunteerForm Enquiry(const std::string& name) {
    VolunteerForm form;
    form.name = name;
    form.email = "maya@example.org";
    form.postcode = "rv2 3ab";
    form.languages = "English, Yoruba";
    form.lived_experience = {"neonatal_care"};
    form.programme_role_id = pal_role_;
    return form;
  }

  std::vector<std::string> Stages(const VolunteerRecord& record) {
    std::vector<std::string> out;
    for (const auto& change : record.journey) out.push_back(std::string(VolunteerStageCode(change.to_stage)));
    return out;
  }
};

TEST_P(VolunteerServiceTest, AnEnquiryIsTakenToActiveOnceItsChecksAreRecorded) {
  const auto coordinator = ActorOf(coordinator_);
  const auto maya = volunteers().Enquire(coordinator, programme_.id, Enquiry("Maya Okafor"));
  EXPECT_EQ(maya.stage, VolunteerStage::kEnquiry);
  EXPECT_EQ(IsoDate(maya.enquired_on), "2025-06-16");
  EXPECT_EQ(maya.postcode, "RV2 3AB");
  EXPECT_EQ(maya.programme_role_name, "Pregnancy Pal");
  EXPECT_EQ(maya.languages, (std::vector<std::string>{"English", "Yoruba"}));

  for (const char* stage : {"application", "interview", "references", "dbs_check", "training"})
    volunteers().MoveStage(coordinator, maya.id, {stage, "", "", ""});
  try {
    volunteers().MoveStage(coordinator, maya.id, {"active", "", "", ""});
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(invalid.errors()[0].field, "stage");
    EXPECT_EQ(invalid.errors()[0].message,
              "Before they can be active: record the date of their DBS check; record their two references (0 so far)");
  }
  auto record = volunteers().Get(coordinator, maya.id);
  EXPECT_EQ(record.activation_gaps.size(), 2u);
  auto form = Enquiry("Maya Okafor");
  form.references_received = "2";
  form.dbs_checked_on = "2025-05-30";
  volunteers().Update(coordinator, maya.id, record.volunteer.version, form);
  clock().Advance(kDay);
  const auto active = volunteers().MoveStage(coordinator, maya.id, {"active", "", "Welcome!", ""});
  EXPECT_EQ(active.stage, VolunteerStage::kActive);
  EXPECT_EQ(IsoDate(*active.active_since), "2025-06-17");
  EXPECT_EQ(IsoDate(*active.dbs_renewal_due), "2028-05-30");

  record = volunteers().Get(coordinator, maya.id);
  EXPECT_EQ(Stages(record), (std::vector<std::string>{"enquiry", "application", "interview", "references",
                                                      "dbs_check", "training", "active"}));
  EXPECT_EQ(record.journey.back().note, "Welcome!");
  EXPECT_EQ(record.journey.back().changed_by_name, "Chloe Coordinator");
  ASSERT_EQ(record.positions.size(), 1u);
  EXPECT_EQ(record.positions[0].position, PathwayPosition::kVolunteer);
  EXPECT_TRUE(record.activation_gaps.empty());
  EXPECT_EQ(AuditEntriesFor("volunteer.stage").size(), 6u);
  EXPECT_EQ(AuditEntriesFor("volunteer.create").size(), 1u);
}

TEST_P(VolunteerServiceTest, PausingLeavingAndComingBackFollowTheJourneyRules) {
  const auto coordinator = ActorOf(coordinator_);
  EXPECT_THROW(volunteers().MoveStage(coordinator, sam_, {"training", "", "", ""}), Invalid);
  volunteers().MoveStage(coordinator, sam_, {"paused", "", "New baby of her own", ""});
  try {
    volunteers().MoveStage(coordinator, sam_, {"left", "", "", ""});
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(invalid.errors()[0].field, "left_reason");
  }
  volunteers().AddPosition(coordinator, sam_, {"volunteer", "2025-03-01", ""});
  const auto left = volunteers().MoveStage(coordinator, sam_, {"left", "", "", "Moved away"});
  EXPECT_EQ(left.left_reason, "Moved away");
  auto record = volunteers().Get(coordinator, sam_);
  ASSERT_EQ(record.positions.size(), 1u);
  EXPECT_EQ(IsoDate(*record.positions[0].ended_on), "2025-06-16");
  EXPECT_EQ(record.journey.back().note, "Moved away");
  EXPECT_THROW(volunteers().MoveStage(coordinator, sam_, {"active", "", "", ""}), Invalid);
  const auto back = volunteers().MoveStage(coordinator, sam_, {"enquiry", "", "Back after a year", ""});
  EXPECT_EQ(back.stage, VolunteerStage::kEnquiry);
  EXPECT_FALSE(back.left_on);
  EXPECT_FALSE(back.active_since);
}

TEST_P(VolunteerServiceTest, ThePathwayToPaidWorkEndsEachPositionWhenTheNextStarts) {
  const auto coordinator = ActorOf(coordinator_);
  volunteers().AddPosition(coordinator, sam_, {"volunteer", "2025-03-01", ""});
  try {
    volunteers().AddPosition(coordinator, sam_, {"peer_support_worker", "2025-02-01", ""});
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(invalid.errors()[0].field, "started_on");
  }
  volunteers().AddPosition(coordinator, sam_, {"peer_support_worker", "2025-09-01", "Paid, three days a week"});
  EXPECT_THROW(volunteers().AddPosition(coordinator, sam_, {"peer_support_worker", "2025-10-01", ""}), Invalid);
  volunteers().AddPosition(coordinator, sam_, {"trainer", "2026-01-05", ""});
  const auto positions = volunteers().Get(coordinator, sam_).positions;
  ASSERT_EQ(positions.size(), 3u);
  EXPECT_EQ(IsoDate(*positions[0].ended_on), "2025-08-31");
  EXPECT_EQ(IsoDate(*positions[1].ended_on), "2026-01-04");
  EXPECT_FALSE(positions[2].ended_on);
  EXPECT_EQ(positions[1].note, "Paid, three days a week");
}

TEST_P(VolunteerServiceTest, AnAccountIsLinkedOnlyWhenItIsAPeerSupporterOfTheProgramme) {
  const auto coordinator = ActorOf(coordinator_);
  const auto maya = volunteers().Enquire(coordinator, programme_.id, Enquiry("Maya Okafor"));
  const auto account = AddUser("Maya Okafor", "maya.account@example.org", Role::kPeerSupporter, programme_.id);
  EXPECT_THROW(volunteers().LinkAccount(coordinator, maya.id, "nobody@example.org"), Invalid);
  EXPECT_THROW(volunteers().LinkAccount(coordinator, maya.id, practitioner_.email), Invalid);
  EXPECT_THROW(volunteers().LinkAccount(coordinator, maya.id, supporter_.email), Invalid);  // Sam's record has it
  const auto linked = volunteers().LinkAccount(coordinator, maya.id, "Maya.Account@example.org");
  EXPECT_EQ(linked.user_id, account.id);
  // Maya now reads her own record, and nobody else's.
  EXPECT_EQ(volunteers().Mine(ActorOf(account)).size(), 1u);
  EXPECT_EQ(volunteers().Get(ActorOf(account), maya.id).volunteer.name, "Maya Okafor");
  EXPECT_FALSE(volunteers().Get(ActorOf(account), maya.id).may_change);
  EXPECT_THROW(volunteers().Get(ActorOf(account), sam_), AccessRefused);
}

TEST_P(VolunteerServiceTest, OnlyTheProgrammesCoordinatorListsAndChangesItsVolunteers) {
  const auto coordinator = ActorOf(coordinator_);
  AddVolunteer("Hillside Helen", VolunteerStage::kActive, "", "", other_programme_.id);
  auto list = volunteers().List(coordinator, {});
  ASSERT_EQ(list.page.items.size(), 2u);
  EXPECT_EQ(list.page.items[0].name, "Oli Other");
  EXPECT_TRUE(list.may_add);
  VolunteerFilter filter;
  filter.name_contains = "sam";
  EXPECT_EQ(volunteers().List(coordinator, filter).page.total, 1);
  filter = {};
  filter.stage = VolunteerStage::kEnquiry;
  EXPECT_EQ(volunteers().List(coordinator, filter).page.total, 0);

  EXPECT_EQ(volunteers().List(ActorOf(outsider_), {}).page.items.size(), 1u);
  EXPECT_THROW(volunteers().List(ActorOf(supporter_), {}), AccessRefused);
  EXPECT_THROW(volunteers().List(ActorOf(practitioner_), {}), AccessRefused);
  filter = {};
  filter.organisation_ids = {other_programme_.id};
  EXPECT_THROW(volunteers().List(coordinator, filter), AccessRefused);

  EXPECT_THROW(volunteers().Get(ActorOf(outsider_), sam_), AccessRefused);
  EXPECT_THROW(volunteers().Get(ActorOf(other_supporter_), sam_), AccessRefused);
  EXPECT_THROW(volunteers().MoveStage(ActorOf(supporter_), sam_, {"paused", "", "", ""}), AccessRefused);
  EXPECT_THROW(volunteers().Enquire(ActorOf(outsider_), programme_.id, Enquiry("Not yours")), AccessRefused);
  EXPECT_THROW(volunteers().Enquire(ActorOf(supporter_), programme_.id, Enquiry("Not yours")), AccessRefused);
  EXPECT_THROW(volunteers().Get(coordinator, "not-an-id"), NotFound);
  EXPECT_EQ(volunteers().Get(ActorOf(supporter_), sam_).volunteer.name, "Sam Supporter");
  EXPECT_EQ(AuditEntriesFor("volunteer.read").size(), 1u);
}

TEST_P(VolunteerServiceTest, ASecondSaveOfAnOldCopyIsAConflictAndNothingIsLost) {
  const auto coordinator = ActorOf(coordinator_);
  const auto record = volunteers().Get(coordinator, sam_);
  auto form = Enquiry("Sam Supporter");
  form.notes = "First edit";
  volunteers().Update(coordinator, sam_, record.volunteer.version, form);
  form.notes = "Second edit from an old page";
  EXPECT_THROW(volunteers().Update(coordinator, sam_, record.volunteer.version, form), Conflict);
  EXPECT_EQ(volunteers().Get(coordinator, sam_).volunteer.notes, "First edit");
}

TEST_P(VolunteerServiceTest, AProgrammeNamesItsOwnRolesWithTheSupervisionEachNeeds) {
  const auto coordinator = ActorOf(coordinator_);
  const auto buddy = volunteers().CreateRole(coordinator, programme_.id, {"Birth Buddy", "At the birth", "7", "8", "14"});
  EXPECT_THROW(volunteers().CreateRole(coordinator, programme_.id, {"pregnancy pal", "", "7", "12", "14"}), Invalid);
  EXPECT_THROW(volunteers().CreateRole(ActorOf(outsider_), programme_.id, {"Mine", "", "7", "12", "14"}), AccessRefused);
  auto roles = volunteers().Roles(ActorOf(supporter_), programme_.id, false);
  ASSERT_EQ(roles.size(), 2u);
  EXPECT_EQ(roles[0].name, "Birth Buddy");
  EXPECT_EQ(roles[0].early_weeks, 8);
  volunteers().UpdateRole(coordinator, buddy.id, {"Birth Buddy", "At the birth", "7", "6", "21"});
  volunteers().SetRoleArchived(coordinator, buddy.id, true);
  EXPECT_EQ(volunteers().Roles(coordinator, programme_.id, false).size(), 1u);
  roles = volunteers().Roles(coordinator, programme_.id, true);
  EXPECT_EQ(roles[0].supervision_later_days, 21);
  auto form = Enquiry("Maya Okafor");
  form.programme_role_id = buddy.id;
  try {
    volunteers().Enquire(coordinator, programme_.id, form);
    FAIL() << "an archived role is not offered";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(invalid.errors()[0].field, "programme_role_id");
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, VolunteerServiceTest, ::testing::ValuesIn(TestBackends()), BackendName);

}  // namespace
}  // namespace alongside::test
