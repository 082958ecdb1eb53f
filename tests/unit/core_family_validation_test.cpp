// Bad input on the family forms gets a clear message next to each field, all at once, and
// what was typed well comes back cleaned (trimmed, postcode normalised, dates read).

#include <gtest/gtest.h>

#include <map>

#include "core/families/family_validation.hpp"

namespace alongside {
namespace {

const Date kToday{2026, 11, 25};

/// Every message, by field, as a page would show them.
std::map<std::string, std::vector<std::string>> Messages(const Validation& v) {
  std::map<std::string, std::vector<std::string>> out;
  try {
    v.ThrowIfAny();
  } catch (const Invalid& invalid) {
    for (const auto& e : invalid.errors()) out[e.field].push_back(e.message);
  }
  return out;
}

std::string Only(const Validation& v, const std::string& field) {
  const auto messages = Messages(v);
  const auto it = messages.find(field);
  if (it == messages.end() || it->second.size() != 1) return "<no single message for " + field + ">";
  return it->second[0];
}

NewFamilyForm GoodForm() {
  NewFamilyForm form;
  form.address_line_1 = "  12 Lark Rise ";
  form.town = "Leeds";
  form.postcode = "ls14ap";
  form.focus_areas = {"antenatal", "parental_mental_health", "antenatal"};
  form.strengths = "We laugh a lot. My mum lives round the corner.";
  form.caregiver.name = " Jo  Smith ";
  form.caregiver.preferred_name = "Jo";
  form.caregiver.pronouns = "she/her";
  form.caregiver.date_of_birth = "3 7 1998";
  form.caregiver.phone = "07700 900 982";
  form.caregiver.email = "jo@example.com";
  form.caregiver.preferred_language = "Polish";
  form.caregiver.interpreter_needed = true;
  form.caregiver.relationship_to_baby = "mother";
  form.baby.due_date = "14 3 2027";
  return form;
}

TEST(CoreFamilyValidation, AGoodFormComesBackCleaned) {
  Validation v;
  const auto result = ValidateNewFamily(GoodForm(), kToday, v);
  EXPECT_TRUE(v.ok()) << Messages(v).begin()->second[0];
  EXPECT_EQ(result.family.address_line_1, "12 Lark Rise");
  EXPECT_EQ(result.family.postcode, "LS1 4AP");
  EXPECT_EQ(result.family.focus_areas, (std::vector<FocusArea>{FocusArea::kAntenatal, FocusArea::kParentalMentalHealth}));
  EXPECT_EQ(result.caregiver.name, "Jo  Smith");
  EXPECT_EQ(result.caregiver.date_of_birth, (Date{1998, 7, 3}));
  EXPECT_TRUE(result.caregiver.interpreter_needed);
  ASSERT_EQ(result.babies.size(), 1u);
  EXPECT_EQ(result.babies[0].due_date, (Date{2027, 3, 14}));
  EXPECT_FALSE(result.babies[0].born());
  EXPECT_TRUE(result.babies[0].multiple_birth_group.empty());
}

TEST(CoreFamilyValidation, ReportsEveryBadFieldAtOnce) {
  NewFamilyForm form;
  form.postcode = "SW1A";
  form.focus_areas = {"everything"};
  form.caregiver.email = "jo at example";
  form.caregiver.phone = "call me";
  Validation v;
  ValidateNewFamily(form, kToday, v);
  const auto messages = Messages(v);
  EXPECT_EQ(messages.at("postcode")[0], "Enter a full UK postcode, like SW1A 1AA");
  EXPECT_EQ(messages.at("focus_areas")[0], "Select focus areas from the list");
  EXPECT_EQ(messages.at("caregiver_name")[0], "Enter the caregiver's name");
  EXPECT_EQ(messages.at("caregiver_relationship")[0], "Enter the caregiver's relationship to the baby, like mother or father");
  EXPECT_EQ(messages.at("caregiver_email")[0], "Enter an email address in the correct format, like name@example.com");
  EXPECT_EQ(messages.at("caregiver_phone")[0], "Enter a phone number, like 07700 900 982 or +44 7700 900 982");
  EXPECT_EQ(messages.at("due_date")[0], "Enter the due date, or the birth date if the baby has been born");
  EXPECT_EQ(messages.size(), 7u);
}

TEST(CoreFamilyValidation, AsksForThePostcode) {
  auto form = GoodForm();
  form.postcode = "  ";
  Validation v;
  ValidateNewFamily(form, kToday, v);
  EXPECT_EQ(Only(v, "postcode"), "Enter the family's postcode");
}

TEST(CoreFamilyValidation, LimitsTheLengthOfTextInCharactersNotBytes) {
  auto form = GoodForm();
  form.caregiver.name = std::string(200, 'a');
  form.strengths = std::string(2001, 'x');
  form.caregiver.pronouns = std::string(51, 'p');
  Validation v;
  ValidateNewFamily(form, kToday, v);
  EXPECT_FALSE(v.Has("caregiver_name"));
  EXPECT_EQ(Only(v, "strengths"), "Strengths must be 2000 characters or fewer");
  EXPECT_EQ(Only(v, "caregiver_pronouns"), "Pronouns must be 50 characters or fewer");
  Validation accents;
  form = GoodForm();
  form.caregiver.name.clear();
  for (int i = 0; i < 200; ++i) form.caregiver.name += "\xC3\xA9";  // é is two bytes
  ValidateNewFamily(form, kToday, accents);
  EXPECT_TRUE(accents.ok());
  form.caregiver.name = "Jo\x01Smith";
  Validation control;
  ValidateNewFamily(form, kToday, control);
  EXPECT_EQ(Only(control, "caregiver_name"), "Name must not contain control characters");
}

TEST(CoreFamilyValidation, ExplainsADueDateItCannotRead) {
  auto form = GoodForm();
  form.baby.due_date = "next spring";
  Validation v;
  ValidateNewFamily(form, kToday, v);
  EXPECT_EQ(Only(v, "due_date"), "Enter a due date in the format 14 3 2027");
  form.baby.due_date = "31 2 2027";
  Validation v2;
  ValidateNewFamily(form, kToday, v2);
  EXPECT_EQ(Only(v2, "due_date"), "Enter a due date in the format 14 3 2027");
}

TEST(CoreFamilyValidation, ADueDateMustBeWithinTheNextTenMonths) {
  auto form = GoodForm();
  form.baby.due_date = "25 9 2027";  // exactly 10 months on
  Validation v;
  ValidateNewFamily(form, kToday, v);
  EXPECT_TRUE(v.ok());
  form.baby.due_date = "26 9 2027";
  Validation v2;
  ValidateNewFamily(form, kToday, v2);
  EXPECT_EQ(Only(v2, "due_date"), "Due date must be within the next 10 months");
}

TEST(CoreFamilyValidation, AskForTheBirthDateWhenTheDueDateIsLongPast) {
  auto form = GoodForm();
  form.baby.due_date = "11 11 2026";  // 14 days ago: still possible
  Validation v;
  ValidateNewFamily(form, kToday, v);
  EXPECT_TRUE(v.ok());
  form.baby.due_date = "10 11 2026";
  Validation v2;
  ValidateNewFamily(form, kToday, v2);
  EXPECT_EQ(Only(v2, "due_date"), "The due date is more than 2 weeks ago. If the baby has been born, enter the birth date");
}

TEST(CoreFamilyValidation, ABirthDateCannotBeInTheFutureOrPastTheAgeRange) {
  auto form = GoodForm();
  form.baby.due_date.clear();
  form.baby.birth_date = "26 11 2026";
  Validation v;
  ValidateNewFamily(form, kToday, v);
  EXPECT_EQ(Only(v, "birth_date"), "Birth date cannot be in the future");
  form.baby.birth_date = "25 11 2021";  // fifth birthday today
  Validation v2;
  ValidateNewFamily(form, kToday, v2);
  EXPECT_EQ(Only(v2, "birth_date"), "Birth date must be within the last 5 years: the programme supports children under 5");
  form.baby.birth_date = "26 11 2021";
  Validation v3;
  const auto result = ValidateNewFamily(form, kToday, v3);
  EXPECT_TRUE(v3.ok());
  EXPECT_TRUE(result.babies[0].born());
  form.baby.birth_date = "25/11/2026";  // born today
  Validation v4;
  ValidateNewFamily(form, kToday, v4);
  EXPECT_TRUE(v4.ok());
  form.baby.birth_date = "yesterday";
  Validation v5;
  ValidateNewFamily(form, kToday, v5);
  EXPECT_EQ(Only(v5, "birth_date"), "Enter a birth date in the format 14 3 2027");
}

TEST(CoreFamilyValidation, ADueDateMustFitTheBirthDate) {
  auto form = GoodForm();
  form.baby.birth_date = "1 11 2026";
  form.baby.due_date = "7 3 2027";  // 18 weeks after: born at 22 weeks
  Validation v;
  ValidateNewFamily(form, kToday, v);
  EXPECT_TRUE(v.ok());
  form.baby.due_date = "8 3 2027";
  Validation v2;
  ValidateNewFamily(form, kToday, v2);
  EXPECT_EQ(Only(v2, "due_date"), "Due date must be no more than 18 weeks after or 3 weeks before the birth date");
  form.baby.due_date = "10 10 2026";  // 22 days before birth
  Validation v3;
  ValidateNewFamily(form, kToday, v3);
  EXPECT_EQ(Only(v3, "due_date"), "Due date must be no more than 18 weeks after or 3 weeks before the birth date");
}

TEST(CoreFamilyValidation, WeeksAtBirthMustBeANumberAndAgreeWithBornEarly) {
  auto form = GoodForm();
  form.baby.birth_date = "1 11 2026";
  form.baby.due_date = "20 12 2026";
  form.baby.gestation_weeks_at_birth = "34";
  Validation v;
  auto result = ValidateNewFamily(form, kToday, v);
  EXPECT_TRUE(v.ok());
  EXPECT_TRUE(result.babies[0].born_early);  // 34 weeks is early even when the box was not ticked
  EXPECT_EQ(result.babies[0].gestation_weeks_at_birth, 34);
  for (const char* typed : {"thirty", "19", "45", "34.5"}) {
    form.baby.gestation_weeks_at_birth = typed;
    Validation bad;
    ValidateNewFamily(form, kToday, bad);
    EXPECT_EQ(Only(bad, "gestation_weeks_at_birth"), "Enter the weeks of pregnancy at birth as a number from 20 to 44") << typed;
  }
  form.baby.gestation_weeks_at_birth = "38";
  form.baby.born_early = true;
  Validation late;
  ValidateNewFamily(form, kToday, late);
  EXPECT_EQ(Only(late, "gestation_weeks_at_birth"),
            "A baby born early is born before 37 weeks: check the weeks of pregnancy at birth");
}

TEST(CoreFamilyValidation, BornEarlyNeedsABirthDate) {
  auto form = GoodForm();
  form.baby.born_early = true;
  form.baby.gestation_weeks_at_birth = "30";
  Validation v;
  ValidateNewFamily(form, kToday, v);
  EXPECT_EQ(Only(v, "birth_date"), "Enter the birth date of a baby born early");
  EXPECT_EQ(Only(v, "gestation_weeks_at_birth"), "Enter the birth date, or leave the weeks of pregnancy at birth empty");
}

TEST(CoreFamilyValidation, TwinsBecomeTwoBabiesOfOneBirth) {
  auto form = GoodForm();
  form.baby.number_of_babies = "2";
  Validation v;
  const auto result = ValidateNewFamily(form, kToday, v);
  EXPECT_TRUE(v.ok());
  ASSERT_EQ(result.babies.size(), 2u);
  EXPECT_EQ(result.babies[0].multiple_birth_group, result.babies[1].multiple_birth_group);
  EXPECT_FALSE(result.babies[0].multiple_birth_group.empty());
  EXPECT_EQ(result.babies[1].due_date, (Date{2027, 3, 14}));
  form.baby.name = "Ada";
  Validation named;
  ValidateNewFamily(form, kToday, named);
  EXPECT_EQ(Only(named, "baby_name"), "Leave the name empty for twins or more, and add each baby's name after saving");
  for (const char* typed : {"0", "7", "two", "12"}) {
    form.baby.name.clear();
    form.baby.number_of_babies = typed;
    Validation bad;
    ValidateNewFamily(form, kToday, bad);
    EXPECT_EQ(Only(bad, "number_of_babies"), "Enter the number of babies, from 1 to 6") << typed;
  }
}

TEST(CoreFamilyValidation, ChecksTheCaregiversDateOfBirthAndInterpreter) {
  auto form = GoodForm();
  form.caregiver.date_of_birth = "1998-13-01";
  form.caregiver.preferred_language = "";
  Validation v;
  ValidateNewFamily(form, kToday, v);
  EXPECT_EQ(Only(v, "caregiver_date_of_birth"), "Enter a date of birth in the format 14 3 1995");
  EXPECT_EQ(Only(v, "caregiver_preferred_language"), "Enter the language the caregiver needs an interpreter for");
  form = GoodForm();
  form.caregiver.date_of_birth = "26 11 2026";
  Validation future;
  ValidateNewFamily(form, kToday, future);
  EXPECT_EQ(Only(future, "caregiver_date_of_birth"), "Date of birth cannot be in the future");
  form.caregiver.date_of_birth = "24 11 1926";
  Validation old;
  ValidateNewFamily(form, kToday, old);
  EXPECT_EQ(Only(old, "caregiver_date_of_birth"), "Date of birth must be within the last 100 years");
}

TEST(CoreFamilyValidation, AcceptsUkAndInternationalPhoneNumbers) {
  for (const char* phone : {"07700 900982", "+44 7700 900 982", "(0113) 496 0000", "0113-496-0000"}) {
    auto form = GoodForm();
    form.caregiver.phone = phone;
    Validation v;
    ValidateNewFamily(form, kToday, v);
    EXPECT_TRUE(v.ok()) << phone;
  }
  for (const char* phone : {"0770090", "07700 900 982 ext 4", "44+7700900982"}) {
    auto form = GoodForm();
    form.caregiver.phone = phone;
    Validation v;
    ValidateNewFamily(form, kToday, v);
    EXPECT_TRUE(v.Has("caregiver_phone")) << phone;
  }
}

TEST(CoreFamilyValidation, ASharedCareEntryNeedsAName) {
  Validation v;
  ValidateSharedCareEntry({" ", "my mum", "Has the baby on Tuesdays"}, v);
  EXPECT_EQ(Only(v, "name"), "Enter the name of the person who helps");
  Validation ok;
  const auto entry = ValidateSharedCareEntry({" Grace ", "my mum", "Has the baby on Tuesdays"}, ok);
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(entry.name, "Grace");
  Validation long_help;
  ValidateSharedCareEntry({"Grace", "", std::string(501, 'x')}, long_help);
  EXPECT_EQ(Only(long_help, "how_they_help"), "How they help must be 500 characters or fewer");
}

TEST(CoreFamilyValidation, ClosingNeedsAReasonAndASummary) {
  Validation v;
  ValidateClosing({"bored", ""}, v);
  EXPECT_EQ(Only(v, "reason"), "Select why support is ending");
  EXPECT_EQ(Only(v, "summary"), "Write a short closing summary");
  Validation ok;
  const auto closing = ValidateClosing({"child_reached_age_limit", "Maya started nursery and Jo feels confident."}, ok);
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(closing.reason, ClosingReason::kChildReachedAgeLimit);
}

}  // namespace
}  // namespace alongside
