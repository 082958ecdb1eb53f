#include "storage/families/sql_family_repository.hpp"

#include "core/common/ids.hpp"
#include "storage/common/sql.hpp"
#include "storage/families/caregiver_name_terms.hpp"
#include "storage/families/family_rows.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kInsertFamily =
    "INSERT INTO families (id, organisation_id, area_id, address_line_1, address_line_2, town, postcode, "
    "postcode_search, strengths, status, display_name, stage_date, created_by, created_at, updated_at, version) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10, $11, $12, $13, $13, 1)";
constexpr const char* kInsertFocusArea = "INSERT INTO family_focus_areas (family_id, focus_area) VALUES ($1, $2)";
constexpr const char* kDeleteFocusAreas = "DELETE FROM family_focus_areas WHERE family_id = $1";
constexpr const char* kInsertCaregiver =
    "INSERT INTO caregivers (id, family_id, name, preferred_name, name_search, pronouns, date_of_birth, phone, email, "
    "preferred_language, interpreter_needed, relationship_to_baby, linked_user_id, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)";
constexpr const char* kUpdateCaregiver =
    "UPDATE caregivers SET name = $3, preferred_name = $4, name_search = $5, pronouns = $6, date_of_birth = $7, "
    "phone = $8, email = $9, preferred_language = $10, interpreter_needed = $11, relationship_to_baby = $12 "
    "WHERE id = $1 AND family_id = $2";
constexpr const char* kInsertBaby =
    "INSERT INTO babies (id, family_id, due_date, birth_date, name, born_early, gestation_weeks_at_birth, "
    "neonatal_care, multiple_birth_group, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
constexpr const char* kUpdateBaby =
    "UPDATE babies SET due_date = $3, birth_date = $4, name = $5, born_early = $6, gestation_weeks_at_birth = $7, "
    "neonatal_care = $8 WHERE id = $1 AND family_id = $2";
constexpr const char* kFindFamily =
    "SELECT f.id, f.organisation_id, f.area_id, f.address_line_1, f.address_line_2, f.town, f.postcode, f.strengths, "
    "COALESCE(f.supporter_user_id, ''), COALESCE(s.name, ''), f.support_consent, f.status, f.closing_reason, "
    "f.closing_summary, f.closed_at, f.display_name, f.created_at, f.version, o.name "
    "FROM families f JOIN organisations o ON o.id = f.organisation_id "
    "LEFT JOIN users s ON s.id = f.supporter_user_id WHERE f.id = $1";
constexpr const char* kFocusAreas = "SELECT focus_area FROM family_focus_areas WHERE family_id = $1 ORDER BY focus_area";
constexpr const char* kSharedCare =
    "SELECT id, name, relationship, how_they_help FROM family_shared_care WHERE family_id = $1 ORDER BY created_at, id";
constexpr const char* kUpdateDetails =
    "UPDATE families SET address_line_1 = $2, address_line_2 = $3, town = $4, postcode = $5, postcode_search = $6, "
    "strengths = $7, updated_at = $8 WHERE id = $1";
constexpr const char* kTouch =
    "UPDATE families SET version = version + 1, updated_at = $2, display_name = $3, stage_date = $4 WHERE id = $1";
constexpr const char* kInsertSharedCare =
    "INSERT INTO family_shared_care (id, family_id, name, relationship, how_they_help, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6)";
constexpr const char* kDeleteSharedCare = "DELETE FROM family_shared_care WHERE id = $1 AND family_id = $2";
constexpr const char* kEndAssignment =
    "UPDATE family_assignments SET ended_by = $2, ended_at = $3 WHERE family_id = $1 AND ended_at IS NULL";
constexpr const char* kInsertAssignment =
    "INSERT INTO family_assignments (id, family_id, supporter_user_id, assigned_by, assigned_at) "
    "VALUES ($1, $2, $3, $4, $5)";
