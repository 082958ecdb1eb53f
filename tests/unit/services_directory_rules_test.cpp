// Directory entry rules: each field's message, postcode districts, the stale rule and what
// the public view leaves out.

#include <gtest/gtest.h>

#include <algorithm>

#include "core/services/postcode_district.hpp"
#include "core/services/public_service.hpp"
#include "core/services/service_need.hpp"
#include "core/services/service_review.hpp"
#include "core/services/service_validation.hpp"

namespace alongside {
namespace {

ServiceForm Complete() {
  ServiceForm form;
  form.name = "Riverside Food Bank";
  form.level = "community";
  form.type = "food_bank";
  form.summary = "Emergency food";
  form.referral_route = "phone";
  form.referral_contact = "01632 960 450";
  form.response_days = "2";
  form.review_due = "14 3 2027";
  return form;
}

/// The message at each field, in order.
std::vector<FieldError> Errors(const ServiceForm& form, Service* out = nullptr) {
  Service service;
  Validation v;
  ReadServiceForm(form, service, v);
  if (out) *out = service;
  try {
    v.ThrowIfAny();
  } catch (const Invalid& invalid) {
    return invalid.errors();
  }
  return {};
}

std::string MessageAt(const ServiceForm& form, const std::string& field) {
  for (const auto& e : Errors(form))
    if (e.field == field) return e.message;
  return "";
}

TEST(ServiceValidation, ACompleteFormIsReadIntoTheEntry) {
  ServiceForm form = Complete();
  form.postcode_districts = "rv1, RV2;rv1";
  form.local_authorities = "Riverside Council,  Lowfield ";
  form.min_age_months = "0";
  form.max_age_months = "24";
  form.needs = {"food", "money"};
  Service service;
  ASSERT_TRUE(Errors(form, &service).empty());
  EXPECT_EQ(service.review_due, "2027-03-14");
  EXPECT_EQ(service.level, ServiceLevel::kCommunity);
  EXPECT_EQ(service.response_days, 2);
  EXPECT_EQ(service.min_age_months, 0);
  EXPECT_EQ(service.max_age_months, 24);
  ASSERT_EQ(service.coverage.size(), 4u);
  EXPECT_EQ(service.coverage[0].value, "RV1");
  EXPECT_EQ(service.coverage[1].value, "RV2");
  EXPECT_EQ(service.coverage[2].kind, CoverageKind::kLocalAuthority);
  EXPECT_EQ(service.coverage[3].value, "Lowfield");
}

TEST(ServiceValidation, EveryMissingFieldHasItsOwnMessage) {
  const auto errors = Errors(ServiceForm{});
  std::vector<std::string> fields;
  for (const auto& e : errors) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"name", "level", "type", "referral_route", "response_days", "review_due"}));
  EXPECT_EQ(errors[0].message, "Enter the name of the service");
  EXPECT_EQ(errors[1].message, "Select the level of need the service works at");
}

TEST(ServiceValidation, ResponseDaysAreOneToNinety) {
  for (const char* bad : {"0", "91", "ten", "5.5", "-1"}) {
    ServiceForm form = Complete();
    form.response_days = bad;
    EXPECT_EQ(MessageAt(form, "response_days"),
              "Enter the expected response time as a whole number of days from 1 to 90")
        << bad;
  }
  ServiceForm form = Complete();
  form.response_days = "90";
  EXPECT_TRUE(Errors(form).empty());
}

TEST(ServiceValidation, TheReviewDateMustBeARealDate) {
  ServiceForm form = Complete();
  form.review_due = "31 2 2027";
  EXPECT_EQ(MessageAt(form, "review_due"), "Enter the review date as a real date, like 14 3 2027");
  form.review_due = "";
  EXPECT_EQ(MessageAt(form, "review_due"), "Enter the date to review this entry by");
}

TEST(ServiceValidation, ContactIsCheckedForTheRouteChosen) {
  ServiceForm form = Complete();
  form.referral_contact = "";
  EXPECT_EQ(MessageAt(form, "referral_contact"), "Enter the phone number families or workers call to refer");
  form.referral_contact = "call us";
  EXPECT_EQ(MessageAt(form, "referral_contact"), "Enter a phone number, like 01632 960 123");
  form.referral_route = "email";
  form.referral_contact = "not-an-email";
  EXPECT_EQ(MessageAt(form, "referral_contact"), "Enter an email address, like referrals@example.org");
  form.referral_route = "web";
  form.referral_contact = "riverside.example/refer";
  EXPECT_EQ(MessageAt(form, "referral_contact"),
            "Enter a web address starting with https://, like https://example.org/refer");
  form.referral_contact = "https://riverside.example/refer";
  EXPECT_TRUE(Errors(form).empty());
  form.referral_route = "alongside";
  form.referral_contact = "";
  EXPECT_TRUE(Errors(form).empty());
  form.referral_route = "fax";
  EXPECT_EQ(MessageAt(form, "referral_route"), "Select how families are referred");
}

