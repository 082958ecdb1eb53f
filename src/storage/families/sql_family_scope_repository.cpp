#include "storage/families/sql_family_scope_repository.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kFindFamily =
    "SELECT id, organisation_id, area_id, COALESCE(supporter_user_id, ''), status, support_consent "
    "FROM families WHERE id = $1";
constexpr const char* kLinkedUsers =
    "SELECT linked_user_id FROM caregivers WHERE family_id = $1 AND linked_user_id IS NOT NULL";

}  // namespace

std::optional<FamilyScopeFacts> SqlFamilyScopeRepository::FindScope(db::Transaction& tx, const std::string& family_id) {
  auto row = tx.QueryOne(kFindFamily, {family_id});
  if (!row) return std::nullopt;
  FamilyScopeFacts facts;
  facts.family_id = row->Text(0);
  facts.organisation_id = row->Text(1);
  facts.area_id = row->Text(2);
  facts.supporter_user_id = row->Text(3);
  facts.status = FamilyStatusFromCode(row->Text(4)).value_or(FamilyStatus::kOpen);
  facts.support_consent = row->Bool(5);
  for (const auto& linked : tx.Query(kLinkedUsers, {family_id})) facts.linked_user_ids.push_back(linked.Text(0));
  return facts;
}

}  // namespace alongside::storage
