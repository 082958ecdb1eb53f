#include "storage/accounts/sql_user_repository.hpp"

#include "core/common/text.hpp"
#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kUserColumns =
    "u.id, u.email, u.name, u.password_hash, u.email_verified_at, u.disabled_at, u.created_at";

constexpr const char* kInsertUser =
    "INSERT INTO users (id, email, name, password_hash, email_verified_at, disabled_at, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7)";
constexpr const char* kFindById =
    "SELECT u.id, u.email, u.name, u.password_hash, u.email_verified_at, u.disabled_at, u.created_at "
    "FROM users u WHERE u.id = $1";
constexpr const char* kFindByEmail =
    "SELECT u.id, u.email, u.name, u.password_hash, u.email_verified_at, u.disabled_at, u.created_at "
    "FROM users u WHERE u.email = $1";
constexpr const char* kGrants =
    "SELECT r.id, r.role, COALESCE(r.organisation_id, ''), COALESCE(o.name, ''), COALESCE(o.kind, ''), "
    "COALESCE(o.area_id, '') FROM user_roles r LEFT JOIN organisations o ON o.id = r.organisation_id "
    "WHERE r.user_id = $1 ORDER BY r.created_at, r.id";
constexpr const char* kUpdateName = "UPDATE users SET name = $2 WHERE id = $1";
constexpr const char* kSetPassword = "UPDATE users SET password_hash = $2 WHERE id = $1";
constexpr const char* kMarkVerified =
    "UPDATE users SET email_verified_at = $2 WHERE id = $1 AND email_verified_at IS NULL";
constexpr const char* kSetDisabled = "UPDATE users SET disabled_at = $2 WHERE id = $1";
constexpr const char* kAddGrant =
    "INSERT INTO user_roles (id, user_id, role, organisation_id, created_at) VALUES ($1, $2, $3, $4, $5)";
constexpr const char* kRemoveGrant = "DELETE FROM user_roles WHERE id = $1 AND user_id = $2";

User ReadUser(const db::Row& row) {
  User user;
  user.id = row.Text(0);
  user.email = row.Text(1);
  user.name = row.Text(2);
  user.password_hash = row.Text(3);
  user.email_verified_at = row.OptInt(4);
  user.disabled_at = row.OptInt(5);
  user.created_at = row.Int(6);
  return user;
}

}  // namespace

void SqlUserRepository::Insert(db::Transaction& tx, const User& user) {
  tx.Execute(kInsertUser, {user.id, user.email, user.name, user.password_hash,
                           OptionalMillis(user.email_verified_at), OptionalMillis(user.disabled_at),
                           user.created_at});
}

std::vector<RoleGrant> SqlUserRepository::Grants(db::Transaction& tx, const std::string& user_id) {
  std::vector<RoleGrant> grants;
  for (const auto& row : tx.Query(kGrants, {user_id})) {
    RoleGrant grant;
    grant.id = row.Text(0);
    grant.role = RoleFromCode(row.Text(1)).value_or(Role::kMember);
    grant.organisation_id = row.Text(2);
    grant.organisation_name = row.Text(3);
    grant.organisation_kind = row.Text(4);
    grant.area_id = row.Text(5);
    grants.push_back(std::move(grant));
  }
  return grants;
}

std::optional<User> SqlUserRepository::FindById(db::Transaction& tx, const std::string& id) {
  auto row = tx.QueryOne(kFindById, {id});
  if (!row) return std::nullopt;
  User user = ReadUser(*row);
  user.grants = Grants(tx, user.id);
  return user;
}

std::optional<User> SqlUserRepository::FindByEmail(db::Transaction& tx, const std::string& email) {
  auto row = tx.QueryOne(kFindByEmail, {email});
  if (!row) return std::nullopt;
  User user = ReadUser(*row);
  user.grants = Grants(tx, user.id);
  return user;
}

void SqlUserRepository::UpdateName(db::Transaction& tx, const std::string& id, const std::string& name) {
  tx.Execute(kUpdateName, {id, name});
}

void SqlUserRepository::SetPassword(db::Transaction& tx, const std::string& id, const std::string& hash) {
  tx.Execute(kSetPassword, {id, hash});
}

void SqlUserRepository::MarkVerified(db::Transaction& tx, const std::string& id, Millis at) {
  tx.Execute(kMarkVerified, {id, at});
}

void SqlUserRepository::SetDisabled(db::Transaction& tx, const std::string& id, std::optional<Millis> at) {
  tx.Execute(kSetDisabled, {id, OptionalMillis(at)});
}

void SqlUserRepository::AddGrant(db::Transaction& tx, const std::string& user_id, const RoleGrant& grant,
                                 Millis at) {
  tx.Execute(kAddGrant, {grant.id, user_id, std::string(RoleCode(grant.role)),
                         TextOrNull(grant.organisation_id), at});
}

void SqlUserRepository::RemoveGrant(db::Transaction& tx, const std::string& user_id, const std::string& grant_id) {
  tx.Execute(kRemoveGrant, {grant_id, user_id});
}

Page<User> SqlUserRepository::List(db::Transaction& tx, const UserFilter& filter, const ListScope& scope) {
  Page<User> page;
  page.page = filter.page.page;
  page.page_size = filter.page.page_size;
  if (scope.denied) return page;

  db::Params params;
  std::string where = " WHERE 1 = 1";
  if (!scope.all) {
    where += " AND EXISTS (SELECT 1 FROM user_roles sr JOIN organisations so ON so.id = sr.organisation_id "
             "WHERE sr.user_id = u.id AND (sr.organisation_id IN (" +
             BindList(params, scope.organisation_ids) + ") OR so.area_id IN (" +
             BindList(params, scope.area_ids) + ")))";
  }
  if (!filter.query.empty()) {
    const auto pattern = Bind(params, ContainsPattern(AsciiLower(filter.query)));
    where += " AND (LOWER(u.name) LIKE " + pattern + " ESCAPE '\\' OR u.email LIKE " + pattern + " ESCAPE '\\')";
  }
  if (!filter.organisation_id.empty() || !filter.role.empty()) {
    where += " AND EXISTS (SELECT 1 FROM user_roles fr WHERE fr.user_id = u.id";
    if (!filter.organisation_id.empty()) where += " AND fr.organisation_id = " + Bind(params, filter.organisation_id);
    if (!filter.role.empty()) where += " AND fr.role = " + Bind(params, filter.role);
    where += ")";
  }
  page.total = tx.QueryOne("SELECT COUNT(*) FROM users u" + where, params)->Int(0);
  const auto limit = Bind(params, static_cast<std::int64_t>(filter.page.page_size));
  const auto offset = Bind(params, filter.page.Offset());
  const auto rows = tx.Query(std::string("SELECT ") + kUserColumns + " FROM users u" + where +
                                 " ORDER BY u.name, u.id LIMIT " + limit + " OFFSET " + offset,
                             params);
  for (const auto& row : rows) {
    User user = ReadUser(row);
    user.grants = Grants(tx, user.id);
    page.items.push_back(std::move(user));
  }
  return page;
}

}  // namespace alongside::storage
