// The service directory on SQLite and PostgreSQL: keeping entries, every search filter,
// the coverage rule, clashing edits, who may read and keep what, and the public view.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "service_test_wiring.hpp"

namespace alongside {
namespace {

class ServiceDirectoryTest : public test::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = AddArea("North");
    south_ = AddArea("South");
    programme_ = AddOrganisation(north_, "North Parents Together");
    hub_ = AddOrganisation(north_, "North Family Hub", OrganisationKind::kUniversalService);
    south_programme_ = AddOrganisation(south_, "South Peer Support");
    cora_ = ActorOf(AddUser("Cora Coordinator", "cora@example.org", Role::kCoordinator, programme_.id));
    sam_ = ActorOf(AddUser("Sam Supporter", "sam@example.org", Role::kPeerSupporter, programme_.id));
    hana_ = ActorOf(AddUser("Hana Practitioner", "hana@example.org", Role::kPractitioner, hub_.id));
    sid_ = ActorOf(AddUser("Sid South", "sid@example.org", Role::kCoordinator, south_programme_.id));
    pia_ = ActorOf(AddUser("Pia Parent", "pia@example.org", Role::kParent, programme_.id));
  }

  ServiceForm Form(const std::string& name, const std::string& level = "community",
                   const std::string& type = "peer_support") {
    ServiceForm form;
    form.name = name;
    form.level = level;
    form.type = type;
    form.summary = "Support for families";
    form.referral_route = "alongside";
    form.response_days = "7";
    form.review_due = "2026-06-01";
    return form;
  }

  std::vector<std::string> Names(const ServiceSearch& search, const Actor* actor = nullptr) {
    PageRequest page;
    page.page_size = 100;
    std::vector<std::string> names;
    for (const auto& s : w().service_directory.Search(actor ? *actor : cora_, search, page).page.items)
      names.push_back(s.name);
    return names;
  }

  ServiceSearch North() {
    ServiceSearch search;
    search.area_id = north_.id;
    return search;
  }

  Area north_, south_;
  Organisation programme_, hub_, south_programme_;
  Actor cora_, sam_, hana_, sid_, pia_;
};

TEST_P(ServiceDirectoryTest, AnEntryIsKeptByTheCreatorsOrganisationAndAudited) {
  auto form = Form("Parent Peers");
  form.needs = {"isolation"};
  form.postcode_districts = "RV1, RV2";
  form.internal_notes = "Short waiting list";
  const auto created = w().service_directory.Create(cora_, form);
  EXPECT_EQ(created.organisation_id, programme_.id);
  EXPECT_EQ(created.area_id, north_.id);
  const auto found = w().service_directory.Find(sam_, created.id);
  EXPECT_EQ(found.name, "Parent Peers");
  EXPECT_EQ(found.organisation_name, "North Parents Together");
  EXPECT_EQ(found.needs, std::vector<std::string>{"isolation"});
  ASSERT_EQ(found.coverage.size(), 2u);
  EXPECT_EQ(found.internal_notes, "Short waiting list");
  EXPECT_EQ(found.version, 1);
  const auto entries = AuditEntriesFor("service.create");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].record_id, created.id);
}

TEST_P(ServiceDirectoryTest, BadInputReportsEveryFieldAndStoresNothing) {
  ServiceForm form;
  form.response_days = "400";
  try {
    w().service_directory.Create(cora_, form);
    FAIL() << "accepted";
  } catch (const Invalid& invalid) {
    EXPECT_GE(invalid.errors().size(), 5u);
  }
  EXPECT_EQ(Count("services"), 0);
}

TEST_P(ServiceDirectoryTest, SearchFiltersByWordsLevelTypeNeedAndOrganisation) {
  auto peers = Form("Parent Peers");
  peers.needs = {"isolation"};
  w().service_directory.Create(cora_, peers);
  auto food = Form("North Food Bank", "community", "food_bank");
  food.summary = "Emergency food and nappies";
  food.needs = {"food", "money"};
  w().service_directory.Create(cora_, food);
  w().service_directory.Create(hana_, Form("Health Visiting", "universal", "health_visiting"));
  w().service_directory.Create(hana_, Form("Perinatal 100% Team", "specialist", "perinatal_mental_health"));

  // Ordered by level (community first), then name.
  EXPECT_EQ(Names(North()),
            (std::vector<std::string>{"North Food Bank", "Parent Peers", "Health Visiting", "Perinatal 100% Team"}));
  auto search = North();
  search.text = "FOOD nappies";
  EXPECT_EQ(Names(search), std::vector<std::string>{"North Food Bank"});
  search.text = "food visiting";  // every word must appear
  EXPECT_TRUE(Names(search).empty());
  search.text = "health visiting";  // the type's words count too
  EXPECT_EQ(Names(search), std::vector<std::string>{"Health Visiting"});
  search.text = "100%";
  EXPECT_EQ(Names(search), std::vector<std::string>{"Perinatal 100% Team"});
  search.text = "%";  // escaped, not a wildcard
  EXPECT_EQ(Names(search), std::vector<std::string>{"Perinatal 100% Team"});
  search.text = "_";
  EXPECT_TRUE(Names(search).empty());

  search = North();
  search.level = "universal";
  EXPECT_EQ(Names(search), std::vector<std::string>{"Health Visiting"});
  search = North();
  search.type = "food_bank";
  EXPECT_EQ(Names(search), std::vector<std::string>{"North Food Bank"});
  search = North();
  search.need = "money";
  EXPECT_EQ(Names(search), std::vector<std::string>{"North Food Bank"});
  search = North();
  search.organisation_id = hub_.id;
  EXPECT_EQ(Names(search), (std::vector<std::string>{"Health Visiting", "Perinatal 100% Team"}));
}

TEST_P(ServiceDirectoryTest, AServiceWithNoDistrictsCoversTheWholeArea) {
  auto rv1 = Form("RV1 Only");
  rv1.postcode_districts = "RV1";
  w().service_directory.Create(cora_, rv1);
  auto rv2 = Form("RV2 and RV3");
  rv2.postcode_districts = "RV2, RV3";
  w().service_directory.Create(cora_, rv2);
  auto council = Form("Council Wide");
  council.local_authorities = "North Council";
  w().service_directory.Create(cora_, council);
  auto search = North();
  search.postcode = "rv1 4ab";
  EXPECT_EQ(Names(search), (std::vector<std::string>{"Council Wide", "RV1 Only"}));
  search.postcode = "RV3";
  EXPECT_EQ(Names(search), (std::vector<std::string>{"Council Wide", "RV2 and RV3"}));
  search.postcode = "not a postcode";
  EXPECT_THROW(Names(search), Invalid);
}

TEST_P(ServiceDirectoryTest, StaleEntriesAreListedForReviewAndMarkingReviewedMovesTheDateAYearOn) {
  // The clock stands at 16 June 2025.
  auto old = Form("Old Entry");
  old.review_due = "2025-06-15";
  const auto stale = w().service_directory.Create(cora_, old);
  auto current = Form("Current Entry");
  current.review_due = "2025-06-16";
  w().service_directory.Create(cora_, current);
  auto search = North();
  search.organisation_id = programme_.id;
  search.stale_only = true;
  EXPECT_EQ(Names(search), std::vector<std::string>{"Old Entry"});
  const auto reviewed = w().service_directory.MarkReviewed(cora_, stale.id);
  EXPECT_EQ(reviewed.review_due, "2026-06-16");
  EXPECT_TRUE(Names(search).empty());
}

TEST_P(ServiceDirectoryTest, ArchivedEntriesLeaveSearchesAndThePublicViewUntilRestored) {
  const auto entry = w().service_directory.Create(cora_, Form("Closing Group"));
  w().service_directory.Archive(cora_, entry.id);
  EXPECT_TRUE(Names(North()).empty());
  auto search = North();
  search.include_archived = true;
  EXPECT_EQ(Names(search), std::vector<std::string>{"Closing Group"});
  EXPECT_THROW(w().service_directory.PublicFind(entry.id), NotFound);
  EXPECT_EQ(AuditEntriesFor("service.archive").size(), 1u);
  w().service_directory.Restore(cora_, entry.id);
  EXPECT_EQ(w().service_directory.PublicFind(entry.id).name, "Closing Group");
}

