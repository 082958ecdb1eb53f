#pragma once
/// Service tests about the peer support programme: the people of the contact tests, with
/// volunteer records put straight into the tables. Sam Supporter is an active volunteer
/// with an account; Oli Other an active one too; Hal Hillside coordinates another programme.

#include <string>
#include <vector>

#include "contact_family_fixture.hpp"

namespace alongside::test {

class VolunteerTest : public ContactFamilyTest {
 protected:
  void SetUp() override {
    ContactFamilyTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    pal_role_ = AddRole(programme_.id, "Pregnancy Pal", 7, 12, 14);
    sam_ = AddVolunteer("Sam Supporter", VolunteerStage::kActive, supporter_.id, "2025-03-01");
    oli_ = AddVolunteer("Oli Other", VolunteerStage::kActive, other_supporter_.id, "2025-01-10");
  }

  std::string AddRole(const std::string& organisation_id, const std::string& name, int early_days, int early_weeks,
                      int later_days) {
    ProgrammeRole role;
    role.created_at = clock().Now();
    role.id = NewId(role.created_at);
    role.organisation_id = organisation_id;
    role.name = name;
    role.supervision_early_days = early_days;
    role.early_weeks = early_weeks;
    role.supervision_later_days = later_days;
    auto tx = database().Begin();
    w().volunteer_records.InsertRole(*tx, role);
    tx->Commit();
    return role.id;
  }

  /// A volunteer of the programme (of `organisation_id` when given) at `stage`, linked to
  /// `user_id` when given, active since `active_since` when given.
  std::string AddVolunteer(const std::string& name, VolunteerStage stage, const std::string& user_id = "",
                           const std::string& active_since = "", const std::string& organisation_id = "") {
    Volunteer v;
    v.created_at = v.updated_at = clock().Now();
    v.id = NewId(v.created_at);
    v.organisation_id = organisation_id.empty() ? programme_.id : organisation_id;
    v.user_id = user_id;
    v.name = name;
    v.email = "";
    v.stage = stage;
    v.programme_role_id = organisation_id.empty() ? pal_role_ : "";
    v.enquired_on = *ParseDate("2025-01-02");
    if (!active_since.empty()) v.active_since = ParseDate(active_since);
    v.created_by = coordinator_.id;
    auto tx = database().Begin();
    w().volunteer_records.Insert(*tx, v);
    tx->Commit();
    clock().Advance(kMinute);
    return v.id;
  }

  std::string pal_role_;
  std::string sam_, oli_;
};

}  // namespace alongside::test
