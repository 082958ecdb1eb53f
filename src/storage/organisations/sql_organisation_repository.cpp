#include "storage/organisations/sql_organisation_repository.hpp"

#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kInsertArea = "INSERT INTO areas (id, name, created_at) VALUES ($1, $2, $3)";
constexpr const char* kFindArea = "SELECT id, name, created_at FROM areas WHERE id = $1";
constexpr const char* kFindAreaByName = "SELECT id, name, created_at FROM areas WHERE name = $1";
constexpr const char* kInsertOrganisation =
    "INSERT INTO organisations (id, area_id, name, kind, created_at) VALUES ($1, $2, $3, $4, $5)";
constexpr const char* kOrganisationSelect =
    "SELECT o.id, o.area_id, a.name, o.name, o.kind, o.created_at FROM organisations o "
    "JOIN areas a ON a.id = o.area_id";

Area ReadArea(const db::Row& row) { return Area{row.Text(0), row.Text(1), row.Int(2)}; }

Organisation ReadOrganisation(const db::Row& row) {
  Organisation o;
  o.id = row.Text(0);
  o.area_id = row.Text(1);
  o.area_name = row.Text(2);
  o.name = row.Text(3);
  o.kind = OrganisationKindFromCode(row.Text(4)).value_or(OrganisationKind::kPeerSupportProgramme);
  o.created_at = row.Int(5);
  return o;
}

/// " AND (o.id IN (...) OR o.area_id IN (...))" unless the scope is unrestricted.
std::string ScopeCondition(db::Params& params, const ListScope& scope) {
  if (scope.all) return "";
  return " AND (o.id IN (" + BindList(params, scope.organisation_ids) + ") OR o.area_id IN (" +
         BindList(params, scope.area_ids) + "))";
}

}  // namespace

void SqlOrganisationRepository::InsertArea(db::Transaction& tx, const Area& area) {
  tx.Execute(kInsertArea, {area.id, area.name, area.created_at});
}

std::optional<Area> SqlOrganisationRepository::FindArea(db::Transaction& tx, const std::string& id) {
  auto row = tx.QueryOne(kFindArea, {id});
  if (!row) return std::nullopt;
  return ReadArea(*row);
}

std::optional<Area> SqlOrganisationRepository::FindAreaByName(db::Transaction& tx, const std::string& name) {
  auto row = tx.QueryOne(kFindAreaByName, {name});
  if (!row) return std::nullopt;
  return ReadArea(*row);
}

std::vector<Area> SqlOrganisationRepository::ListAreas(db::Transaction& tx, const ListScope& scope) {
  std::vector<Area> out;
  if (scope.denied) return out;
  db::Params params;
  std::string sql = "SELECT a.id, a.name, a.created_at FROM areas a WHERE 1 = 1";
  if (!scope.all) {
    sql += " AND (a.id IN (" + BindList(params, scope.area_ids) +
           ") OR a.id IN (SELECT o.area_id FROM organisations o WHERE o.id IN (" +
           BindList(params, scope.organisation_ids) + ")))";
  }
  sql += " ORDER BY a.name";
  for (const auto& row : tx.Query(sql, params)) out.push_back(ReadArea(row));
  return out;
}

void SqlOrganisationRepository::Insert(db::Transaction& tx, const Organisation& o) {
  tx.Execute(kInsertOrganisation,
             {o.id, o.area_id, o.name, std::string(OrganisationKindCode(o.kind)), o.created_at});
}

std::optional<Organisation> SqlOrganisationRepository::Find(db::Transaction& tx, const std::string& id) {
  auto row = tx.QueryOne(std::string(kOrganisationSelect) + " WHERE o.id = $1", {id});
  if (!row) return std::nullopt;
  return ReadOrganisation(*row);
}

std::optional<Organisation> SqlOrganisationRepository::FindByName(db::Transaction& tx, const std::string& name) {
  auto row = tx.QueryOne(std::string(kOrganisationSelect) + " WHERE o.name = $1", {name});
  if (!row) return std::nullopt;
  return ReadOrganisation(*row);
}

Page<Organisation> SqlOrganisationRepository::List(db::Transaction& tx, const ListScope& scope,
                                                   const PageRequest& request) {
  Page<Organisation> page;
  page.page = request.page;
  page.page_size = request.page_size;
  if (scope.denied) return page;
  db::Params params;
  const std::string where = " WHERE 1 = 1" + ScopeCondition(params, scope);
  page.total = tx.QueryOne("SELECT COUNT(*) FROM organisations o" + where, params)->Int(0);
  const auto limit = Bind(params, static_cast<std::int64_t>(request.page_size));
  const auto offset = Bind(params, request.Offset());
  for (const auto& row : tx.Query(std::string(kOrganisationSelect) + where + " ORDER BY a.name, o.name LIMIT " +
                                      limit + " OFFSET " + offset,
                                  params))
    page.items.push_back(ReadOrganisation(row));
  return page;
}

}  // namespace alongside::storage
