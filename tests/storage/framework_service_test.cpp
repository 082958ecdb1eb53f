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
    area_admin_ = ActorOf(AddUser("Ari Area", "ari@example.org", Role::kAdministrator, programme_.id));
    south_admin_ = ActorOf(AddUser("Sia South", "sia@example.org", Role::kAdministrator, south_programme_.id));
    platform_admin_ = ActorOf(AddUser("Pat Platform", "pat@example.org", Role::kAdministrator));
    coordinator_ = ActorOf(AddUser("Cora Coordinator", "cora@example.org", Role::kCoordinator, programme_.id));
    hub_ = AddOrganisation(north_, "North Family Hub", OrganisationKind::kUniversalService);
    practitioner_ = ActorOf(AddUser("Priya Practitioner", "priya@example.org", Role::kPractitioner, hub_.id));
  }

  /// An adaptation of `base` that rewords the warmth skill for parents.
  static FrameworkAdaptation Reworded(const FrameworkVersion& base, const std::string& words) {
    FrameworkAdaptation adaptation{base.id, "Plainer words for parents", base.framework};
    adaptation.framework.domains[0].skills[1].for_parents = words;
    return adaptation;
  }

  Area north_, south_;
  Organisation programme_, south_programme_, hub_;
  Actor supporter_, south_coordinator_, parent_, area_admin_, south_admin_, platform_admin_, coordinator_,
      practitioner_;
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

TEST_P(FrameworkServiceTest, AnAdaptationIsTheNextVersionBasedOnTheOneInForce) {
  auto& framework = w().services.framework;
  const auto first = framework.Current(supporter_, north_.id);
  clock().Advance(kMinute);
  const auto second = framework.Adapt(area_admin_, north_.id, Reworded(first, "Letting your baby know they are loved."));
  EXPECT_EQ(second.number, 2);
  EXPECT_EQ(second.based_on_id, first.id);
  EXPECT_EQ(second.created_by, area_admin_.user_id);
  EXPECT_EQ(second.note, "Plainer words for parents");

  const auto current = framework.Current(supporter_, north_.id);
  EXPECT_EQ(current.id, second.id);
  EXPECT_EQ(current.created_by_name, "Ari Area");
  EXPECT_EQ(current.framework.domains[0].skills[1].for_parents, "Letting your baby know they are loved.");
  EXPECT_EQ(framework.Version(supporter_, first.id).framework.domains[0].skills[1].for_parents,
            w().services.framework.shipped().domains[0].skills[1].for_parents)
      << "a record made with version 1 still reads version 1's words";

  clock().Advance(kMinute);
  const auto third = framework.Adapt(platform_admin_, north_.id, Reworded(second, "Showing your baby love."));
  std::vector<int> numbers;
  for (const auto& version : framework.Versions(coordinator_, north_.id)) numbers.push_back(version.number);
  EXPECT_EQ(numbers, (std::vector<int>{3, 2, 1})) << "newest first";
  EXPECT_EQ(third.based_on_id, second.id);

  const auto audited = AuditEntriesFor("framework.adapt");
  ASSERT_EQ(audited.size(), 2u);
  EXPECT_EQ(audited[0].record_id, third.id);
  EXPECT_EQ(audited[0].actor_user_id, platform_admin_.user_id);
  EXPECT_EQ(audited[1].record_id, second.id);
  // The other area is untouched.
  EXPECT_EQ(framework.Current(south_coordinator_, south_.id).number, 1);
}

TEST_P(FrameworkServiceTest, LocalItemsAreAddedAndMarkedLocal) {
  const auto first = w().services.framework.Current(area_admin_, north_.id);
  FrameworkAdaptation adaptation{first.id, "Transport is a real pressure in the villages", first.framework};
  adaptation.framework.pressures.push_back({"transport", "Getting about", false});
  adaptation.framework.domains[2].skills.push_back(
      {"local_groups", "Knowing the local groups", "Where to meet other parents.", "Local group knowledge.", false});
  const auto second = w().services.framework.Adapt(area_admin_, north_.id, adaptation);
  EXPECT_TRUE(second.framework.pressures.back().local);
  EXPECT_TRUE(second.framework.domains[2].skills.back().local);
  EXPECT_FALSE(second.framework.domains[2].skills.front().local);
  EXPECT_TRUE(w().services.framework.Current(supporter_, north_.id).framework.FindPressure("transport")->local);
}

