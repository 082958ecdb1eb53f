#include "storage/referrals/sql_referral_repository.hpp"

#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kInsert =
    "INSERT INTO referrals (id, family_id, service_id, from_organisation_id, from_user_id, to_organisation_id, "
    "status, reason, share_items, from_level, to_level, created_at, updated_at, version) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1)";
constexpr const char* kUpdate =
    "UPDATE referrals SET status = $2, reason = $3, share_items = $4, respond_by = $5, sent_at = $6, "
    "received_at = $7, answered_at = $8, decline_reason = $9, onward_service_id = $10, onward_note = $11, "
    "first_contact_at = $12, support_started_at = $13, closed_at = $14, outcome = $15, withdrawn_at = $16, "
    "withdrawn_reason = $17, accompanied_at = $18, accompanied_by = $19, resolved_at = $20, resolved_by = $21, "
    "resolved_note = $22, updated_at = $23, version = version + 1 WHERE id = $1 AND version = $24";
constexpr const char* kSelect =
    "SELECT r.id, r.family_id, r.service_id, COALESCE(s.name, ''), r.from_organisation_id, COALESCE(fo.name, ''), "
    "r.from_user_id, COALESCE(u.name, ''), r.to_organisation_id, COALESCE(tor.name, ''), "
    "COALESCE(f.supporter_user_id, ''), r.status, r.reason, r.share_items, r.from_level, r.to_level, "
    "COALESCE(r.respond_by, ''), r.sent_at, r.received_at, r.answered_at, r.decline_reason, "
    "COALESCE(r.onward_service_id, ''), COALESCE(os.name, ''), r.onward_note, r.first_contact_at, "
    "r.support_started_at, r.closed_at, r.outcome, r.withdrawn_at, r.withdrawn_reason, r.accompanied_at, "
    "COALESCE(r.accompanied_by, ''), r.resolved_at, COALESCE(r.resolved_by, ''), r.resolved_note, r.created_at, "
    "r.updated_at, r.version "
    "FROM referrals r JOIN families f ON f.id = r.family_id "
    "LEFT JOIN services s ON s.id = r.service_id "
    "LEFT JOIN organisations fo ON fo.id = r.from_organisation_id "
    "LEFT JOIN organisations tor ON tor.id = r.to_organisation_id "
    "LEFT JOIN users u ON u.id = r.from_user_id "
    "LEFT JOIN services os ON os.id = r.onward_service_id";
constexpr const char* kInsertItem =
    "INSERT INTO referral_shared_items (referral_id, position, item, label, value) VALUES ($1, $2, $3, $4, $5)";
constexpr const char* kSelectItems =
    "SELECT item, label, value FROM referral_shared_items WHERE referral_id = $1 ORDER BY position";
constexpr const char* kInsertEvent =
    "INSERT INTO referral_events (id, referral_id, status, note, by_user_id, by_organisation_id, at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7)";
constexpr const char* kSelectEvents =
    "SELECT e.id, e.referral_id, e.status, e.note, e.by_user_id, COALESCE(u.name, ''), e.by_organisation_id, e.at "
    "FROM referral_events e LEFT JOIN users u ON u.id = e.by_user_id WHERE e.referral_id = $1 ORDER BY e.at, e.id";
constexpr const char* kFamilyName = "SELECT display_name FROM families WHERE id = $1";
/// A late answer or a dead end that nobody has resolved. The first two terms are those of the
/// partial index referrals_attention, so the planner may read it in respond_by order.
constexpr const char* kFlagged =
    " AND r.resolved_at IS NULL AND r.status IN ('sent', 'received', 'declined') "
    "AND ((r.status IN ('sent', 'received') AND r.respond_by < $1) "
    "OR (r.status = 'declined' AND r.onward_service_id IS NULL AND r.onward_note = ''))";

std::vector<std::string> Split(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find(',', start);
    const auto piece = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!piece.empty()) out.push_back(piece);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

std::string Join(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& code : codes) out += (out.empty() ? "" : ",") + code;
  return out;
}

