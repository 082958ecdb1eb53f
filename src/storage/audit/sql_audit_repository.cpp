#include "storage/audit/sql_audit_repository.hpp"

#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kAppend =
    "INSERT INTO audit_log (id, at, actor_user_id, actor_organisation_id, action, record_type, record_id, "
    "outcome, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
constexpr const char* kSelect =
    "SELECT l.id, l.at, l.actor_user_id, COALESCE(u.name, ''), l.actor_organisation_id, l.action, "
    "l.record_type, l.record_id, l.outcome, l.request_id FROM audit_log l "
    "LEFT JOIN users u ON u.id = l.actor_user_id";

}  // namespace

void SqlAuditRepository::Append(db::Transaction& tx, const AuditEntry& e) {
  tx.Execute(kAppend, {e.id, e.at, e.actor_user_id, e.actor_organisation_id, e.action, e.record_type,
                       e.record_id, e.outcome, e.request_id});
}

Page<AuditEntry> SqlAuditRepository::List(db::Transaction& tx, const AuditFilter& filter, const ListScope& scope) {
  Page<AuditEntry> page;
  page.page = filter.page.page;
  page.page_size = filter.page.page_size;
  if (scope.denied) return page;
  db::Params params;
  std::string where = " WHERE 1 = 1";
  if (!scope.all) {
    where += " AND l.actor_organisation_id IN (SELECT o.id FROM organisations o WHERE o.id IN (" +
             BindList(params, scope.organisation_ids) + ") OR o.area_id IN (" + BindList(params, scope.area_ids) +
             "))";
  }
  if (!filter.actor_user_id.empty()) where += " AND l.actor_user_id = " + Bind(params, filter.actor_user_id);
  if (!filter.action.empty()) {
    if (filter.action.back() == '.')
      where += " AND l.action LIKE " + Bind(params, filter.action + "%");
    else
      where += " AND l.action = " + Bind(params, filter.action);
  }
  if (!filter.record_type.empty()) where += " AND l.record_type = " + Bind(params, filter.record_type);
  if (!filter.record_id.empty()) where += " AND l.record_id = " + Bind(params, filter.record_id);
  if (!filter.outcome.empty()) where += " AND l.outcome = " + Bind(params, filter.outcome);
  if (filter.from > 0) where += " AND l.at >= " + Bind(params, filter.from);
  if (filter.to > 0) where += " AND l.at < " + Bind(params, filter.to);
  page.total = tx.QueryOne("SELECT COUNT(*) FROM audit_log l" + where, params)->Int(0);
  const auto limit = Bind(params, static_cast<std::int64_t>(filter.page.page_size));
  const auto offset = Bind(params, filter.page.Offset());
  for (const auto& row : tx.Query(std::string(kSelect) + where + " ORDER BY l.at DESC, l.id DESC LIMIT " + limit +
                                      " OFFSET " + offset,
                                  params)) {
    AuditEntry e;
    e.id = row.Text(0);
    e.at = row.Int(1);
    e.actor_user_id = row.Text(2);
    e.actor_name = row.Text(3);
    e.actor_organisation_id = row.Text(4);
    e.action = row.Text(5);
    e.record_type = row.Text(6);
    e.record_id = row.Text(7);
    e.outcome = row.Text(8);
    e.request_id = row.Text(9);
    page.items.push_back(std::move(e));
  }
  return page;
}

}  // namespace alongside::storage
