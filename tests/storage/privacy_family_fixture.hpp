#pragma once
/// Service tests of a family's privacy (consent, sensitive notes, linked parent accounts):
/// a programme with its coordinator, an assigned and an unassigned supporter, a practitioner
/// of the programme and one of another organisation, people with no family reach at all,
/// and one family with two caregivers (the partner case) put straight into the tables.

#include <functional>
#include <string>

#include "service_test_wiring.hpp"
#include "storage/families/family_list_scope.hpp"

namespace alongside::test {

class PrivacyFamilyTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    area_ = AddArea("Eastbrook");
    programme_ = AddOrganisation(area_, "Eastbrook Parents");
    health_ = AddOrganisation(area_, "Eastbrook Health Visiting", OrganisationKind::kUniversalService);
    far_area_ = AddArea("Hillside");
    far_health_ = AddOrganisation(far_area_, "Hillside Health Visiting", OrganisationKind::kUniversalService);
    coordinator_ = AddUser("Kit Coordinator", "kit@example.org", Role::kCoordinator, programme_.id);
    supporter_ = AddUser("Rae Supporter", "rae@example.org", Role::kPeerSupporter, programme_.id);
    unassigned_ = AddUser("Una Unassigned", "una@example.org", Role::kPeerSupporter, programme_.id);
    team_practitioner_ = AddUser("Tess Team", "tess@example.org", Role::kPractitioner, programme_.id);
    other_practitioner_ = AddUser("Hal Health", "hal@example.org", Role::kPractitioner, health_.id);
    commissioner_ = AddUser("Cam Commissioner", "cam@example.org", Role::kCommissioner, health_.id);
    admin_ = AddUser("Ada Admin", "ada@example.org", Role::kAdministrator);
    member_ = AddUser("Mo Member", "mo@example.org", Role::kMember);
    mother_ = AddUser("Mia Mother", "mia@example.org", Role::kParent);
    partner_ = AddUser("Pat Partner", "pat@example.org", Role::kParent);
    stranger_ = AddUser("Sol Stranger", "sol@example.org", Role::kParent);
    PutFamily();
    clock().Advance(kMinute);
  }

  /// Mia and Pat, both with their own accounts linked, supported by Sam, agreeing to support.
  void PutFamily() {
    const Millis now = clock().Now();
    family_ = NewId(now);
    mia_caregiver_ = NewId(now + 1);
    pat_caregiver_ = NewId(now + 2);
    auto tx = database().Begin();
    tx->Execute("INSERT INTO families (id, organisation_id, area_id, supporter_user_id, support_consent, "
                "display_name, created_at, updated_at) VALUES ($1, $2, $3, $4, 1, 'Mia Mother', $5, $5)",
                {family_, programme_.id, area_.id, supporter_.id, now});
    const std::string kCaregiver =
        "INSERT INTO caregivers (id, family_id, name, linked_user_id, created_at) VALUES ($1, $2, $3, $4, $5)";
    tx->Execute(kCaregiver, {mia_caregiver_, family_, "Mia Mother", mother_.id, now});
    tx->Execute(kCaregiver, {pat_caregiver_, family_, "Pat Partner", partner_.id, now + 1});
    tx->Execute("INSERT INTO consent_records (id, family_id, kind, decision, method, decided_at, recorded_at, "
                "recorded_by) VALUES ($1, $2, 'support', 'given', 'in_person', $3, $3, $4)",
                {NewId(now + 3), family_, now, coordinator_.id});
    tx->Commit();
  }

  /// Whether the family is on this person's family list (the SQL form of the list scope).
  bool OnTheirList(const User& who) {
    const auto scope = w().policy.ScopeForList(ActorOf(who), Resource::kFamily);
    if (scope.denied) return false;
    db::Params params{family_};
    const std::string sql =
        "SELECT COUNT(*) FROM families f WHERE f.id = $1" + storage::FamilyScopeCondition(params, scope, "f");
    auto tx = database().Begin(db::TxMode::kRead);
    const bool listed = tx->QueryOne(sql, params)->Int(0) == 1;
    tx->Commit();
    return listed;
  }

  bool SupportFlag() {
    auto tx = database().Begin(db::TxMode::kRead);
    const bool flag = tx->QueryOne("SELECT support_consent FROM families WHERE id = $1", {family_})->Bool(0);
    tx->Commit();
    return flag;
  }

  /// FamilyAccess::Require in a transaction of its own; false when refused.
  bool Reaches(const User& who, Resource resource = Resource::kFamily, Action action = Action::kRead) {
    auto tx = database().Begin(db::TxMode::kRead);
    try {
      w().family_access.Require(*tx, ActorOf(who), family_, resource, action);
      return true;
    } catch (const AccessRefused&) {
      return false;
    }
  }

  /// Runs a call that must be refused, audits the refusal as the request pipeline does, and
  /// checks the refused entry names the person and the family.
  void ExpectRefused(const User& who, const std::function<void(const Actor&)>& call, const std::string& action) {
    clock().Advance(kSecond);
    const Actor actor = ActorOf(who, "req-refused");
    try {
      call(actor);
      ADD_FAILURE() << who.name << " was allowed: " << action;
      return;
    } catch (const AccessRefused& refused) {
      w().audit.RecordRefusal(actor, refused);
    }
    const auto entries = AuditEntriesFor(action);
    ASSERT_FALSE(entries.empty()) << "no " << action << " entry for " << who.name;
    EXPECT_EQ(entries[0].outcome, "refused");
    EXPECT_EQ(entries[0].actor_user_id, who.id);
    EXPECT_EQ(entries[0].record_id, family_);
  }

  static ConsentForm Decision(const std::string& kind, const std::string& decision, const std::string& service = "") {
    ConsentForm form;
    form.kind = kind;
    form.organisation_id = service;
    form.decision = decision;
    form.method = "phone";
    return form;
  }

  Area area_, far_area_;
  Organisation programme_, health_, far_health_;
  User coordinator_, supporter_, unassigned_, team_practitioner_, other_practitioner_, commissioner_, admin_, member_,
      mother_, partner_, stranger_;
  std::string family_, mia_caregiver_, pat_caregiver_;
};

}  // namespace alongside::test