TEST(ServiceValidation, AgeRangeIsZeroToSixtyMonthsWithTheYoungestFirst) {
  ServiceForm form = Complete();
  form.min_age_months = "61";
  EXPECT_EQ(MessageAt(form, "min_age_months"), "Enter the youngest age as a whole number of months from 0 to 60");
  form.min_age_months = "12";
  form.max_age_months = "6";
  EXPECT_EQ(MessageAt(form, "max_age_months"), "The oldest age must be the same as or more than the youngest");
  form.max_age_months = "12";
  EXPECT_TRUE(Errors(form).empty());
}

TEST(ServiceValidation, CoverageNamesTheEntryThatIsNotADistrict) {
  ServiceForm form = Complete();
  form.postcode_districts = "RV1, Q1X";
  EXPECT_EQ(MessageAt(form, "postcode_districts"),
            "Enter postcode districts like RV1, RV2 separated by commas; \"Q1X\" is not a postcode district");
  form.postcode_districts = "RV1\nRV22";
  EXPECT_TRUE(Errors(form).empty());
}

TEST(ServiceValidation, NeedsMustComeFromTheList) {
  ServiceForm form = Complete();
  form.needs = {"housing", "unicorns"};
  EXPECT_EQ(MessageAt(form, "needs"), "Select the needs from the list");
  EXPECT_TRUE(ServiceNeedFromCode("parental_mental_health"));
}

TEST(PostcodeDistrict, FromAFullPostcodeOrADistrictTypedAlone) {
  EXPECT_EQ(PostcodeDistrictOf("rv1 4ab"), "RV1");
  EXPECT_EQ(PostcodeDistrictOf("RV14AB"), "RV1");
  EXPECT_EQ(PostcodeDistrictOf("sw1a 1aa"), "SW1A");
  EXPECT_EQ(PostcodeDistrictOf("sw1a"), "SW1A");
  EXPECT_EQ(PostcodeDistrictOf(" rv12 "), "RV12");
  EXPECT_FALSE(PostcodeDistrictOf(""));
  EXPECT_FALSE(PostcodeDistrictOf("RIVERSIDE"));
  EXPECT_FALSE(PostcodeDistrictOf("Q1"));
  EXPECT_FALSE(PostcodeDistrictOf("RV1 4"));
}

TEST(ServiceReview, StaleOnlyAfterTheReviewDate) {
  Service service;
  service.review_due = "2026-11-23";
  EXPECT_FALSE(IsStale(service, Date{2026, 11, 23}));
  EXPECT_TRUE(IsStale(service, Date{2026, 11, 24}));
  EXPECT_EQ(NextReviewDate(Date{2026, 11, 24}), "2027-11-24");
  EXPECT_EQ(NextReviewDate(Date{2028, 2, 29}), "2029-02-28");
}

TEST(PublicService, LeavesOutWhatIsForWorkersOnly) {
  Service service;
  service.id = "s-1";
  service.name = "Riverside Food Bank";
  service.organisation_id = "org-1";
  service.organisation_name = "Riverside Food Bank (demo)";
  service.internal_notes = "Never leave a message";
  service.created_by = "user-1";
  service.review_due = "2026-01-01";
  service.referral_contact = "01632 960 450";
  const PublicService view = PublicViewOf(service);
  EXPECT_EQ(view.name, "Riverside Food Bank");
  EXPECT_EQ(view.organisation_name, "Riverside Food Bank (demo)");
  EXPECT_EQ(view.referral_contact, "01632 960 450");
  // The type has no member for internal notes, the author, the review date or the keeper's id;
  // this checks that a copy holds none of their values either.
  const std::string* fields[] = {&view.id, &view.area_id, &view.organisation_name, &view.name, &view.summary,
                                 &view.eligibility, &view.referral_contact, &view.hours, &view.languages,
                                 &view.accessibility};
  for (const auto* field : fields) {
    EXPECT_NE(*field, "Never leave a message");
    EXPECT_NE(*field, "user-1");
    EXPECT_NE(*field, "org-1");
  }
}

}  // namespace
}  // namespace alongside
