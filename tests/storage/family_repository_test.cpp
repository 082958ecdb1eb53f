// SqlFamilyRepository on SQLite and PostgreSQL: a stored family reads back whole, lists page
// by name within the scope, and the duplicate candidates stay within the scope too.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "service_test_wiring.hpp"

namespace alongside {
namespace {

class FamilyRepositoryTest : public test::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    area_ = AddArea("Riverside");
    programme_ = AddOrganisation(area_, "Riverside Parents");
    other_ = AddOrganisation(area_, "Hillside Parents");
    supporter_ = AddUser("Sam Supporter", "sam@example.org", Role::kPeerSupporter, programme_.id);
  }

  /// A family of `organisation` with one caregiver and one baby due on `due`.
  std::string Put(const Organisation& organisation, const std::string& name, const std::string& postcode,
                  const Date& due, const std::string& supporter_id = "") {
    const Millis now = clock().Now();
    Family family;
    family.id = NewId(now);
    family.programme_organisation_id = organisation.id;
    family.area_id = organisation.area_id;
    family.postcode = postcode;
    family.focus_areas = {FocusArea::kAntenatal};
    family.created_at = now;
    Caregiver caregiver;
    caregiver.id = NewId(now);
    caregiver.family_id = family.id;
    caregiver.name = name;
    caregiver.interpreter_needed = name.starts_with("I");
    caregiver.created_at = now;
    Baby baby;
    baby.id = NewId(now);
    baby.family_id = family.id;
    baby.due_date = due;
    baby.created_at = now;
    auto tx = database().Begin();
    w().families.Insert(*tx, family, caregiver, {baby}, "test");
    if (!supporter_id.empty()) w().families.Assign(*tx, family.id, supporter_id, "test", now);
    ConsentRecord consent;
    consent.id = NewId(now);
    consent.family_id = family.id;
    consent.decided_at = consent.recorded_at = now;
    consent.recorded_by_user_id = "test";
    w().families.RecordSupportConsent(*tx, consent);
    tx->Commit();
    clock().Advance(kSecond);
    return family.id;
  }

  static ListScope OrganisationScope(const Organisation& organisation) {
    ListScope scope;
    scope.denied = false;
    scope.organisation_ids = {organisation.id};
    return scope;
  }

  Page<CaseloadEntry> List(const ListScope& scope, CaseloadFilter filter = {}) {
    auto tx = database().Begin(db::TxMode::kRead);
    auto page = w().families.List(*tx, scope, filter);
    tx->Commit();
    return page;
  }

  Area area_;
  Organisation programme_, other_;
  User supporter_;
  const Date due_{2025, 12, 1};
};

TEST_P(FamilyRepositoryTest, AStoredFamilyReadsBackWithItsPeopleAndListColumns) {
  const auto id = Put(programme_, "Jo Smith", "SW1A 1AA", due_, supporter_.id);
  auto tx = database().Begin(db::TxMode::kRead);
  const auto record = w().families.Find(*tx, id);
  tx->Commit();
  ASSERT_TRUE(record);
  EXPECT_EQ(record->display_name, "Jo Smith");
  EXPECT_EQ(record->organisation_name, "Riverside Parents");
  EXPECT_EQ(record->supporter_name, "Sam Supporter");
  EXPECT_TRUE(record->support_consent);
  EXPECT_EQ(record->version, 1);
  ASSERT_EQ(record->family.babies.size(), 1u);
  EXPECT_EQ(record->family.babies[0].due_date, due_);
  EXPECT_EQ(record->family.focus_areas, std::vector<FocusArea>{FocusArea::kAntenatal});
}

TEST_P(FamilyRepositoryTest, ListsPageByNameWithBabiesAndFlagsForEachFamilyOnThePage) {
  for (int i = 0; i < 30; ++i) {
    const std::string name = (i % 2 ? "Isla " : "Anna ") + std::string(1, static_cast<char>('A' + i % 26)) +
                             std::to_string(100 + i);
    Put(programme_, name, "SW1A 1AA", AddDays(due_, i));
  }
  Put(other_, "Zara Elsewhere", "SW1A 1AA", due_);
  CaseloadFilter filter;
  const auto first = List(OrganisationScope(programme_), filter);
  EXPECT_EQ(first.total, 30);
  ASSERT_EQ(first.items.size(), 25u);
  EXPECT_EQ(first.PageCount(), 2);
  for (std::size_t i = 1; i < first.items.size(); ++i)
    EXPECT_LE(first.items[i - 1].display_name, first.items[i].display_name);
  for (const auto& entry : first.items) {
    ASSERT_EQ(entry.babies.size(), 1u) << entry.display_name;
    EXPECT_EQ(entry.interpreter_needed, entry.display_name.starts_with("I")) << entry.display_name;
    EXPECT_EQ(entry.focus_areas, std::vector<FocusArea>{FocusArea::kAntenatal});
  }
  filter.page.page = 2;
  EXPECT_EQ(List(OrganisationScope(programme_), filter).items.size(), 5u);

  ListScope denied;
  EXPECT_TRUE(List(denied).items.empty());
  ListScope nobody;
  nobody.denied = false;
  EXPECT_EQ(List(nobody).total, 0);  // a scope that reaches nothing lists nothing
}

TEST_P(FamilyRepositoryTest, DuplicateCandidatesComeFromTheScopeByPostcodeOrDate) {
  const auto same_postcode = Put(programme_, "Jo Smith", "SW1A 1AA", AddDays(due_, 40));
  const auto same_due = Put(programme_, "Kim Lee", "EC1V 9HX", due_);
  Put(programme_, "Unrelated", "EC1V 9HY", AddDays(due_, 60));
  Put(other_, "Jo Smith", "SW1A 1AA", due_);
  auto tx = database().Begin(db::TxMode::kRead);
  const auto sources = w().families.DuplicateSources(*tx, OrganisationScope(programme_), "SW1A 1AA", {due_}, 50);
  tx->Commit();
  std::vector<std::string> ids;
  for (const auto& s : sources) ids.push_back(s.candidate.family_id);
  std::sort(ids.begin(), ids.end());
  std::vector<std::string> expected{same_postcode, same_due};
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(ids, expected);
  for (const auto& s : sources) {
    EXPECT_EQ(s.candidate.caregiver_names.size(), 1u);
    EXPECT_EQ(s.candidate.due_dates.size(), 1u);
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, FamilyRepositoryTest, ::testing::ValuesIn(test::TestBackends()),
                         test::BackendName);

}  // namespace
}  // namespace alongside