TEST_P(FrameworkServiceTest, AnAdaptationOfAnOlderVersionIsRefusedAndNothingIsSaved) {
  auto& framework = w().services.framework;
  const auto first = framework.Current(area_admin_, north_.id);
  framework.Adapt(platform_admin_, north_.id, Reworded(first, "Showing love, the platform's way."));
  try {
    framework.Adapt(area_admin_, north_.id, Reworded(first, "Showing love, the area's way."));
    FAIL() << "a stale adaptation was saved";
  } catch (const Conflict& conflict) {
    EXPECT_NE(std::string(conflict.what()).find("Pat Platform saved version 2"), std::string::npos) << conflict.what();
  }
  EXPECT_EQ(framework.Versions(area_admin_, north_.id).size(), 2u);
  EXPECT_EQ(framework.Current(area_admin_, north_.id).framework.domains[0].skills[1].for_parents,
            "Showing love, the platform's way.");
}

TEST_P(FrameworkServiceTest, ABadAdaptationIsRefusedWithAMessagePerPart) {
  const auto first = w().services.framework.Current(area_admin_, north_.id);
  FrameworkAdaptation adaptation{first.id, "", first.framework};
  adaptation.framework.domains[1].skills[0].name = " ";
  adaptation.framework.pressures.pop_back();
  try {
    w().services.framework.Adapt(area_admin_, north_.id, adaptation);
    FAIL() << "a bad adaptation was saved";
  } catch (const Invalid& invalid) {
    std::vector<std::string> fields;
    for (const auto& e : invalid.errors()) fields.push_back(e.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"domains[1].skills[0].name", "pressures", "note"}));
  }
  EXPECT_EQ(w().services.framework.Versions(area_admin_, north_.id).size(), 1u);
}

TEST_P(FrameworkServiceTest, OnlyTheAreasAdministratorsAdaptIt) {
  auto& framework = w().services.framework;
  const auto first = framework.Current(supporter_, north_.id);
  for (const Actor* worker : {&supporter_, &practitioner_, &coordinator_, &parent_, &south_admin_})
    EXPECT_THROW(framework.Adapt(*worker, north_.id, Reworded(first, "Mine.")), AccessRefused) << worker->name;
  EXPECT_FALSE(framework.MayAdapt(coordinator_, north_.id));
  EXPECT_TRUE(framework.MayAdapt(area_admin_, north_.id));
  EXPECT_TRUE(framework.MayAdapt(platform_admin_, south_.id));
  EXPECT_FALSE(framework.MayAdapt(area_admin_, south_.id));
  // Another area's administrator reads nothing of this area's framework either.
  EXPECT_THROW(framework.Current(south_admin_, north_.id), AccessRefused);
  EXPECT_THROW(framework.Versions(south_admin_, north_.id), AccessRefused);
  EXPECT_THROW(framework.Version(south_admin_, first.id), AccessRefused);
  EXPECT_EQ(framework.Versions(practitioner_, north_.id).size(), 1u) << "every worker of the area reads it";
}

TEST_P(FrameworkServiceTest, EachPersonIsOfferedTheAreasTheyWorkIn) {
  auto names = [&](const Actor& actor) {
    std::vector<std::string> out;
    for (const auto& area : w().services.framework.Areas(actor)) out.push_back(area.name);
    return out;
  };
  EXPECT_EQ(names(supporter_), std::vector<std::string>{"North"});
  EXPECT_EQ(names(south_admin_), std::vector<std::string>{"South"});
  EXPECT_EQ(names(platform_admin_), (std::vector<std::string>{"North", "South"}));
  EXPECT_TRUE(names(parent_).empty());
  // A platform administrator holds no area-scoped read, yet reads what they may adapt.
  EXPECT_EQ(w().services.framework.Current(platform_admin_, south_.id).number, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, FrameworkServiceTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside
