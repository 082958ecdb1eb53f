#pragma once
/// Families for the goal and care plan tests, put straight into the tables with plain
/// INSERTs, so these tests depend only on the families schema and not on how the family
/// record is created. People: a coordinator and a supporter of a North programme, a
/// supporter of the same programme with another caseload, a South coordinator, a parent
/// linked to the family and another parent who is not.

#include <string>

#include "service_test_wiring.hpp"

namespace alongside::test {

class GoalFamilyTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = AddArea("North");
    south_ = AddArea("South");
    programme_ = AddOrganisation(north_, "North Parents Together");
    south_programme_ = AddOrganisation(south_, "South Peer Support");
    coordinator_ = ActorOf(AddUser("Cora Coordinator", "cora@example.org", Role::kCoordinator, programme_.id));
    supporter_ = ActorOf(AddUser("Sam Supporter", "sam@example.org", Role::kPeerSupporter, programme_.id));
    other_supporter_ = ActorOf(AddUser("Olu Other", "olu@example.org", Role::kPeerSupporter, programme_.id));
    south_coordinator_ = ActorOf(AddUser("Sid South", "sid@example.org", Role::kCoordinator, south_programme_.id));
    parent_ = ActorOf(AddUser("Amira Khan", "amira@example.org", Role::kParent));
    other_parent_ = ActorOf(AddUser("Bea Other", "bea@example.org", Role::kParent));
    family_id_ = AddFamily("Amira Khan", supporter_.user_id, parent_.user_id);
    other_family_id_ = AddFamily("Bea Other", other_supporter_.user_id, other_parent_.user_id);
    clock().Advance(kMinute);
  }

  /// An open family of the North programme that agrees to support, with one caregiver
  /// (linked to `parent_user_id` when given). Returns its id.
  std::string AddFamily(const std::string& name, const std::string& supporter_user_id,
                        const std::string& parent_user_id = "") {
    const Millis now = clock().Now();
    const std::string id = NewId(now);
    auto tx = database().Begin();
    tx->Execute("INSERT INTO families (id, organisation_id, area_id, supporter_user_id, support_consent, status, "
                "display_name, created_at, updated_at) VALUES ($1, $2, $3, $4, 1, 'open', $5, $6, $6)",
                {id, programme_.id, north_.id, supporter_user_id, name, now});
    tx->Execute("INSERT INTO caregivers (id, family_id, name, linked_user_id, created_at) VALUES ($1, $2, $3, $4, $5)",
                {NewId(now), id, name, parent_user_id.empty() ? db::Value(nullptr) : db::Value(parent_user_id), now});
    tx->Commit();
    return id;
  }

  void SetFamily(const std::string& family_id, const std::string& status, int support_consent) {
    auto tx = database().Begin();
    tx->Execute("UPDATE families SET status = $2, support_consent = $3 WHERE id = $1",
                {family_id, status, static_cast<std::int64_t>(support_consent)});
    tx->Commit();
  }

  /// Expects the call to be refused, and audits the refusal as the pipeline would.
  template <typename Call>
  void ExpectRefused(const Actor& actor, Call call) {
    try {
      call();
      ADD_FAILURE() << actor.name << " was allowed";
    } catch (const AccessRefused& refused) {
      w().audit.RecordRefusal(actor, refused);
    }
  }

  Area north_, south_;
  Organisation programme_, south_programme_;
  Actor coordinator_, supporter_, other_supporter_, south_coordinator_, parent_, other_parent_;
  std::string family_id_, other_family_id_;
};

}  // namespace alongside::test
