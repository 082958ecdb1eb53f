// The list queries of SqlFamilyRepository: caseloads, search and duplicate candidates.
// Each reads one page of families (within the list scope) in one query, then what the page
// shows of their people in one query per table, never one query per family.

#include <map>

#include "storage/common/sql.hpp"
#include "storage/families/caregiver_name_terms.hpp"
#include "storage/families/family_list_scope.hpp"
#include "storage/families/family_rows.hpp"
#include "storage/families/sql_family_repository.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kListColumns =
    "SELECT f.id, f.display_name, f.postcode, f.status, COALESCE(f.supporter_user_id, ''), COALESCE(s.name, ''), "
    "f.next_task_title, f.next_task_due, f.last_contact_at FROM families f "
    "LEFT JOIN users s ON s.id = f.supporter_user_id";

/// " AND ..." for the filter and the search text (a name through caregiver_name_terms).
std::string FilterCondition(db::Params& params, db::Dialect dialect, const ListScope& scope,
                            const CaseloadFilter& filter) {
  std::string sql;
  if (filter.status) sql += " AND f.status = " + Bind(params, std::string(FamilyStatusCode(*filter.status)));
  if (filter.unassigned_only) sql += " AND f.supporter_user_id IS NULL";
  if (!filter.supporter_user_id.empty()) sql += " AND f.supporter_user_id = " + Bind(params, filter.supporter_user_id);
  const auto search = ReadCaseloadSearch(filter.query);
  switch (search.kind) {
    case CaseloadSearch::Kind::kNone: break;
    case CaseloadSearch::Kind::kName: sql += NameTermsCondition(params, dialect, scope, search.text); break;
    case CaseloadSearch::Kind::kPostcode: sql += " AND f.postcode_search = " + Bind(params, search.text); break;
    case CaseloadSearch::Kind::kOutwardCode:
      // The inward code is a digit and two letters, so the whole postcode lies in this range.
      sql += " AND f.postcode_search >= " + Bind(params, search.text + "0") +
             " AND f.postcode_search <= " + Bind(params, search.text + "9ZZ") +
             " AND LENGTH(f.postcode_search) = " + Bind(params, static_cast<std::int64_t>(search.text.size() + 3));
      break;
  }
  return sql;
}

std::vector<std::string> IdsOf(const std::vector<CaseloadEntry>& entries) {
  std::vector<std::string> ids;
  for (const auto& entry : entries) ids.push_back(entry.family_id);
  return ids;
}

/// Babies, the interpreter flag and focus areas of the page's families.
void AddPeople(db::Transaction& tx, std::vector<CaseloadEntry>& entries) {
  if (entries.empty()) return;
  std::map<std::string, CaseloadEntry*> by_id;
  for (auto& entry : entries) by_id[entry.family_id] = &entry;
  const auto ids = IdsOf(entries);
  db::Params params;
  const std::string in = BindList(params, ids);
  for (const auto& row : tx.Query(std::string("SELECT ") + kBabyColumns + " FROM babies WHERE family_id IN (" + in +
                                      ") ORDER BY created_at, id",
                                  params))
    by_id[row.Text(1)]->babies.push_back(ReadBaby(row));
  for (const auto& row : tx.Query("SELECT DISTINCT family_id FROM caregivers WHERE interpreter_needed = 1 AND "
                                  "family_id IN (" + in + ")",
                                  params))
    by_id[row.Text(0)]->interpreter_needed = true;
  for (const auto& row : tx.Query("SELECT family_id, focus_area FROM family_focus_areas WHERE family_id IN (" + in +
                                      ") ORDER BY focus_area",
                                  params))
    if (const auto area = FocusAreaFromCode(row.Text(1))) by_id[row.Text(0)]->focus_areas.push_back(*area);
}

}  // namespace

