// Areas and organisations, stored on SQLite and PostgreSQL.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/common/ids.hpp"
#include "storage/organisations/sql_organisation_repository.hpp"
#include "test_databases.hpp"

namespace alongside::storage {
namespace {

using test::MigratedBackendTest;

constexpr Millis kT0 = 1'750'064'400'000;

class OrganisationRepositoryTest : public MigratedBackendTest {
 protected:
  Area AddArea(const std::string& name) {
    Area area{NewId(kT0), name, kT0};
    auto tx = database().Begin();
    repository_.InsertArea(*tx, area);
    tx->Commit();
    return area;
  }

  Organisation AddOrganisation(const Area& area, const std::string& name,
                               OrganisationKind kind = OrganisationKind::kPeerSupportProgramme) {
    Organisation organisation{NewId(kT0), area.id, "", name, kind, kT0 + 7};
    auto tx = database().Begin();
    repository_.Insert(*tx, organisation);
    tx->Commit();
    return organisation;
  }

  std::vector<std::string> AreaNames(const ListScope& scope) {
    auto tx = database().Begin(db::TxMode::kRead);
    std::vector<std::string> names;
    for (const auto& area : repository_.ListAreas(*tx, scope)) names.push_back(area.name);
    return names;
  }

  Page<Organisation> List(const ListScope& scope, PageRequest page = {}) {
    auto tx = database().Begin(db::TxMode::kRead);
    return repository_.List(*tx, scope, page);
  }

  static std::vector<std::string> Names(const Page<Organisation>& page) {
    std::vector<std::string> names;
    for (const auto& organisation : page.items) names.push_back(organisation.name);
    return names;
  }

  static ListScope All() {
    ListScope scope;
    scope.denied = false;
    scope.all = true;
    return scope;
  }

  SqlOrganisationRepository repository_;
};

TEST_P(OrganisationRepositoryTest, AreaIsFoundByIdAndByName) {
  const Area area = AddArea("Tyne & Wear");
  auto tx = database().Begin(db::TxMode::kRead);
  for (const auto& found : {repository_.FindArea(*tx, area.id), repository_.FindAreaByName(*tx, "Tyne & Wear")}) {
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->id, area.id);
    EXPECT_EQ(found->name, "Tyne & Wear");
    EXPECT_EQ(found->created_at, kT0);
  }
  EXPECT_FALSE(repository_.FindArea(*tx, NewId(kT0)).has_value());
  EXPECT_FALSE(repository_.FindAreaByName(*tx, "tyne & wear").has_value()) << "names are matched exactly";
}

TEST_P(OrganisationRepositoryTest, AreaAndOrganisationNamesAreUnique) {
  const Area area = AddArea("North");
  EXPECT_THROW(AddArea("North"), db::UniqueViolation);
  AddOrganisation(area, "Parents Together");
  const Area south = AddArea("South");
  EXPECT_THROW(AddOrganisation(south, "Parents Together"), db::UniqueViolation)
      << "an organisation name is unique across areas";
  auto tx = database().Begin(db::TxMode::kRead);
  EXPECT_EQ(tx->QueryOne("SELECT COUNT(*) FROM areas")->Int(0), 2);
  EXPECT_EQ(tx->QueryOne("SELECT COUNT(*) FROM organisations")->Int(0), 1);
}

TEST_P(OrganisationRepositoryTest, AnOrganisationNeedsAnExistingArea) {
  Organisation orphan{NewId(kT0), NewId(kT0), "", "Nowhere Service", OrganisationKind::kTargetedService, kT0};
  auto tx = database().Begin();
  EXPECT_THROW(repository_.Insert(*tx, orphan), db::DatabaseError);
}

TEST_P(OrganisationRepositoryTest, OrganisationIsReadWithItsAreaAndEveryKind) {
  const Area area = AddArea("North");
  std::vector<Organisation> stored;
  int n = 0;
  for (OrganisationKind kind : AllOrganisationKinds()) {
    stored.push_back(AddOrganisation(area, "Organisation " + std::to_string(++n), kind));
  }
  auto tx = database().Begin(db::TxMode::kRead);
  for (const auto& organisation : stored) {
    const auto found = repository_.Find(*tx, organisation.id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->name, organisation.name);
    EXPECT_EQ(found->kind, organisation.kind) << OrganisationKindCode(organisation.kind);
    EXPECT_EQ(found->area_id, area.id);
    EXPECT_EQ(found->area_name, "North");
    EXPECT_EQ(found->created_at, kT0 + 7);
    const auto by_name = repository_.FindByName(*tx, organisation.name);
    ASSERT_TRUE(by_name.has_value());
    EXPECT_EQ(by_name->id, organisation.id);
  }
  EXPECT_FALSE(repository_.Find(*tx, NewId(kT0)).has_value());
  EXPECT_FALSE(repository_.FindByName(*tx, "Organisation 99").has_value());
}

TEST_P(OrganisationRepositoryTest, HostileNamesAreStoredAndReadBackByteForByte) {
  const std::string area_name = "Area'); DROP TABLE areas;-- <script>alert(1)</script>";
  const std::string name = "Robert'); DROP TABLE organisations;-- <b>\"Parents\" & Carers</b> 👪";
  const Area area = AddArea(area_name);
  const Organisation organisation = AddOrganisation(area, name);
  auto tx = database().Begin(db::TxMode::kRead);
  const auto found = repository_.FindByName(*tx, name);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, organisation.id);
  EXPECT_EQ(found->name, name);
  EXPECT_EQ(found->area_name, area_name);
  EXPECT_EQ(repository_.FindAreaByName(*tx, area_name)->id, area.id);
  EXPECT_EQ(tx->QueryOne("SELECT COUNT(*) FROM organisations")->Int(0), 1);
}