TEST_P(ServiceDirectoryTest, AClashingEditIsRefusedAndChangesNothing) {
  const auto entry = w().service_directory.Create(cora_, Form("Parent Peers"));
  auto first = ServiceFormOf(entry);
  first.name = "Parent Peers North";
  const auto saved = w().service_directory.Update(cora_, entry.id, first, entry.version);
  EXPECT_EQ(saved.version, 2);
  EXPECT_EQ(AuditEntriesFor("service.update").size(), 1u);
  auto second = ServiceFormOf(entry);
  second.name = "Someone Else's Name";
  EXPECT_THROW(w().service_directory.Update(cora_, entry.id, second, entry.version), Conflict);
  EXPECT_EQ(w().service_directory.Find(cora_, entry.id).name, "Parent Peers North");
}

TEST_P(ServiceDirectoryTest, OnlyTheKeepingOrganisationEditsAndOnlyTheAreaReads) {
  const auto entry = w().service_directory.Create(cora_, Form("Parent Peers"));
  // A practitioner of another organisation in the same area reads it but may not change it.
  EXPECT_EQ(w().service_directory.Find(hana_, entry.id).name, "Parent Peers");
  EXPECT_FALSE(w().service_directory.MayEdit(hana_, entry));
  EXPECT_THROW(w().service_directory.Update(hana_, entry.id, ServiceFormOf(entry), entry.version), AccessRefused);
  EXPECT_THROW(w().service_directory.Archive(hana_, entry.id), AccessRefused);
  // A peer supporter reads but does not keep entries.
  EXPECT_THROW(w().service_directory.Create(sam_, Form("Mine")), AccessRefused);
  EXPECT_THROW(w().service_directory.MarkReviewed(sam_, entry.id), AccessRefused);
  // Another area's coordinator neither reads it nor searches this area.
  EXPECT_THROW(w().service_directory.Find(sid_, entry.id), AccessRefused);
  EXPECT_THROW(Names(North(), &sid_), AccessRefused);
  EXPECT_TRUE(Names(ServiceSearch{}, &sid_).empty());  // their own area, empty
  // A parent has no directory grant at all; the public directory is for them.
  EXPECT_THROW(Names(North(), &pia_), AccessRefused);
  // A coordinator may not place an entry in another organisation.
  auto elsewhere = Form("Elsewhere");
  elsewhere.organisation_id = hub_.id;
  EXPECT_THROW(w().service_directory.Create(cora_, elsewhere), AccessRefused);
  EXPECT_EQ(Count("services"), 1);
}

TEST_P(ServiceDirectoryTest, ThePublicDirectoryShowsOneAreasActiveEntriesWithoutInternalFields) {
  auto form = Form("Parent Peers");
  form.internal_notes = "Waiting list";
  w().service_directory.Create(cora_, form);
  auto south = Form("South Peers");
  w().service_directory.Create(sid_, south);
  ServiceSearch search;
  search.area_id = north_.id;
  const auto results = w().service_directory.PublicSearch(search, PageRequest{});
  ASSERT_EQ(results.page.items.size(), 1u);
  EXPECT_EQ(results.page.items[0].name, "Parent Peers");
  EXPECT_EQ(results.page.total, 1);
  // With more than one area and none chosen, nothing is listed until one is.
  EXPECT_TRUE(w().service_directory.PublicSearch(ServiceSearch{}, PageRequest{}).page.items.empty());
  EXPECT_EQ(w().service_directory.PublicAreas().size(), 2u);
}

TEST_P(ServiceDirectoryTest, ResultsArePaginatedWithTheirTotal) {
  for (int i = 0; i < 7; ++i) w().service_directory.Create(cora_, Form("Group " + std::to_string(i)));
  PageRequest page;
  page.page = 2;
  page.page_size = 3;
  const auto results = w().service_directory.Search(cora_, North(), page);
  EXPECT_EQ(results.page.total, 7);
  ASSERT_EQ(results.page.items.size(), 3u);
  EXPECT_EQ(results.page.items[0].name, "Group 3");
}

INSTANTIATE_TEST_SUITE_P(Backends, ServiceDirectoryTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside
