// An area's framework on both databases: the shipped edition becomes version 1 of each area
// the first time it is asked for, once only; workers read their own area's version and no
// other area's; people outside any area's work read nothing.

#include <gtest/gtest.h>

#include "service_test_wiring.hpp"

namespace alongside {
namespace {

class FrameworkServiceTest : public test::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = AddArea("North");
    south_ = AddArea("South");
    programme_ = AddOrganisation(north_, "North Parents Together");
    south_programme_ = AddOrganisation(south_, "South Peer Support");
    supporter_ = ActorOf(AddUser("Sam Supporter", "sam@example.org", Role::kPeerSupporter, programme_.id));
    south_coordinator_ = ActorOf(AddUser("Sol Coordinator", "sol@example.org", Role::kCoordinator, south_programme_.id));
    parent_ = ActorOf(AddUser("Pia Parent", "pia@example.org", Role::kParent));
  }

  Area north_, south_;
  Organisation programme_, south_programme_;
  Actor supporter_, south_coordinator_, parent_;
};

TEST_P(FrameworkServiceTest, TheShippedEditionBecomesVersionOneOfEachAreaOnce) {
  const auto first = w().services.framework.Current(supporter_, north_.id);
  EXPECT_EQ(first.number, 1);
  EXPECT_EQ(first.area_id, north_.id);
  EXPECT_EQ(first.framework, w().services.framework.shipped());
  const auto again = w().services.framework.Current(supporter_, north_.id);
  EXPECT_EQ(again.id, first.id) << "asking twice must not load the file twice";
  const auto versions = w().services.framework.Versions(supporter_, north_.id);
  ASSERT_EQ(versions.size(), 1u);
  EXPECT_EQ(versions[0].framework.domains[0].skills[0].name, "Noticing and responding to your baby's cues");
  const auto south = w().services.framework.Current(south_coordinator_, south_.id);
  EXPECT_NE(south.id, first.id) << "each area has its own versions";
  EXPECT_EQ(south.number, 1);
}

TEST_P(FrameworkServiceTest, AVersionIsReadInItsOwnAreaOnly) {
  const auto north = w().services.framework.Current(supporter_, north_.id);
  EXPECT_EQ(w().services.framework.Version(supporter_, north.id).id, north.id);
  EXPECT_THROW(w().services.framework.Version(south_coordinator_, north.id), AccessRefused);
  EXPECT_THROW(w().services.framework.Current(south_coordinator_, north_.id), AccessRefused);
  EXPECT_THROW(w().services.framework.Current(parent_, north_.id), AccessRefused);
  EXPECT_THROW(w().services.framework.Version(supporter_, "no-such-version"), NotFound);
}

TEST_P(FrameworkServiceTest, OtherServicesReadTheVersionARecordKept) {
  auto tx = database().Begin();
  const auto current = w().framework_service.CurrentIn(*tx, north_.id);
  const auto kept = w().framework_service.VersionIn(*tx, current.id);
  tx->Commit();
  ASSERT_TRUE(kept.has_value());
  EXPECT_EQ(kept->framework.pressures.size(), 6u);
  EXPECT_EQ(kept->note, "The shipped edition (thriving-together-2026.1)");
}

INSTANTIATE_TEST_SUITE_P(Backends, FrameworkServiceTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside
