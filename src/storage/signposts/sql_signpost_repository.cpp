#include "storage/signposts/sql_signpost_repository.hpp"

#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kSignpostSelect =
    "SELECT p.id, p.family_id, COALESCE(p.service_id, ''), COALESCE(s.name, p.service_name), p.how, p.note, "
    "p.given_by, COALESCE(gu.name, ''), p.given_at, COALESCE(p.follow_up_task_id, ''), p.follow_up_due, "
    "p.outcome, p.outcome_note, p.followed_up_at, COALESCE(p.followed_up_by, ''), COALESCE(fu.name, '') "
    "FROM signposts p LEFT JOIN services s ON s.id = p.service_id "
    "LEFT JOIN users gu ON gu.id = p.given_by LEFT JOIN users fu ON fu.id = p.followed_up_by ";

constexpr const char* kInsertSignpost =
    "INSERT INTO signposts (id, family_id, service_id, service_name, how, note, given_by, given_at, "
    "follow_up_task_id, follow_up_due) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
constexpr const char* kRecordFollowUp =
    "UPDATE signposts SET outcome = $3, outcome_note = $4, followed_up_at = $5, followed_up_by = $6 "
    "WHERE id = $1 AND family_id = $2";

constexpr const char* kServiceSelect = "SELECT id, name, area_id, type, status FROM services ";

/// Only what the family may read: never decline reasons, onward notes or internal notes.
constexpr const char* kReferrals =
    "SELECT r.service_id, s.name, s.type, r.to_level, o.name, r.status, r.reason, r.sent_at, r.answered_at, "
    "r.first_contact_at, r.support_started_at, r.closed_at "
    "FROM referrals r JOIN services s ON s.id = r.service_id JOIN organisations o ON o.id = s.organisation_id "
    "WHERE r.family_id = $1 ORDER BY r.created_at DESC, r.id";

Signpost ReadSignpost(const db::Row& row) {
  Signpost p;
  p.id = row.Text(0);
  p.family_id = row.Text(1);
  p.service_id = row.Text(2);
  p.service_name = row.Text(3);
  p.how = SignpostHowFromCode(row.Text(4)).value_or(SignpostHow::kInPerson);
  p.note = row.Text(5);
  p.given_by = row.Text(6);
  p.given_by_name = row.Text(7);
  p.given_at = row.Int(8);
  p.follow_up_task_id = row.Text(9);
  p.follow_up_due = ParseDate(row.Text(10)).value_or(Date{});
  if (!row.IsNull(11)) p.outcome = SignpostOutcomeFromCode(row.Text(11));
  p.outcome_note = row.Text(12);
  p.followed_up_at = row.OptInt(13);
  p.followed_up_by = row.Text(14);
  p.followed_up_by_name = row.Text(15);
  return p;
}

DirectoryChoice ReadChoice(const db::Row& row) {
  return {row.Text(0), row.Text(1), row.Text(2), ServiceTypeFromCode(row.Text(3)).value_or(ServiceType::kPeerSupport),
          ServiceStatusFromCode(row.Text(4)).value_or(ServiceStatus::kArchived)};
}

}  // namespace

void SqlSignpostRepository::Insert(db::Transaction& tx, const Signpost& p) {
  tx.Execute(kInsertSignpost, {p.id, p.family_id, TextOrNull(p.service_id), p.service_name,
                               std::string(SignpostHowCode(p.how)), p.note, p.given_by, p.given_at,
                               TextOrNull(p.follow_up_task_id), IsoDate(p.follow_up_due)});
}

void SqlSignpostRepository::RecordFollowUp(db::Transaction& tx, const Signpost& p) {
  tx.Execute(kRecordFollowUp, {p.id, p.family_id,
                               p.outcome ? db::Value(std::string(SignpostOutcomeCode(*p.outcome))) : db::Value(nullptr),
                               p.outcome_note, OptionalMillis(p.followed_up_at), TextOrNull(p.followed_up_by)});
}

std::optional<Signpost> SqlSignpostRepository::Find(db::Transaction& tx, const std::string& family_id,
                                                    const std::string& signpost_id) {
  auto row = tx.QueryOne(std::string(kSignpostSelect) + "WHERE p.id = $1 AND p.family_id = $2",
                         {signpost_id, family_id});
  if (!row) return std::nullopt;
  return ReadSignpost(*row);
}

std::vector<Signpost> SqlSignpostRepository::ListForFamily(db::Transaction& tx, const std::string& family_id) {
  std::vector<Signpost> out;
  for (const auto& row :
       tx.Query(std::string(kSignpostSelect) + "WHERE p.family_id = $1 ORDER BY p.given_at DESC, p.id DESC",
                {family_id}))
    out.push_back(ReadSignpost(row));
  return out;
}

std::optional<DirectoryChoice> SqlSignpostRepository::FindService(db::Transaction& tx, const std::string& service_id) {
  auto row = tx.QueryOne(std::string(kServiceSelect) + "WHERE id = $1", {service_id});
  if (!row) return std::nullopt;
  return ReadChoice(*row);
}

std::vector<DirectoryChoice> SqlSignpostRepository::ServiceChoices(db::Transaction& tx, const std::string& area_id) {
  std::vector<DirectoryChoice> out;
  for (const auto& row :
       tx.Query(std::string(kServiceSelect) + "WHERE area_id = $1 AND status = 'active' ORDER BY name, id", {area_id}))
    out.push_back(ReadChoice(row));
  return out;
}

std::vector<InvolvedReferral> SqlSignpostRepository::Referrals(db::Transaction& tx, const std::string& family_id) {
  std::vector<InvolvedReferral> out;
  for (const auto& row : tx.Query(kReferrals, {family_id})) {
    InvolvedReferral r;
    r.service_id = row.Text(0);
    r.service_name = row.Text(1);
    r.service_type = ServiceTypeFromCode(row.Text(2)).value_or(ServiceType::kPeerSupport);
    r.service_level = ServiceLevelFromCode(row.Text(3)).value_or(ServiceLevel::kCommunity);
    r.organisation_name = row.Text(4);
    r.status = row.Text(5);
    r.reason = row.Text(6);
    r.sent_at = row.OptInt(7);
    r.answered_at = row.OptInt(8);
    r.first_contact_at = row.OptInt(9);
    r.support_started_at = row.OptInt(10);
    r.closed_at = row.OptInt(11);
    out.push_back(std::move(r));
  }
  return out;
}

std::string SqlSignpostRepository::FamilyName(db::Transaction& tx, const std::string& family_id) {
  auto row = tx.QueryOne("SELECT display_name FROM families WHERE id = $1", {family_id});
  return row ? row->Text(0) : "";
}

}  // namespace alongside::storage
