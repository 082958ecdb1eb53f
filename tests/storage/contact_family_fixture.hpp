#pragma once
/// Service tests about one family's contacts, hours and timeline: a programme with a
/// coordinator, two supporters, a linked parent and a practitioner elsewhere, and families
/// put straight into the tables (the family record service is not needed to test contacts).

#include <string>

#include "service_test_wiring.hpp"

namespace alongside::test {

class ContactFamilyTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    area_ = AddArea("Riverside");
    programme_ = AddOrganisation(area_, "Riverside Parents");
    other_programme_ = AddOrganisation(area_, "Hillside Parents");
    health_ = AddOrganisation(area_, "Riverside Health Visiting", OrganisationKind::kUniversalService);
    coordinator_ = AddUser("Chloe Coordinator", "chloe@example.org", Role::kCoordinator, programme_.id);
    supporter_ = AddUser("Sam Supporter", "sam@example.org", Role::kPeerSupporter, programme_.id);
    other_supporter_ = AddUser("Oli Other", "oli@example.org", Role::kPeerSupporter, programme_.id);
    parent_ = AddUser("Priya Parent", "priya@example.org", Role::kParent, programme_.id);
    partner_ = AddUser("Pat Partner", "pat@example.org", Role::kParent, programme_.id);
    practitioner_ = AddUser("Hana Health", "hana@example.org", Role::kPractitioner, health_.id);
    outsider_ = AddUser("Hal Hillside", "hal@example.org", Role::kCoordinator, other_programme_.id);
    family_ = AddFamily("Priya Parent", supporter_.id, true, parent_.id);
    caregiver_ = CaregiverOf(family_);
    clock().Advance(kMinute);
  }

  /// A family of the programme with one caregiver (linked to `linked_user_id` when given),
  /// assigned to `supporter_id` (none when empty), with support consent given or not.
  std::string AddFamily(const std::string& name, const std::string& supporter_id, bool consent,
                        const std::string& linked_user_id = "") {
    const Millis now = clock().Now();
    const std::string id = NewId(now);
    auto tx = database().Begin();
    tx->Execute(
        "INSERT INTO families (id, organisation_id, area_id, supporter_user_id, support_consent, display_name, "
        "created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
        {id, programme_.id, area_.id, supporter_id.empty() ? db::Value(nullptr) : db::Value(supporter_id),
         static_cast<std::int64_t>(consent ? 1 : 0), name, coordinator_.id, now});
    tx->Execute("INSERT INTO caregivers (id, family_id, name, linked_user_id, created_at) VALUES ($1, $2, $3, $4, $5)",
                {NewId(now), id, name, linked_user_id.empty() ? db::Value(nullptr) : db::Value(linked_user_id), now});
    if (!supporter_id.empty())
      tx->Execute("INSERT INTO family_assignments (id, family_id, supporter_user_id, assigned_by, assigned_at) "
                  "VALUES ($1, $2, $3, $4, $5)",
                  {NewId(now), id, supporter_id, coordinator_.id, now + 1});
    if (consent)
      tx->Execute("INSERT INTO consent_records (id, family_id, kind, decision, method, decided_at, recorded_at, "
                  "recorded_by) VALUES ($1, $2, 'support', 'given', 'in_person', $3, $3, $4)",
                  {NewId(now), id, now + 2, coordinator_.id});
    tx->Commit();
    return id;
  }

  std::string CaregiverOf(const std::string& family_id) {
    auto tx = database().Begin(db::TxMode::kRead);
    auto id = tx->QueryOne("SELECT id FROM caregivers WHERE family_id = $1", {family_id})->Text(0);
    tx->Commit();
    return id;
  }

  /// families.last_contact_at, or nothing when NULL.
  std::optional<std::int64_t> LastContactAt(const std::string& family_id) {
    auto tx = database().Begin(db::TxMode::kRead);
    auto value = tx->QueryOne("SELECT last_contact_at FROM families WHERE id = $1", {family_id})->OptInt(0);
    tx->Commit();
    return value;
  }

  /// A complete contact form: a 45 minute home visit with the caregiver on `date`.
  ContactForm Visit(const std::string& date, const std::string& minutes = "45", const std::string& time = "10:00") {
    ContactForm form;
    form.kind = "home_visit";
    form.date = date;
    form.start_time = time;
    form.duration_minutes = minutes;
    form.caregiver_ids = {caregiver_};
    form.location = "At home";
    form.topics = {"feeding", "sleep"};
    form.notes = "Talked about night feeds; she felt more confident.";
    return form;
  }

  Area area_;
  Organisation programme_, other_programme_, health_;
  User coordinator_, supporter_, other_supporter_, parent_, partner_, practitioner_, outsider_;
  std::string family_, caregiver_;
};

}  // namespace alongside::test
