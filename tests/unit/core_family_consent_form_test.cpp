// Recording a consent decision: what, given or withdrawn, how, and the date on a signed
// form, with a message for each missing or wrong choice.

#include <gtest/gtest.h>

#include <chrono>
#include <map>

#include "core/families/consent_form.hpp"

namespace alongside {
namespace {

Millis Utc(int y, unsigned m, unsigned d, int hh = 0) {
  using namespace std::chrono;
  return duration_cast<milliseconds>(sys_days{year{y} / month{m} / day{d}}.time_since_epoch()).count() + hh * kHour;
}

std::map<std::string, std::string> Messages(const Validation& v) {
  std::map<std::string, std::string> out;
  try {
    v.ThrowIfAny();
  } catch (const Invalid& invalid) {
    for (const auto& e : invalid.errors()) out[e.field] = e.message;
  }
  return out;
}

TEST(CoreFamilyConsentForm, RecordsWhoHowAndWhen) {
  const Millis now = Utc(2027, 6, 10, 14);
  Validation v;
  const auto record = ValidateConsentForm({"sharing", " hv-1 ", "given", "phone", "", " Agreed on a call "}, now, "user-7", v);
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(record.kind, ConsentKind::kSharing);
  EXPECT_EQ(record.organisation_id, "hv-1");
  EXPECT_EQ(record.decision, ConsentDecision::kGiven);
  EXPECT_EQ(record.method, ConsentMethod::kPhone);
  EXPECT_EQ(record.decided_at, now);
  EXPECT_EQ(record.recorded_at, now);
  EXPECT_EQ(record.recorded_by_user_id, "user-7");
  EXPECT_EQ(record.note, "Agreed on a call");
}

TEST(CoreFamilyConsentForm, SaysWhatIsMissing) {
  Validation v;
  ValidateConsentForm({"", "", "maybe", "", "", ""}, Utc(2027, 6, 10), "user-7", v);
  const auto messages = Messages(v);
  EXPECT_EQ(messages.at("kind"), "Select what the family is deciding about");
  EXPECT_EQ(messages.at("decision"), "Select whether the family gives or withdraws consent");
  EXPECT_EQ(messages.at("method"), "Select how the family told you");
  Validation sharing;
  ValidateConsentForm({"sharing", "", "given", "written", "", ""}, Utc(2027, 6, 10), "user-7", sharing);
  EXPECT_EQ(Messages(sharing).at("organisation_id"), "Select the service the family agrees to share with");
}

TEST(CoreFamilyConsentForm, ASignedFormCountsFromTheStartOfItsDayInTheUk) {
  const Millis now = Utc(2027, 6, 10, 14);
  Validation v;
  const auto record = ValidateConsentForm({"support", "", "given", "written", "8 6 2027", ""}, now, "user-7", v);
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(record.decided_at, Utc(2027, 6, 7, 23));  // midnight BST is 23:00 UTC the day before
  EXPECT_EQ(record.recorded_at, now);
  Validation winter;
  const auto in_winter = ValidateConsentForm({"support", "", "given", "written", "8 1 2027", ""}, now, "user-7", winter);
  EXPECT_EQ(in_winter.decided_at, Utc(2027, 1, 8));
  Validation future;
  ValidateConsentForm({"support", "", "given", "written", "11 6 2027", ""}, now, "user-7", future);
  EXPECT_EQ(Messages(future).at("decided_on"), "The date of the decision cannot be in the future");
  Validation unreadable;
  ValidateConsentForm({"support", "", "given", "written", "last week", ""}, now, "user-7", unreadable);
  EXPECT_EQ(Messages(unreadable).at("decided_on"), "Enter the date of the decision in the format 14 3 2027");
}

TEST(CoreFamilyConsentForm, AFormSignedEarlierDoesNotOutrankALaterWithdrawal) {
  const Millis morning = Utc(2027, 6, 10, 9);
  Validation v1, v2;
  const auto withdrawn = ValidateConsentForm({"support", "", "withdrawn", "online", "", ""}, morning, "parent-1", v1);
  const auto signed_form =
      ValidateConsentForm({"support", "", "given", "written", "9 6 2027", ""}, morning + kHour, "user-7", v2);
  EXPECT_FALSE(HasSupportConsent(CurrentConsent({withdrawn, signed_form})));
}

}  // namespace
}  // namespace alongside