Referral ReadReferral(const db::Row& row) {
  Referral r;
  r.id = row.Text(0);
  r.family_id = row.Text(1);
  r.service_id = row.Text(2);
  r.service_name = row.Text(3);
  r.from_organisation_id = row.Text(4);
  r.from_organisation_name = row.Text(5);
  r.from_user_id = row.Text(6);
  r.from_user_name = row.Text(7);
  r.to_organisation_id = row.Text(8);
  r.to_organisation_name = row.Text(9);
  r.family_supporter_user_id = row.Text(10);
  r.status = ReferralStatusFromCode(row.Text(11)).value_or(ReferralStatus::kDraft);
  r.reason = row.Text(12);
  r.share_items = Split(row.Text(13));
  r.from_level = ServiceLevelFromCode(row.Text(14)).value_or(ServiceLevel::kCommunity);
  r.to_level = ServiceLevelFromCode(row.Text(15)).value_or(ServiceLevel::kCommunity);
  r.respond_by = row.Text(16);
  r.sent_at = row.OptInt(17);
  r.received_at = row.OptInt(18);
  r.answered_at = row.OptInt(19);
  r.decline_reason = row.Text(20);
  r.onward_service_id = row.Text(21);
  r.onward_service_name = row.Text(22);
  r.onward_note = row.Text(23);
  r.first_contact_at = row.OptInt(24);
  r.support_started_at = row.OptInt(25);
  r.closed_at = row.OptInt(26);
  r.outcome = row.Text(27);
  r.withdrawn_at = row.OptInt(28);
  r.withdrawn_reason = row.Text(29);
  r.accompanied_at = row.OptInt(30);
  r.accompanied_by = row.Text(31);
  r.resolved_at = row.OptInt(32);
  r.resolved_by = row.Text(33);
  r.resolved_note = row.Text(34);
  r.created_at = row.Int(35);
  r.updated_at = row.Int(36);
  r.version = static_cast<int>(row.Int(37));
  return r;
}

/// The referring side's reach: referrals made by the scope's organisations, by the
/// caseload's supporter, or for families on that caseload (while they agree to support).
std::string ReferringCondition(db::Params& params, const ListScope& scope) {
  if (scope.all) return "";
  std::vector<std::string> reaches;
  if (!scope.organisation_ids.empty())
    reaches.push_back("r.from_organisation_id IN (" + BindList(params, scope.organisation_ids) + ")");
  if (!scope.caseload_user_id.empty()) {
    const auto me = Bind(params, scope.caseload_user_id);
    reaches.push_back("r.from_user_id = " + me);
    // A subquery rather than the joined row, so each reach can be read through its own index.
    reaches.push_back("r.family_id IN (SELECT cf.id FROM families cf WHERE cf.supporter_user_id = " + me +
                      " AND cf.support_consent = 1)");
  }
  if (reaches.empty()) return " AND 1 = 0";
  std::string out = " AND (";
  for (std::size_t i = 0; i < reaches.size(); ++i) out += (i ? " OR " : "") + reaches[i];
  return out + ")";
}

/// Runs a list query for one page, fetching one row more to know whether another follows.
ReferralPage PageOf(db::Transaction& tx, const std::string& sql, db::Params params, const PageRequest& request) {
  const auto page = request.Normalised();
  const auto limit = Bind(params, static_cast<std::int64_t>(page.page_size + 1));
  const auto offset = Bind(params, page.Offset());
  ReferralPage out{{}, page.page, page.page_size, false};
  for (const auto& row : tx.Query(sql + " LIMIT " + limit + " OFFSET " + offset, params))
    out.items.push_back(ReadReferral(row));
  if (static_cast<int>(out.items.size()) > page.page_size) {
    out.items.pop_back();
    out.has_next = true;
  }
  return out;
}

}  // namespace

void SqlReferralRepository::Insert(db::Transaction& tx, const Referral& r) {
  tx.Execute(kInsert, {r.id, r.family_id, r.service_id, r.from_organisation_id, r.from_user_id, r.to_organisation_id,
                       std::string(ReferralStatusCode(r.status)), r.reason, Join(r.share_items),
                       std::string(ServiceLevelCode(r.from_level)), std::string(ServiceLevelCode(r.to_level)),
                       r.created_at, r.updated_at});
}

std::optional<Referral> SqlReferralRepository::Find(db::Transaction& tx, const std::string& id) {
  auto row = tx.QueryOne(std::string(kSelect) + " WHERE r.id = $1", {id});
  if (!row) return std::nullopt;
  return ReadReferral(*row);
}

bool SqlReferralRepository::Update(db::Transaction& tx, const Referral& r) {
  return tx.Execute(kUpdate, {r.id, std::string(ReferralStatusCode(r.status)), r.reason, Join(r.share_items),
                              TextOrNull(r.respond_by), OptionalMillis(r.sent_at), OptionalMillis(r.received_at),
                              OptionalMillis(r.answered_at), r.decline_reason, TextOrNull(r.onward_service_id),
                              r.onward_note, OptionalMillis(r.first_contact_at), OptionalMillis(r.support_started_at),
                              OptionalMillis(r.closed_at), r.outcome, OptionalMillis(r.withdrawn_at),
                              r.withdrawn_reason, OptionalMillis(r.accompanied_at), TextOrNull(r.accompanied_by),
                              OptionalMillis(r.resolved_at), TextOrNull(r.resolved_by), r.resolved_note,
                              r.updated_at, static_cast<std::int64_t>(r.version)}) == 1;
}

