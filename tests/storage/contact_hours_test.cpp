// A supporter's hours from their submitted contacts, by UK month, on SQLite and PostgreSQL;
// and every supporter's hours of a programme for its coordinator.

#include <gtest/gtest.h>

#include "contact_family_fixture.hpp"

namespace alongside {
namespace {

class ContactHoursTest : public test::ContactFamilyTest {
 protected:
  void Record(const User& who, const std::string& family, const std::string& date, const std::string& minutes,
              bool submit = true) {
    auto form = Visit(date, minutes);
    form.caregiver_ids = {CaregiverOf(family)};
    w().contact_service.Create(ActorOf(who), family, form, submit);
  }
  HoursService& hours() { return w().hours_service; }
};

TEST_P(ContactHoursTest, SubmittedContactsAddUpByTheMonthOfTheirUkDate) {
  // 23:30 UTC on 30 June 2025 is already 1 July in London.
  clock().Set(1'751'326'200'000);
  Record(supporter_, family_, "1 7 2025", "30");
  Record(supporter_, family_, "30 6 2025", "90");
  Record(supporter_, family_, "2 6 2025", "45");
  Record(supporter_, family_, "15 5 2024", "60");  // more than 12 months ago: in the total only
  Record(supporter_, family_, "1 7 2025", "100", false);  // a draft does not count
  const auto second_family = AddFamily("Bea Second", other_supporter_.id, true);
  Record(other_supporter_, second_family, "1 7 2025", "20");  // someone else's time

  const auto mine = hours().Mine(ActorOf(supporter_));
  EXPECT_EQ(mine.this_month.month, "2025-07");
  EXPECT_EQ(mine.this_month.contact_minutes, 30);
  EXPECT_EQ(mine.this_month.contacts, 1);
  ASSERT_EQ(mine.last_12_months.size(), 12u);
  EXPECT_EQ(mine.last_12_months[1].month, "2025-06");
  EXPECT_EQ(mine.last_12_months[1].total_minutes, 135);
  EXPECT_EQ(mine.last_12_months[1].contacts, 2);
  EXPECT_EQ(mine.last_12_months[11].month, "2024-08");
  EXPECT_EQ(mine.total_minutes, 30 + 90 + 45 + 60);
  EXPECT_EQ(FormatMinutes(mine.total_minutes), "3 hours 45 minutes");
}

TEST_P(ContactHoursTest, ACoordinatorSeesEverySupporterOfTheProgrammeForAMonth) {
  Record(supporter_, family_, "2 6 2025", "45");
  Record(supporter_, family_, "3 6 2025", "15");
  const auto second_family = AddFamily("Bea Second", other_supporter_.id, true);
  Record(other_supporter_, second_family, "4 6 2025", "20");
  Record(other_supporter_, second_family, "4 5 2025", "50");  // another month

  const auto june = hours().Programme(ActorOf(coordinator_), "2025-06");
  ASSERT_EQ(june.supporters.size(), 2u);
  EXPECT_EQ(june.supporters[0].name, "Oli Other");
  EXPECT_EQ(june.supporters[0].hours.contact_minutes, 20);
  EXPECT_EQ(june.supporters[1].name, "Sam Supporter");
  EXPECT_EQ(june.supporters[1].hours.contact_minutes, 60);
  EXPECT_EQ(june.supporters[1].hours.contacts, 2);
  EXPECT_EQ(june.total_minutes, 80);
  EXPECT_EQ(AuditEntriesFor("hours.read").size(), 1u);

  // Another programme's coordinator sees none of it; supporters and parents see no one's.
  EXPECT_TRUE(hours().Programme(ActorOf(outsider_), "2025-06").supporters.empty());
  EXPECT_THROW(hours().Programme(ActorOf(supporter_), "2025-06"), AccessRefused);
  EXPECT_THROW(hours().Programme(ActorOf(practitioner_), "2025-06"), AccessRefused);
  EXPECT_THROW(hours().Mine(ActorOf(parent_)), AccessRefused);
  EXPECT_THROW(hours().Programme(ActorOf(coordinator_), "June"), Invalid);
}

INSTANTIATE_TEST_SUITE_P(Backends, ContactHoursTest, ::testing::ValuesIn(test::TestBackends()), test::BackendName);

}  // namespace
}  // namespace alongside