TEST_P(OrganisationRepositoryTest, ListIsOrderedByAreaThenNameAndPaginated) {
  const Area south = AddArea("South");
  const Area north = AddArea("North");
  AddOrganisation(south, "Bravo");
  AddOrganisation(north, "Delta");
  AddOrganisation(south, "Alpha");
  AddOrganisation(north, "Charlie");
  AddOrganisation(north, "Echo");

  auto page = List(All(), {1, 2});
  EXPECT_EQ(page.total, 5);
  EXPECT_EQ(page.PageCount(), 3);
  EXPECT_EQ(Names(page), (std::vector<std::string>{"Charlie", "Delta"}));
  page = List(All(), {2, 2});
  EXPECT_EQ(Names(page), (std::vector<std::string>{"Echo", "Alpha"}));
  page = List(All(), {3, 2});
  EXPECT_EQ(Names(page), (std::vector<std::string>{"Bravo"}));
  EXPECT_EQ(page.total, 5);
  EXPECT_EQ(page.items[0].area_name, "South");
}

TEST_P(OrganisationRepositoryTest, ListAndAreasStayWithinTheScope) {
  const Area north = AddArea("North");
  const Area south = AddArea("South");
  const Area east = AddArea("East");
  const auto north_a = AddOrganisation(north, "North A");
  AddOrganisation(north, "North B");
  const auto south_a = AddOrganisation(south, "South A");
  AddOrganisation(east, "East A");

  ListScope area_scope;
  area_scope.denied = false;
  area_scope.area_ids = {north.id};
  auto page = List(area_scope);
  EXPECT_EQ(Names(page), (std::vector<std::string>{"North A", "North B"}));
  EXPECT_EQ(page.total, 2);
  EXPECT_EQ(AreaNames(area_scope), (std::vector<std::string>{"North"}));

  ListScope organisation_scope;
  organisation_scope.denied = false;
  organisation_scope.organisation_ids = {north_a.id, south_a.id};
  page = List(organisation_scope);
  EXPECT_EQ(Names(page), (std::vector<std::string>{"North A", "South A"}));
  EXPECT_EQ(page.total, 2);
  EXPECT_EQ(AreaNames(organisation_scope), (std::vector<std::string>{"North", "South"}))
      << "an organisation's area is visible to its people";

  EXPECT_EQ(List(All()).total, 4);
  EXPECT_EQ(AreaNames(All()), (std::vector<std::string>{"East", "North", "South"}));

  ListScope denied;
  page = List(denied);
  EXPECT_TRUE(page.items.empty());
  EXPECT_EQ(page.total, 0);
  EXPECT_TRUE(AreaNames(denied).empty());

  ListScope nothing;  // allowed, but with nothing in reach
  nothing.denied = false;
  EXPECT_EQ(List(nothing).total, 0);
  EXPECT_TRUE(AreaNames(nothing).empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, OrganisationRepositoryTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside::storage
