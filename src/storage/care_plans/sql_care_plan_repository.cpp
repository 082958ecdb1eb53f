#include "storage/care_plans/sql_care_plan_repository.hpp"

#include "core/common/ids.hpp"
#include "storage/common/sql.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kFamilyName = "SELECT display_name FROM families WHERE id = $1";
constexpr const char* kLatestNumber = "SELECT COALESCE(MAX(number), 0) FROM care_plan_versions WHERE family_id = $1";
constexpr const char* kInsertVersion =
    "INSERT INTO care_plan_versions (id, family_id, number, what_matters, review_date, saved_by, saved_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7)";
constexpr const char* kInsertAction =
    "INSERT INTO care_plan_actions (id, version_id, position, who, what, by_when) VALUES ($1, $2, $3, $4, $5, $6)";
constexpr const char* kFindVersion =
    "SELECT v.id, v.family_id, v.number, v.what_matters, v.review_date, v.saved_by, COALESCE(u.name, ''), v.saved_at "
    "FROM care_plan_versions v LEFT JOIN users u ON u.id = v.saved_by WHERE v.family_id = $1 AND v.number = $2";
constexpr const char* kActions =
    "SELECT who, what, by_when FROM care_plan_actions WHERE version_id = $1 ORDER BY position";

}  // namespace

std::string SqlCarePlanRepository::FamilyName(db::Transaction& tx, const std::string& family_id) {
  auto row = tx.QueryOne(kFamilyName, {family_id});
  return row ? row->Text(0) : "";
}

int SqlCarePlanRepository::LatestNumber(db::Transaction& tx, const std::string& family_id) {
  return static_cast<int>(tx.QueryOne(kLatestNumber, {family_id})->Int(0));
}

void SqlCarePlanRepository::Insert(db::Transaction& tx, const CarePlanVersion& v) {
  tx.Execute(kInsertVersion, {v.id, v.family_id, static_cast<std::int64_t>(v.number), v.what_matters,
                              IsoDate(v.review_date), v.saved_by, v.saved_at});
  std::int64_t position = 0;
  for (const auto& action : v.actions) {
    ++position;
    tx.Execute(kInsertAction, {NewId(v.saved_at), v.id, position, action.who, action.what,
                               action.by_when ? db::Value(IsoDate(*action.by_when)) : db::Value(nullptr)});
  }
}

std::optional<CarePlanVersion> SqlCarePlanRepository::Find(db::Transaction& tx, const std::string& family_id,
                                                           int number) {
  auto row = tx.QueryOne(kFindVersion, {family_id, static_cast<std::int64_t>(number)});
  if (!row) return std::nullopt;
  CarePlanVersion v;
  v.id = row->Text(0);
  v.family_id = row->Text(1);
  v.number = static_cast<int>(row->Int(2));
  v.what_matters = row->Text(3);
  v.review_date = ParseDate(row->Text(4)).value_or(Date{});
  v.saved_by = row->Text(5);
  v.saved_by_name = row->Text(6);
  v.saved_at = row->Int(7);
  for (const auto& a : tx.Query(kActions, {v.id})) {
    CarePlanAction action{a.Text(0), a.Text(1), std::nullopt};
    if (auto by_when = a.OptText(2)) action.by_when = ParseDate(*by_when);
    v.actions.push_back(std::move(action));
  }
  return v;
}

}  // namespace alongside::storage
