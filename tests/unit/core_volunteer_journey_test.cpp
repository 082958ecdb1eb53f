// The volunteer's journey: which moves a coordinator may make, what becoming active needs
// (a DBS check in date and two references), DBS renewals coming up, and the checks of the
// volunteer, stage, position and role forms with a message at each field.

#include <gtest/gtest.h>

#include "core/programme/volunteer_form.hpp"
#include "core/programme/volunteer_journey.hpp"

namespace alongside {
namespace {

using S = VolunteerStage;

Date D(const char* text) { return *ParseDate(text); }

std::vector<std::string> Fields(const Invalid& invalid) {
  std::vector<std::string> fields;
  for (const auto& e : invalid.errors()) fields.push_back(e.field);
  return fields;
}

TEST(VolunteerJourney, StepsBeforeActiveMayBeTakenInAnyOrderAndGoneBackOver) {
  EXPECT_FALSE(StageMoveRefusal(S::kEnquiry, S::kApplication));
  EXPECT_FALSE(StageMoveRefusal(S::kApplication, S::kDbsCheck));
  EXPECT_FALSE(StageMoveRefusal(S::kDbsCheck, S::kReferences));
  EXPECT_FALSE(StageMoveRefusal(S::kTraining, S::kInterview));
  EXPECT_FALSE(StageMoveRefusal(S::kTraining, S::kActive));
  EXPECT_EQ(StageMoveRefusal(S::kTraining, S::kTraining), "They are already at this stage");
}

TEST(VolunteerJourney, OnlyAnActiveVolunteerPausesAndAPausedOneReturnsOrLeaves) {
  EXPECT_FALSE(StageMoveRefusal(S::kActive, S::kPaused));
  EXPECT_EQ(StageMoveRefusal(S::kTraining, S::kPaused), "Only an active volunteer can pause");
  EXPECT_FALSE(StageMoveRefusal(S::kPaused, S::kActive));
  EXPECT_FALSE(StageMoveRefusal(S::kPaused, S::kLeft));
  EXPECT_EQ(StageMoveRefusal(S::kPaused, S::kTraining), "A paused volunteer returns to active or leaves");
  EXPECT_TRUE(StageMoveRefusal(S::kActive, S::kTraining));
}

TEST(VolunteerJourney, AnyoneCanLeaveAndComesBackOnlyAsANewEnquiry) {
  for (S from : AllVolunteerStages())
    if (from != S::kLeft) EXPECT_FALSE(StageMoveRefusal(from, S::kLeft)) << VolunteerStageCode(from);
  EXPECT_FALSE(StageMoveRefusal(S::kLeft, S::kEnquiry));
  EXPECT_EQ(StageMoveRefusal(S::kLeft, S::kActive), "Someone who has left comes back as a new enquiry first");
}

TEST(VolunteerJourney, BecomingActiveNeedsADbsCheckInDateAndTwoReferences) {
  Volunteer v;
  EXPECT_EQ(ActivationGaps(v, D("2026-12-01")),
            (std::vector<std::string>{"Record the date of their DBS check", "Record their two references (0 so far)"}));
  v.dbs_checked_on = D("2024-01-10");
  v.dbs_renewal_due = D("2027-01-10");
  v.references_received = 1;
  EXPECT_EQ(ActivationGaps(v, D("2026-12-01")), (std::vector<std::string>{"Record their two references (1 so far)"}));
  v.references_received = 2;
  EXPECT_TRUE(ActivationGaps(v, D("2027-01-09")).empty());
  // On the renewal day the check has run out.
  EXPECT_EQ(ActivationGaps(v, D("2027-01-10")), (std::vector<std::string>{"Their DBS check needs renewing first"}));
}

TEST(VolunteerJourney, ADbsRenewalIsDueWithinTheDaysAskedOrWhenPast) {
  Volunteer v;
  EXPECT_FALSE(DbsRenewalDue(v, D("2026-12-01"), 60));
  v.dbs_renewal_due = D("2027-01-30");
  EXPECT_TRUE(DbsRenewalDue(v, D("2026-12-01"), 60));
  EXPECT_FALSE(DbsRenewalDue(v, D("2026-11-30"), 60));
  EXPECT_TRUE(DbsRenewalDue(v, D("2027-03-01"), 0));
}

TEST(VolunteerForms, AnEnquiryNeedsANameAndEveryOtherFieldIsCheckedWhenGiven) {
  VolunteerForm form;
  form.email = "not-an-email";
  form.phone = "call me";
  form.postcode = "RV1";
  form.max_families = "lots";
  form.lived_experience = {"father", "astronaut"};
  form.enquired_on = "2026-12-25";
  form.references_received = "-1";
  form.dbs_renewal_due = "2029-01-01";
  try {
    ValidateVolunteerForm(form, D("2026-12-02"));
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(Fields(invalid), (std::vector<std::string>{"name", "email", "phone", "postcode", "lived_experience",
                                                         "max_families", "enquired_on", "references_received",
                                                         "dbs_checked_on"}));
    EXPECT_EQ(invalid.errors()[0].message, "Enter their name");
    EXPECT_EQ(invalid.errors()[6].message, "The date of their enquiry cannot be in the future");
  }
}

TEST(VolunteerForms, ADbsCheckIsRenewedThreeYearsOnUnlessSaidAndLanguagesAreTidied) {
  VolunteerForm form;
  form.name = "  Maya Okafor ";
  form.postcode = "rv2 3ab";
  form.languages = "English, yoruba,,english ,  Pidgin ";
  form.dbs_checked_on = "2026-02-29";
  EXPECT_THROW(ValidateVolunteerForm(form, D("2026-12-02")), Invalid);  // not a real date
  form.dbs_checked_on = "2026-03-01";
  const auto d = ValidateVolunteerForm(form, D("2026-12-02"));
  EXPECT_EQ(d.name, "Maya Okafor");
  EXPECT_EQ(d.postcode, "RV2 3AB");
  EXPECT_EQ(d.languages, (std::vector<std::string>{"English", "yoruba", "Pidgin"}));
  EXPECT_EQ(IsoDate(*d.dbs_renewal_due), "2029-03-01");
  EXPECT_EQ(d.max_families, 2);
  form.dbs_renewal_due = "2026-01-01";
  try {
    ValidateVolunteerForm(form, D("2026-12-02"));
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(Fields(invalid), (std::vector<std::string>{"dbs_renewal_due"}));
  }
}

TEST(VolunteerForms, LeavingNeedsAReasonAndAStageMoveDefaultsToToday) {
  try {
    ValidateStageForm({"left", "", "", ""}, D("2026-12-02"));
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(Fields(invalid), (std::vector<std::string>{"left_reason"}));
  }
  EXPECT_THROW(ValidateStageForm({"retired", "", "", ""}, D("2026-12-02")), Invalid);
  const auto move = ValidateStageForm({"interview", "", "Booked for Tuesday", ""}, D("2026-12-02"));
  EXPECT_EQ(move.stage, S::kInterview);
  EXPECT_EQ(IsoDate(move.changed_on), "2026-12-02");
}

TEST(VolunteerForms, APositionNeedsAKnownPositionAndAStartDate) {
  try {
    ValidatePositionForm({"chief", "", ""}, D("2026-12-02"));
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(Fields(invalid), (std::vector<std::string>{"position", "started_on"}));
  }
  const auto change = ValidatePositionForm({"peer_support_worker", "2027-01-05", "Paid, 3 days a week"}, D("2026-12-02"));
  EXPECT_EQ(change.position, PathwayPosition::kPeerSupportWorker);
  EXPECT_TRUE(IsPaid(change.position));
  EXPECT_FALSE(IsPaid(PathwayPosition::kVolunteer));
}

TEST(VolunteerForms, ARoleNeedsANameAndSupervisionGapsInRange) {
  try {
    ValidateRoleForm({"", "", "0", "x", "91"});
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(Fields(invalid), (std::vector<std::string>{"name", "supervision_early_days", "early_weeks",
                                                         "supervision_later_days"}));
  }
  const auto role = ValidateRoleForm({"Birth Buddy", "Alongside at the birth", "7", "8", "14"});
  EXPECT_EQ(role.name, "Birth Buddy");
  EXPECT_EQ(role.early_weeks, 8);
}

TEST(VolunteerCodes, StagesPositionsAndChoicesReadBackFromTheirCodes) {
  for (S stage : AllVolunteerStages()) EXPECT_EQ(VolunteerStageFromCode(VolunteerStageCode(stage)), stage);
  for (auto p : AllPathwayPositions()) EXPECT_EQ(PathwayPositionFromCode(PathwayPositionCode(p)), p);
  EXPECT_EQ(VolunteerStageLabel(S::kDbsCheck), "DBS check");
  EXPECT_TRUE(InPipeline(S::kReferences));
  EXPECT_FALSE(InPipeline(S::kPaused));
  EXPECT_TRUE(IsLivedExperienceCode("neonatal_care"));
  EXPECT_TRUE(IsAvailabilitySlotCode("tue_eve"));
  EXPECT_EQ(ChoiceLabel(AvailabilitySlotChoices(), "tue_eve"), "Tuesday evening");
}

}  // namespace
}  // namespace alongside
