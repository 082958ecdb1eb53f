#include "storage/framework/sql_framework_repository.hpp"

#include "core/framework/framework_document.hpp"
#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kSelect =
    "SELECT v.id, v.area_id, v.number, COALESCE(v.based_on_id, ''), v.note, COALESCE(v.created_by, ''), "
    "COALESCE(u.name, ''), v.created_at, v.document FROM framework_versions v LEFT JOIN users u ON u.id = v.created_by ";

constexpr const char* kInsert =
    "INSERT INTO framework_versions (id, area_id, number, based_on_id, edition, document, note, created_by, "
    "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

/// Read through contacts_family (family_id, occurred_at), then each contact's topics by key.
constexpr const char* kContactTopics =
    "SELECT c.id, t.topic FROM contacts c JOIN contact_topics t ON t.contact_id = c.id "
    "WHERE c.family_id = $1 AND c.status = 'submitted' ORDER BY c.id, t.topic";

/// Stored documents were checked before they were saved, so reading one back cannot fail
/// unless the database was edited by hand; then the Invalid names the broken part.
FrameworkVersion ReadVersion(const db::Row& row) {
  FrameworkVersion v;
  v.id = row.Text(0);
  v.area_id = row.Text(1);
  v.number = static_cast<int>(row.Int(2));
  v.based_on_id = row.Text(3);
  v.note = row.Text(4);
  v.created_by = row.Text(5);
  v.created_by_name = row.Text(6);
  v.created_at = row.Int(7);
  v.framework = ReadFrameworkDocument(row.Text(8));
  return v;
}

}  // namespace

void SqlFrameworkRepository::Insert(db::Transaction& tx, const FrameworkVersion& v) {
  tx.Execute(kInsert, {v.id, v.area_id, static_cast<std::int64_t>(v.number), TextOrNull(v.based_on_id),
                       v.framework.edition, WriteFrameworkDocument(v.framework), v.note, TextOrNull(v.created_by),
                       v.created_at});
}

std::optional<FrameworkVersion> SqlFrameworkRepository::Latest(db::Transaction& tx, const std::string& area_id) {
  const auto rows = tx.Query(std::string(kSelect) + "WHERE v.area_id = $1 ORDER BY v.number DESC LIMIT 1", {area_id});
  if (rows.empty()) return std::nullopt;
  return ReadVersion(rows.front());
}

std::optional<FrameworkVersion> SqlFrameworkRepository::Find(db::Transaction& tx, const std::string& version_id) {
  const auto rows = tx.Query(std::string(kSelect) + "WHERE v.id = $1", {version_id});
  if (rows.empty()) return std::nullopt;
  return ReadVersion(rows.front());
}

std::vector<FrameworkVersion> SqlFrameworkRepository::ListForArea(db::Transaction& tx, const std::string& area_id) {
  std::vector<FrameworkVersion> all;
  for (const auto& row : tx.Query(std::string(kSelect) + "WHERE v.area_id = $1 ORDER BY v.number DESC", {area_id}))
    all.push_back(ReadVersion(row));
  return all;
}

std::vector<std::vector<std::string>> SqlFrameworkRepository::ContactTopics(db::Transaction& tx,
                                                                            const std::string& family_id) {
  std::vector<std::vector<std::string>> topics;
  std::string contact_id;
  for (const auto& row : tx.Query(kContactTopics, {family_id})) {
    if (topics.empty() || row.Text(0) != contact_id) {
      contact_id = row.Text(0);
      topics.emplace_back();
    }
    topics.back().push_back(row.Text(1));
  }
  return topics;
}

}  // namespace alongside::storage