void SqlReferralRepository::InsertSharedItems(db::Transaction& tx, const std::string& referral_id,
                                              const std::vector<SharedItem>& items) {
  std::int64_t position = 0;
  for (const auto& item : items) tx.Execute(kInsertItem, {referral_id, ++position, item.item, item.label, item.value});
}

std::vector<SharedItem> SqlReferralRepository::SharedItems(db::Transaction& tx, const std::string& referral_id) {
  std::vector<SharedItem> out;
  for (const auto& row : tx.Query(kSelectItems, {referral_id})) out.push_back({row.Text(0), row.Text(1), row.Text(2)});
  return out;
}

void SqlReferralRepository::InsertEvent(db::Transaction& tx, const ReferralEvent& e) {
  tx.Execute(kInsertEvent, {e.id, e.referral_id, std::string(ReferralStatusCode(e.status)), e.note, e.by_user_id,
                            e.by_organisation_id, e.at});
}

std::vector<ReferralEvent> SqlReferralRepository::Events(db::Transaction& tx, const std::string& referral_id) {
  std::vector<ReferralEvent> out;
  for (const auto& row : tx.Query(kSelectEvents, {referral_id})) {
    ReferralEvent e;
    e.id = row.Text(0);
    e.referral_id = row.Text(1);
    e.status = ReferralStatusFromCode(row.Text(2)).value_or(ReferralStatus::kDraft);
    e.note = row.Text(3);
    e.by_user_id = row.Text(4);
    e.by_user_name = row.Text(5);
    e.by_organisation_id = row.Text(6);
    e.at = row.Int(7);
    out.push_back(std::move(e));
  }
  return out;
}

ReferralPage SqlReferralRepository::Inbox(db::Transaction& tx, const InboxQuery& query) {
  db::Params params;
  // One organisation and at most one status: a single range scan of referrals_inbox (with a
  // status) or referrals_inbox_recent (without), read backwards, newest sent first.
  std::string sql = std::string(kSelect) + " WHERE r.to_organisation_id IN (" +
                    BindList(params, query.organisation_ids) + ")";
  if (query.status) sql += " AND r.status = " + Bind(params, std::string(ReferralStatusCode(*query.status)));
  else sql += " AND r.sent_at IS NOT NULL";
  sql += " ORDER BY r.sent_at DESC";
  return PageOf(tx, sql, std::move(params), query.page);
}

ReferralPage SqlReferralRepository::Sent(db::Transaction& tx, const ListScope& scope, const PageRequest& page) {
  if (scope.denied) return {{}, page.page, page.page_size, false};
  db::Params params;
  std::string sql = std::string(kSelect) + " WHERE 1 = 1" + ReferringCondition(params, scope) +
                    " ORDER BY r.updated_at DESC";
  return PageOf(tx, sql, std::move(params), page);
}

ReferralPage SqlReferralRepository::Attention(db::Transaction& tx, const ListScope& scope, const std::string& today,
                                              const PageRequest& page) {
  if (scope.denied) return {{}, page.page, page.page_size, false};
  db::Params params{today};
  std::string sql = std::string(kSelect) + " WHERE 1 = 1" + kFlagged + ReferringCondition(params, scope) +
                    " ORDER BY r.respond_by";
  return PageOf(tx, sql, std::move(params), page);
}

std::int64_t SqlReferralRepository::AttentionCount(db::Transaction& tx, const ListScope& scope,
                                                   const std::string& today, int limit) {
  if (scope.denied) return 0;
  db::Params params{today};
  std::string sql = "SELECT COUNT(*) FROM (SELECT 1 FROM referrals r WHERE 1 = 1" + std::string(kFlagged) +
                    ReferringCondition(params, scope);
  sql += " LIMIT " + Bind(params, static_cast<std::int64_t>(limit)) + ") flagged";
  return tx.QueryOne(sql, params)->Int(0);
}

std::vector<Referral> SqlReferralRepository::ForFamily(db::Transaction& tx, const std::string& family_id) {
  std::vector<Referral> out;
  for (const auto& row :
       tx.Query(std::string(kSelect) + " WHERE r.family_id = $1 ORDER BY r.created_at DESC, r.id DESC", {family_id}))
    out.push_back(ReadReferral(row));
  return out;
}

std::string SqlReferralRepository::FamilyName(db::Transaction& tx, const std::string& family_id) {
  auto row = tx.QueryOne(kFamilyName, {family_id});
  return row ? row->Text(0) : "";
}

}  // namespace alongside::storage
