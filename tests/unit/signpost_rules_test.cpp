// Signposting rules: the form's checks with a message at each field, codes that read back,
// the follow-up's title, and how a referral reads to the family.

#include <gtest/gtest.h>

#include "core/signposts/involvement.hpp"
#include "core/signposts/signpost_form.hpp"

namespace alongside {
namespace {

std::vector<std::string> Fields(const Invalid& invalid) {
  std::vector<std::string> fields;
  for (const auto& e : invalid.errors()) fields.push_back(e.field);
  return fields;
}

TEST(SignpostRules, AFormNeedsAServiceOrANameHowAndAFollowUpChoice) {
  try {
    ValidateSignpostForm({"", "", "carrier pigeon", std::string(2001, 'x'), "10"});
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(Fields(invalid), (std::vector<std::string>{"service_id", "how", "note", "follow_up_days"}));
    EXPECT_EQ(invalid.errors()[0].message,
              "Choose a service from the directory, or type the name of one that is not in it");
  }
  try {
    ValidateSignpostForm({"some-id", "Also typed", "phone", "", "7"});
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(Fields(invalid), (std::vector<std::string>{"service_name"}));
  }
  const auto change = ValidateSignpostForm({"", "  Baby bank at St Mark's ", "leaflet", " Gave the leaflet ", "28"});
  EXPECT_EQ(change.service_name, "Baby bank at St Mark's");
  EXPECT_EQ(change.how, SignpostHow::kLeaflet);
  EXPECT_EQ(change.note, "Gave the leaflet");
  EXPECT_EQ(change.follow_up_days, 28);
}

TEST(SignpostRules, AFollowUpNeedsAnOutcome) {
  try {
    ValidateFollowUpForm({"", std::string(2001, 'x')});
    FAIL() << "expected Invalid";
  } catch (const Invalid& invalid) {
    EXPECT_EQ(Fields(invalid), (std::vector<std::string>{"outcome", "outcome_note"}));
  }
  EXPECT_EQ(ValidateFollowUpForm({"not_used", ""}).outcome, SignpostOutcome::kNotUsed);
}

TEST(SignpostRules, CodesReadBackAndTheFollowUpIsAQuestion) {
  for (SignpostHow how : AllSignpostHows()) EXPECT_EQ(SignpostHowFromCode(SignpostHowCode(how)), how);
  for (SignpostOutcome o : AllSignpostOutcomes()) EXPECT_EQ(SignpostOutcomeFromCode(SignpostOutcomeCode(o)), o);
  EXPECT_EQ(FollowUpTitle("Riverside Food Bank"), "Did Riverside Food Bank help?");
  EXPECT_EQ(FollowUpDayChoices().front(), kDefaultFollowUpDays);
}

TEST(SignpostRules, ReferralsReadToTheFamilyInPlainWords) {
  InvolvedReferral r;
  r.sent_at = 1'804'075'200'000;  // 2027-03-03 12:00 UTC
  r.status = "sent";
  EXPECT_EQ(InvolvementStatusWords(r), "Referred on 3 March 2027, waiting to hear");
  r.status = "received";
  EXPECT_EQ(InvolvementStatusWords(r), "Referred on 3 March 2027, waiting to hear");
  r.status = "accepted";
  EXPECT_EQ(InvolvementStatusWords(r), "Accepted");
  r.status = "support_started";
  r.support_started_at = 1'804'075'200'000 + 4 * 86'400'000LL;
  EXPECT_EQ(InvolvementStatusWords(r), "Seeing you since 7 March 2027");
  r.status = "declined";
  EXPECT_EQ(InvolvementStatusWords(r), "Not able to help this time");
  EXPECT_FALSE(ShownToFamily("draft"));
  EXPECT_FALSE(ShownToFamily("withdrawn"));
  EXPECT_TRUE(ShownToFamily("sent"));
  EXPECT_TRUE(ShownToFamily("closed"));
}

}  // namespace
}  // namespace alongside
