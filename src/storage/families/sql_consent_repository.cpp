#include "storage/families/sql_consent_repository.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kHistory =
    "SELECT c.id, c.family_id, c.kind, c.organisation_id, c.decision, c.method, c.decided_at, c.recorded_at, "
    "c.recorded_by, c.note, COALESCE(u.name, ''), COALESCE(o.name, '') "
    "FROM consent_records c LEFT JOIN users u ON u.id = c.recorded_by "
    "LEFT JOIN organisations o ON o.id = c.organisation_id "
    "WHERE c.family_id = $1 ORDER BY c.decided_at DESC, c.recorded_at DESC, c.id DESC";
constexpr const char* kInsert =
    "INSERT INTO consent_records (id, family_id, kind, organisation_id, decision, method, decided_at, recorded_at, "
    "recorded_by, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
constexpr const char* kSetSupportConsent =
    "UPDATE families SET support_consent = $2, updated_at = $3 WHERE id = $1";
constexpr const char* kSharingServices =
    "SELECT id, name FROM organisations WHERE area_id = $1 AND id <> $2 ORDER BY name";
constexpr const char* kDisplayName = "SELECT display_name FROM families WHERE id = $1";

ConsentHistoryEntry ReadEntry(const db::Row& row) {
  ConsentHistoryEntry entry;
  auto& r = entry.record;
  r.id = row.Text(0);
  r.family_id = row.Text(1);
  r.kind = ConsentKindFromCode(row.Text(2)).value_or(ConsentKind::kSupport);
  r.organisation_id = row.Text(3);
  r.decision = ConsentDecisionFromCode(row.Text(4)).value_or(ConsentDecision::kWithdrawn);
  r.method = ConsentMethodFromCode(row.Text(5)).value_or(ConsentMethod::kInPerson);
  r.decided_at = row.Int(6);
  r.recorded_at = row.Int(7);
  r.recorded_by_user_id = row.Text(8);
  r.note = row.Text(9);
  entry.recorded_by_name = row.Text(10);
  entry.organisation_name = row.Text(11);
  return entry;
}

}  // namespace

std::vector<ConsentHistoryEntry> SqlConsentRepository::History(db::Transaction& tx, const std::string& family_id) {
  std::vector<ConsentHistoryEntry> out;
  for (const auto& row : tx.Query(kHistory, {family_id})) out.push_back(ReadEntry(row));
  return out;
}

void SqlConsentRepository::Insert(db::Transaction& tx, const ConsentRecord& r) {
  tx.Execute(kInsert, {r.id, r.family_id, std::string(ConsentKindCode(r.kind)), r.organisation_id,
                       std::string(ConsentDecisionCode(r.decision)), std::string(ConsentMethodCode(r.method)),
                       r.decided_at, r.recorded_at, r.recorded_by_user_id, r.note});
}

void SqlConsentRepository::SetSupportConsent(db::Transaction& tx, const std::string& family_id, bool given,
                                             Millis now) {
  tx.Execute(kSetSupportConsent, {family_id, static_cast<std::int64_t>(given ? 1 : 0), now});
}

std::vector<SharingService> SqlConsentRepository::SharingServices(db::Transaction& tx,
                                                                  const FamilyScopeFacts& family) {
  std::vector<SharingService> out;
  for (const auto& row : tx.Query(kSharingServices, {family.area_id, family.organisation_id}))
    out.push_back({row.Text(0), row.Text(1)});
  return out;
}

std::string SqlConsentRepository::DisplayName(db::Transaction& tx, const std::string& family_id) {
  auto row = tx.QueryOne(kDisplayName, {family_id});
  return row ? row->Text(0) : "";
}

}  // namespace alongside::storage
