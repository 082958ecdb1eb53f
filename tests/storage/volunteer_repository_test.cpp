// The volunteer tables on both databases: lists and text fields read back as written, a
// sourced time entry replaces the earlier one of the same source (so hours follow
// attendance), hand-logged ones never collide, and a stale version is not written.

#include "volunteer_fixture.hpp"

namespace alongside::test {
namespace {

class VolunteerRepositoryTest : public VolunteerTest {
 protected:
  TimeEntry Entry(const std::string& volunteer_id, TimeActivity activity, const std::string& date, std::int64_t minutes,
                  const std::string& source_type = "", const std::string& source_id = "") {
    TimeEntry t;
    t.logged_at = clock().Now();
    t.id = NewId(t.logged_at);
    t.volunteer_id = volunteer_id;
    t.activity = activity;
    t.on_date = *ParseDate(date);
    t.minutes = minutes;
    t.source_type = source_type;
    t.source_id = source_id;
    t.logged_by = coordinator_.id;
    clock().Advance(kMinute);
    return t;
  }
};

TEST_P(VolunteerRepositoryTest, ListsAndOptionalDatesReadBackAsWritten) {
  auto tx = database().Begin();
  auto sam = *w().volunteer_records.Find(*tx, sam_);
  sam.languages = {"English", "British Sign Language"};
  sam.lived_experience = {"father", "twins"};
  sam.availability = {"mon_am", "thu_eve"};
  sam.dbs_checked_on = ParseDate("2025-02-01");
  EXPECT_TRUE(w().volunteer_records.Update(*tx, sam));
  const auto read = *w().volunteer_records.Find(*tx, sam_);
  EXPECT_EQ(read.languages, sam.languages);
  EXPECT_EQ(read.lived_experience, sam.lived_experience);
  EXPECT_EQ(read.availability, sam.availability);
  EXPECT_EQ(IsoDate(*read.dbs_checked_on), "2025-02-01");
  EXPECT_FALSE(read.interviewed_on);
  EXPECT_EQ(read.area_id, area_.id);
  EXPECT_EQ(read.programme_role_name, "Pregnancy Pal");
  EXPECT_EQ(read.version, 2);
  EXPECT_FALSE(w().volunteer_records.Update(*tx, sam)) << "version 1 is stale now";
  EXPECT_EQ(w().volunteer_records.FindByUser(*tx, supporter_.id).size(), 1u);
  tx->Commit();
}

TEST_P(VolunteerRepositoryTest, ASourcedTimeEntryReplacesTheEarlierOneOfItsSource) {
  auto tx = database().Begin();
  auto& repo = w().volunteer_records;
  repo.UpsertTime(*tx, Entry(sam_, TimeActivity::kTraining, "2025-06-10", 120, "training_session", "s1"));
  repo.UpsertTime(*tx, Entry(sam_, TimeActivity::kTraining, "2025-06-10", 90, "training_session", "s1"));
  repo.UpsertTime(*tx, Entry(oli_, TimeActivity::kTraining, "2025-06-10", 90, "training_session", "s1"));
  repo.UpsertTime(*tx, Entry(sam_, TimeActivity::kTravel, "2025-06-11", 30));
  repo.UpsertTime(*tx, Entry(sam_, TimeActivity::kTravel, "2025-06-11", 30));
  auto times = repo.TimeFor(*tx, sam_, std::nullopt, std::nullopt);
  ASSERT_EQ(times.size(), 3u);
  EXPECT_EQ(times[0].activity, TimeActivity::kTravel);
  EXPECT_EQ(times[2].minutes, 90);
  EXPECT_EQ(repo.TimeFor(*tx, sam_, ParseDate("2025-06-11"), std::nullopt).size(), 2u);
  repo.DeleteTimeBySource(*tx, "training_session", "s1");
  EXPECT_EQ(repo.TimeFor(*tx, sam_, std::nullopt, std::nullopt).size(), 2u);
  EXPECT_TRUE(repo.TimeFor(*tx, oli_, std::nullopt, std::nullopt).empty());
  repo.DeleteTime(*tx, sam_, times[0].id);
  EXPECT_EQ(repo.TimeFor(*tx, sam_, std::nullopt, std::nullopt).size(), 1u);
  tx->Commit();
}

TEST_P(VolunteerRepositoryTest, AListPagesByNameAndSearchesIgnoringCase) {
  for (int i = 0; i < 3; ++i) AddVolunteer("Zara " + std::to_string(i), VolunteerStage::kEnquiry);
  VolunteerFilter filter;
  filter.organisation_ids = {programme_.id};
  filter.page.page_size = 2;
  auto tx = database().Begin(db::TxMode::kRead);
  auto page = w().volunteer_records.List(*tx, filter);
  EXPECT_EQ(page.total, 5);
  ASSERT_EQ(page.items.size(), 2u);
  EXPECT_EQ(page.items[0].name, "Oli Other");
  filter.page.page = 3;
  EXPECT_EQ(w().volunteer_records.List(*tx, filter).items[0].name, "Zara 2");
  filter = {};
  filter.organisation_ids = {programme_.id};
  filter.name_contains = "ZARA";
  filter.stage = VolunteerStage::kEnquiry;
  EXPECT_EQ(w().volunteer_records.List(*tx, filter).total, 3);
  filter.name_contains = "100%";
  EXPECT_EQ(w().volunteer_records.List(*tx, filter).total, 0);
  tx->Commit();
}

INSTANTIATE_TEST_SUITE_P(Backends, VolunteerRepositoryTest, ::testing::ValuesIn(TestBackends()), BackendName);

}  // namespace
}  // namespace alongside::test