Page<CaseloadEntry> SqlFamilyRepository::List(db::Transaction& tx, const ListScope& scope,
                                             const CaseloadFilter& filter) {
  Page<CaseloadEntry> page;
  page.page = filter.page.page;
  page.page_size = filter.page.page_size;
  if (scope.denied) return page;
  db::Params params;
  const std::string where = " WHERE 1 = 1" + FamilyScopeCondition(params, scope, "f") + FilterCondition(params, tx.dialect(), scope, filter);
  page.total = tx.QueryOne("SELECT COUNT(*) FROM families f" + where, params)->Int(0);
  if (page.total == 0) return page;
  const auto limit = Bind(params, static_cast<std::int64_t>(filter.page.page_size));
  const auto offset = Bind(params, filter.page.Offset());
  for (const auto& row : tx.Query(std::string(kListColumns) + where + " ORDER BY f.display_name, f.id LIMIT " + limit +
                                      " OFFSET " + offset,
                                  params)) {
    CaseloadEntry entry;
    entry.family_id = row.Text(0);
    entry.display_name = row.Text(1);
    entry.postcode = row.Text(2);
    entry.status = FamilyStatusFromCode(row.Text(3)).value_or(FamilyStatus::kOpen);
    entry.supporter_user_id = row.Text(4);
    entry.supporter_name = row.Text(5);
    entry.next_task_title = row.Text(6);
    entry.next_task_due = DateColumn(row, 7);
    entry.last_contact_at = row.OptInt(8);
    page.items.push_back(std::move(entry));
  }
  AddPeople(tx, page.items);
  return page;
}

std::vector<DuplicateSource> SqlFamilyRepository::DuplicateSources(db::Transaction& tx, const ListScope& scope,
                                                                   const std::string& postcode,
                                                                   const std::vector<Date>& dates, int limit) {
  std::vector<DuplicateSource> out;
  if (scope.denied) return out;
  std::vector<std::string> iso_dates;
  for (const auto& date : dates) iso_dates.push_back(IsoDate(date));
  db::Params params;
  const std::string by_postcode = Bind(params, PostcodeSearch(postcode));
  const std::string date_list = BindList(params, iso_dates);
  std::string sql = "SELECT f.id, f.display_name, f.postcode FROM families f WHERE (f.postcode_search = " +
                    by_postcode + " OR f.id IN (SELECT b.family_id FROM babies b WHERE b.due_date IN (" + date_list +
                    ") OR b.birth_date IN (" + date_list + ")))" + FamilyScopeCondition(params, scope, "f") +
                    " ORDER BY f.created_at DESC, f.id LIMIT " + Bind(params, static_cast<std::int64_t>(limit));
  std::map<std::string, std::size_t> index;
  for (const auto& row : tx.Query(sql, params)) {
    DuplicateSource source;
    source.candidate.family_id = row.Text(0);
    source.display_name = row.Text(1);
    source.candidate.postcode = row.Text(2);
    index[source.candidate.family_id] = out.size();
    out.push_back(std::move(source));
  }
  if (out.empty()) return out;
  std::vector<std::string> ids;
  for (const auto& source : out) ids.push_back(source.candidate.family_id);
  db::Params id_params;
  const std::string in = BindList(id_params, ids);
  for (const auto& row : tx.Query("SELECT family_id, name, preferred_name FROM caregivers WHERE family_id IN (" + in +
                                      ") ORDER BY created_at, id",
                                  id_params)) {
    auto& names = out[index[row.Text(0)]].candidate.caregiver_names;
    names.push_back(row.Text(1));
    if (!row.Text(2).empty()) names.push_back(row.Text(2));
  }
  for (const auto& row : tx.Query("SELECT family_id, due_date, birth_date FROM babies WHERE family_id IN (" + in + ")",
                                  id_params)) {
    auto& candidate = out[index[row.Text(0)]].candidate;
    if (const auto due = DateColumn(row, 1)) candidate.due_dates.push_back(*due);
    if (const auto born = DateColumn(row, 2)) candidate.birth_dates.push_back(*born);
  }
  return out;
}

}  // namespace alongside::storage