constexpr const char* kSetSupporter = "UPDATE families SET supporter_user_id = $2, updated_at = $3 WHERE id = $1";
constexpr const char* kAssignments =
    "SELECT a.supporter_user_id, s.name, COALESCE(b.name, ''), a.assigned_at, a.ended_at FROM family_assignments a "
    "JOIN users s ON s.id = a.supporter_user_id LEFT JOIN users b ON b.id = a.assigned_by "
    "WHERE a.family_id = $1 ORDER BY a.assigned_at DESC, a.id DESC";
constexpr const char* kSupporters =
    "SELECT u.id, u.name FROM users u JOIN user_roles r ON r.user_id = u.id "
    "WHERE r.organisation_id = $1 AND r.role = 'peer_supporter' AND u.disabled_at IS NULL ORDER BY u.name, u.id";
constexpr const char* kSetStatus =
    "UPDATE families SET status = $2, closing_reason = $3, closing_summary = $4, closed_at = $5, updated_at = $6 "
    "WHERE id = $1";
constexpr const char* kInsertStatusChange =
    "INSERT INTO family_status_changes (id, family_id, status, closing_reason, summary, changed_by, changed_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7)";
constexpr const char* kStatusChanges =
    "SELECT c.status, c.closing_reason, c.summary, COALESCE(u.name, ''), c.changed_at FROM family_status_changes c "
    "LEFT JOIN users u ON u.id = c.changed_by WHERE c.family_id = $1 ORDER BY c.changed_at DESC, c.id DESC";
constexpr const char* kInsertConsent =
    "INSERT INTO consent_records (id, family_id, kind, organisation_id, decision, method, decided_at, recorded_at, "
    "recorded_by, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
constexpr const char* kSetSupportConsent = "UPDATE families SET support_consent = $2 WHERE id = $1";

db::Params CaregiverParams(const Caregiver& c) {
  return {c.id, c.family_id, c.name, c.preferred_name, NameSearch(c), c.pronouns, DateValue(c.date_of_birth),
          c.phone, c.email, c.preferred_language, std::int64_t{c.interpreter_needed}, c.relationship_to_baby,
          c.linked_user_id ? db::Value(*c.linked_user_id) : db::Value(nullptr), c.created_at};
}

db::Params BabyParams(const Baby& b) {
  return {b.id, b.family_id, DateValue(b.due_date), DateValue(b.birth_date), b.name, std::int64_t{b.born_early},
          b.gestation_weeks_at_birth ? db::Value(std::int64_t{*b.gestation_weeks_at_birth}) : db::Value(nullptr),
          std::int64_t{b.neonatal_care}, b.multiple_birth_group, b.created_at};
}

void InsertFocusAreas(db::Transaction& tx, const std::string& family_id, const std::vector<FocusArea>& areas) {
  for (auto area : areas) tx.Execute(kInsertFocusArea, {family_id, std::string(FocusAreaCode(area))});
}

std::vector<Caregiver> CaregiversOf(db::Transaction& tx, const std::string& family_id) {
  std::vector<Caregiver> out;
  for (const auto& row : tx.Query(std::string("SELECT ") + kCaregiverColumns +
                                      " FROM caregivers WHERE family_id = $1 ORDER BY created_at, id",
                                  {family_id}))
    out.push_back(ReadCaregiver(row));
  return out;
}

std::vector<Baby> BabiesOf(db::Transaction& tx, const std::string& family_id) {
  std::vector<Baby> out;
  for (const auto& row : tx.Query(std::string("SELECT ") + kBabyColumns +
                                      " FROM babies WHERE family_id = $1 ORDER BY created_at, id",
                                  {family_id}))
    out.push_back(ReadBaby(row));
  return out;
}

}  // namespace

