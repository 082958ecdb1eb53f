#include "storage/families/sql_sensitive_note_repository.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kCount = "SELECT COUNT(*) FROM sensitive_notes WHERE family_id = $1";
constexpr const char* kList =
    "SELECT n.id, n.family_id, n.category, n.body, n.recorded_by, COALESCE(u.name, ''), n.recorded_at "
    "FROM sensitive_notes n LEFT JOIN users u ON u.id = n.recorded_by WHERE n.family_id = $1 "
    "ORDER BY n.recorded_at DESC, n.id DESC LIMIT $2 OFFSET $3";
constexpr const char* kInsert =
    "INSERT INTO sensitive_notes (id, family_id, category, body, recorded_by, recorded_at) "
    "VALUES ($1, $2, $3, $4, $5, $6)";
constexpr const char* kFamilyName = "SELECT display_name FROM families WHERE id = $1";

}  // namespace

Page<SensitiveNote> SqlSensitiveNoteRepository::List(db::Transaction& tx, const std::string& family_id,
                                                     const PageRequest& request) {
  Page<SensitiveNote> page;
  page.page = request.page;
  page.page_size = request.page_size;
  page.total = tx.QueryOne(kCount, {family_id})->Int(0);
  for (const auto& row :
       tx.Query(kList, {family_id, static_cast<std::int64_t>(request.page_size), request.Offset()})) {
    SensitiveNote note;
    note.id = row.Text(0);
    note.family_id = row.Text(1);
    note.category = SensitiveCategoryFromCode(row.Text(2)).value_or(SensitiveCategory::kSafeguarding);
    note.body = row.Text(3);
    note.recorded_by_user_id = row.Text(4);
    note.recorded_by_name = row.Text(5);
    note.recorded_at = row.Int(6);
    page.items.push_back(std::move(note));
  }
  return page;
}

void SqlSensitiveNoteRepository::Insert(db::Transaction& tx, const SensitiveNote& note) {
  tx.Execute(kInsert, {note.id, note.family_id, std::string(SensitiveCategoryCode(note.category)), note.body,
                       note.recorded_by_user_id, note.recorded_at});
}

std::string SqlSensitiveNoteRepository::FamilyDisplayName(db::Transaction& tx, const std::string& family_id) {
  auto row = tx.QueryOne(kFamilyName, {family_id});
  return row ? row->Text(0) : "";
}

}  // namespace alongside::storage
