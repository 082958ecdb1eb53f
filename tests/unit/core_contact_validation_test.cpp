// Contact form rules: what a draft may hold, what submission needs, times as people type them.

#include <gtest/gtest.h>

#include "core/contacts/contact_validation.hpp"
#include "core/contacts/hours.hpp"

namespace alongside {
namespace {

const std::vector<std::string> kCaregivers{"cg-1", "cg-2"};
const Date kToday{2026, 3, 14};

std::vector<std::string> Fields(const ContactForm& form, bool submit) {
  Validation v;
  const auto details = ValidateContactForm(form, kCaregivers, v);
  if (submit) ValidateForSubmission(details, kToday, v);
  try {
    v.ThrowIfAny();
  } catch (const Invalid& invalid) {
    std::vector<std::string> fields;
    for (const auto& e : invalid.errors()) fields.push_back(e.field);
    return fields;
  }
  return {};
}

ContactForm Complete() {
  ContactForm form;
  form.kind = "home_visit";
  form.date = "14/03/2026";
  form.start_time = "2:15pm";
  form.duration_minutes = "60";
  form.caregiver_ids = {"cg-2"};
  form.topics = {"feeding", "housing_money_food"};
  form.notes = "  Talked about feeding.  ";
  return form;
}

TEST(ContactValidation, ACompleteFormBecomesDetails) {
  Validation v;
  const auto d = ValidateContactForm(Complete(), kCaregivers, v);
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(d.kind, ContactKind::kHomeVisit);
  EXPECT_EQ(d.date, kToday);
  EXPECT_EQ(d.start_minute, 14 * 60 + 15);
  EXPECT_EQ(d.duration_minutes, 60);
  EXPECT_EQ(d.caregiver_ids, std::vector<std::string>{"cg-2"});
  EXPECT_EQ(d.topics, (std::vector<ContactTopic>{ContactTopic::kFeeding, ContactTopic::kHousingMoneyFood}));
  EXPECT_EQ(d.notes, "Talked about feeding.");
  EXPECT_TRUE(Fields(Complete(), true).empty());
}

TEST(ContactValidation, AnEmptyDraftIsFineButCannotBeSubmitted) {
  EXPECT_TRUE(Fields(ContactForm{}, false).empty());
  EXPECT_EQ(Fields(ContactForm{}, true),
            (std::vector<std::string>{"kind", "date", "duration_minutes", "caregiver_ids"}));
  ContactForm with_others;
  with_others.others_present = "Her mum";
  EXPECT_EQ(Fields(with_others, true), (std::vector<std::string>{"kind", "date", "duration_minutes"}));
}

TEST(ContactValidation, EveryBadFieldIsReportedOnce) {
  ContactForm form;
  form.kind = "pigeon";
  form.date = "30 2 2026";
  form.start_time = "930";
  form.duration_minutes = "0";
  form.caregiver_ids = {"someone-else", "another"};
  form.topics = {"astrology", "tarot"};
  form.location = std::string(501, 'x');
  EXPECT_EQ(Fields(form, true), (std::vector<std::string>{"kind", "date", "start_time", "duration_minutes",
                                                          "caregiver_ids", "topics", "location"}));
}

TEST(ContactValidation, DurationIsOneMinuteToTwelveHours) {
  for (const char* bad : {"0", "721", "-5", "1.5", "forty", "99999"}) {
    auto form = Complete();
    form.duration_minutes = bad;
    EXPECT_EQ(Fields(form, false), std::vector<std::string>{"duration_minutes"}) << bad;
  }
  for (const char* good : {"1", "720", " 45 "}) {
    auto form = Complete();
    form.duration_minutes = good;
    EXPECT_TRUE(Fields(form, true).empty()) << good;
  }
}

TEST(ContactValidation, ADateInTheFutureWaitsInADraft) {
  auto form = Complete();
  form.date = "15 March 2026";
  EXPECT_TRUE(Fields(form, false).empty());
  EXPECT_EQ(Fields(form, true), std::vector<std::string>{"date"});
}

TEST(ContactValidation, StartTimesAsPeopleTypeThem) {
  EXPECT_EQ(ParseStartTime("9:30"), 9 * 60 + 30);
  EXPECT_EQ(ParseStartTime("09.30"), 9 * 60 + 30);
  EXPECT_EQ(ParseStartTime("9:30am"), 9 * 60 + 30);
  EXPECT_EQ(ParseStartTime("2pm"), 14 * 60);
  EXPECT_EQ(ParseStartTime("12pm"), 12 * 60);
  EXPECT_EQ(ParseStartTime("12:05 AM"), 5);
  EXPECT_EQ(ParseStartTime("23:59"), 23 * 60 + 59);
  for (const char* bad : {"24:00", "9:3", "13pm", "0am", "930", "noon", "9:60", ""})
    EXPECT_FALSE(ParseStartTime(bad)) << bad;
}

TEST(ContactValidation, TheFormOfStoredDetailsReadsBackTheSame) {
  Validation v;
  const auto details = ValidateContactForm(Complete(), kCaregivers, v);
  Validation again;
  EXPECT_EQ(ValidateContactForm(FormOf(details), kCaregivers, again), details);
  EXPECT_TRUE(again.ok());
}

TEST(ContactValidation, KindAndTopicCodesRoundTrip) {
  EXPECT_EQ(AllContactKinds().size(), 8u);
  for (auto kind : AllContactKinds()) EXPECT_EQ(ContactKindFromCode(ContactKindCode(kind)), kind);
  EXPECT_EQ(AllContactTopics().size(), 10u);
  for (auto topic : AllContactTopics()) EXPECT_EQ(ContactTopicFromCode(ContactTopicCode(topic)), topic);
  EXPECT_EQ(ContactKindLabel(ContactKind::kAppointment), "Going along to an appointment");
}

TEST(ContactInstant, IsTheUkTimeOfDayInUtc) {
  // 10:00 in London: 10:00 UTC in winter, 09:00 UTC in summer.
  EXPECT_EQ(ContactInstant(Date{2026, 1, 15}, 600), DaysSinceEpoch(Date{2026, 1, 15}) * kDay + 10 * kHour);
  EXPECT_EQ(ContactInstant(Date{2026, 7, 15}, 600), DaysSinceEpoch(Date{2026, 7, 15}) * kDay + 9 * kHour);
  // The clocks go forward at 01:00 UTC on 29 March 2026: midnight is still GMT, 03:00 is BST.
  EXPECT_EQ(ContactInstant(Date{2026, 3, 29}, std::nullopt), DaysSinceEpoch(Date{2026, 3, 29}) * kDay);
  EXPECT_EQ(ContactInstant(Date{2026, 3, 29}, 180), DaysSinceEpoch(Date{2026, 3, 29}) * kDay + 2 * kHour);
  // They go back at 01:00 UTC on 25 October 2026: midnight is BST, 03:00 is GMT.
  EXPECT_EQ(ContactInstant(Date{2026, 10, 25}, std::nullopt), DaysSinceEpoch(Date{2026, 10, 25}) * kDay - kHour);
  EXPECT_EQ(ContactInstant(Date{2026, 10, 25}, 180), DaysSinceEpoch(Date{2026, 10, 25}) * kDay + 3 * kHour);
}

TEST(Hours, MonthsAndMinutesInWords) {
  EXPECT_EQ(MonthOf(Date{2026, 3, 14}), "2026-03");
  EXPECT_EQ(MonthBefore("2026-03", 3), "2025-12");
  EXPECT_EQ(MonthBefore("2026-12", -1), "2027-01");
  EXPECT_TRUE(IsMonth("2026-11"));
  EXPECT_FALSE(IsMonth("2026-13"));
  EXPECT_FALSE(IsMonth("2026-1"));
  EXPECT_EQ(FormatMonth("2026-11"), "November 2026");
  EXPECT_EQ(FormatMinutes(0), "0 hours");
  EXPECT_EQ(FormatMinutes(45), "45 minutes");
  EXPECT_EQ(FormatMinutes(60), "1 hour");
  EXPECT_EQ(FormatMinutes(61), "1 hour 1 minute");
  EXPECT_EQ(FormatMinutes(225), "3 hours 45 minutes");
}

}  // namespace
}  // namespace alongside