void SqlFamilyRepository::Insert(db::Transaction& tx, const Family& f, const Caregiver& caregiver,
                                 const std::vector<Baby>& babies, const std::string& created_by) {
  tx.Execute(kInsertFamily, {f.id, f.programme_organisation_id, f.area_id, f.address_line_1, f.address_line_2, f.town,
                             f.postcode, PostcodeSearch(f.postcode), f.strengths, DisplayNameOf({caregiver}),
                             StageDateOf(babies), created_by, f.created_at});
  InsertFocusAreas(tx, f.id, f.focus_areas);
  InsertCaregiver(tx, caregiver);
  for (const auto& baby : babies) InsertBaby(tx, baby);
}

std::optional<FamilyRecord> SqlFamilyRepository::Find(db::Transaction& tx, const std::string& family_id) {
  const auto row = tx.QueryOne(kFindFamily, {family_id});
  if (!row) return std::nullopt;
  FamilyRecord record;
  Family& f = record.family;
  f.id = row->Text(0);
  f.programme_organisation_id = row->Text(1);
  f.area_id = row->Text(2);
  f.address_line_1 = row->Text(3);
  f.address_line_2 = row->Text(4);
  f.town = row->Text(5);
  f.postcode = row->Text(6);
  f.strengths = row->Text(7);
  record.supporter_user_id = row->Text(8);
  record.supporter_name = row->Text(9);
  record.support_consent = row->Bool(10);
  f.status = FamilyStatusFromCode(row->Text(11)).value_or(FamilyStatus::kOpen);
  if (const auto reason = row->OptText(12)) f.closing_reason = ClosingReasonFromCode(*reason);
  f.closing_summary = row->Text(13);
  f.closed_at = row->OptInt(14);
  record.display_name = row->Text(15);
  f.created_at = row->Int(16);
  record.version = row->Int(17);
  record.organisation_name = row->Text(18);
  for (const auto& area : tx.Query(kFocusAreas, {family_id}))
    if (const auto code = FocusAreaFromCode(area.Text(0))) f.focus_areas.push_back(*code);
  for (const auto& item : tx.Query(kSharedCare, {family_id})) {
    SharedCareItem entry{item.Text(0), {item.Text(1), item.Text(2), item.Text(3)}};
    f.shared_care.push_back(entry.entry);
    record.shared_care.push_back(std::move(entry));
  }
  f.caregivers = CaregiversOf(tx, family_id);
  f.babies = BabiesOf(tx, family_id);
  return record;
}

void SqlFamilyRepository::UpdateDetails(db::Transaction& tx, const std::string& family_id, const Family& d, Millis now) {
  tx.Execute(kUpdateDetails, {family_id, d.address_line_1, d.address_line_2, d.town, d.postcode,
                              PostcodeSearch(d.postcode), d.strengths, now});
  tx.Execute(kDeleteFocusAreas, {family_id});
  InsertFocusAreas(tx, family_id, d.focus_areas);
}

bool SqlFamilyRepository::Touch(db::Transaction& tx, const std::string& family_id,
                                std::optional<std::int64_t> expected_version, Millis now) {
  db::Params params{family_id, now, DisplayNameOf(CaregiversOf(tx, family_id)), StageDateOf(BabiesOf(tx, family_id))};
  std::string sql = kTouch;
  if (expected_version) sql += " AND version = " + Bind(params, *expected_version);
  return tx.Execute(sql, params) == 1;
}

void SqlFamilyRepository::InsertCaregiver(db::Transaction& tx, const Caregiver& caregiver) {
  tx.Execute(kInsertCaregiver, CaregiverParams(caregiver));
  WriteNameTerms(tx, caregiver);
}

void SqlFamilyRepository::UpdateCaregiver(db::Transaction& tx, const Caregiver& caregiver) {
  auto params = CaregiverParams(caregiver);
  params.resize(12);  // linked_user_id and created_at never change here
  tx.Execute(kUpdateCaregiver, params);
  WriteNameTerms(tx, caregiver);
}

void SqlFamilyRepository::InsertBaby(db::Transaction& tx, const Baby& baby) { tx.Execute(kInsertBaby, BabyParams(baby)); }

void SqlFamilyRepository::UpdateBaby(db::Transaction& tx, const Baby& baby) {
  auto params = BabyParams(baby);
  params.resize(8);  // the birth group and created_at never change here
  tx.Execute(kUpdateBaby, params);
}

void SqlFamilyRepository::InsertSharedCare(db::Transaction& tx, const std::string& family_id,
                                           const SharedCareItem& item, Millis now) {
  tx.Execute(kInsertSharedCare,
             {item.id, family_id, item.entry.name, item.entry.relationship, item.entry.how_they_help, now});
}

bool SqlFamilyRepository::DeleteSharedCare(db::Transaction& tx, const std::string& family_id,
                                           const std::string& item_id) {
  return tx.Execute(kDeleteSharedCare, {item_id, family_id}) == 1;
}

void SqlFamilyRepository::Assign(db::Transaction& tx, const std::string& family_id,
                                 const std::string& supporter_user_id, const std::string& assigned_by, Millis now) {
  tx.Execute(kEndAssignment, {family_id, assigned_by, now});
  tx.Execute(kInsertAssignment, {NewId(now), family_id, supporter_user_id, assigned_by, now});
  tx.Execute(kSetSupporter, {family_id, supporter_user_id, now});
}

std::vector<Assignment> SqlFamilyRepository::Assignments(db::Transaction& tx, const std::string& family_id) {
  std::vector<Assignment> out;
  for (const auto& row : tx.Query(kAssignments, {family_id}))
    out.push_back({row.Text(0), row.Text(1), row.Text(2), row.Int(3), row.OptInt(4)});
  return out;
}

std::vector<SupporterChoice> SqlFamilyRepository::Supporters(db::Transaction& tx, const std::string& organisation_id) {
  std::vector<SupporterChoice> out;
  for (const auto& row : tx.Query(kSupporters, {organisation_id})) out.push_back({row.Text(0), row.Text(1)});
  return out;
}

void SqlFamilyRepository::ChangeStatus(db::Transaction& tx, const std::string& family_id, FamilyStatus status,
                                       std::optional<ClosingReason> reason, const std::string& summary,
                                       const std::string& changed_by, Millis now) {
  const std::string status_code(FamilyStatusCode(status));
  const db::Value reason_code = TextOrNull(reason ? std::string(ClosingReasonCode(*reason)) : std::string());
  const db::Value closed_at =
      OptionalMillis(status == FamilyStatus::kClosed ? std::optional<Millis>(now) : std::nullopt);
  tx.Execute(kSetStatus, {family_id, status_code, reason_code, summary, closed_at, now});
  tx.Execute(kInsertStatusChange, {NewId(now), family_id, status_code, reason_code, summary, changed_by, now});
}

std::vector<StatusChange> SqlFamilyRepository::StatusChanges(db::Transaction& tx, const std::string& family_id) {
  std::vector<StatusChange> out;
  for (const auto& row : tx.Query(kStatusChanges, {family_id})) {
    StatusChange change;
    change.status = FamilyStatusFromCode(row.Text(0)).value_or(FamilyStatus::kOpen);
    if (const auto reason = row.OptText(1)) change.reason = ClosingReasonFromCode(*reason);
    change.summary = row.Text(2);
    change.changed_by_name = row.Text(3);
    change.changed_at = row.Int(4);
    out.push_back(std::move(change));
  }
  return out;
}

void SqlFamilyRepository::RecordSupportConsent(db::Transaction& tx, const ConsentRecord& r) {
  tx.Execute(kInsertConsent, {r.id, r.family_id, std::string(ConsentKindCode(r.kind)), r.organisation_id,
                              std::string(ConsentDecisionCode(r.decision)), std::string(ConsentMethodCode(r.method)),
                              r.decided_at, r.recorded_at, r.recorded_by_user_id, r.note});
  if (r.kind == ConsentKind::kSupport)
    tx.Execute(kSetSupportConsent, {r.family_id, std::int64_t{r.decision == ConsentDecision::kGiven}});
}

}  // namespace alongside::storage
