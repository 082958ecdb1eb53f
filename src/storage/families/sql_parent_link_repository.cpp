#include "storage/families/sql_parent_link_repository.hpp"

namespace alongside::storage {
namespace {

constexpr const char* kCaregivers =
    "SELECT c.id, CASE WHEN c.preferred_name = '' THEN c.name ELSE c.preferred_name END, "
    "COALESCE(c.linked_user_id, ''), COALESCE(u.name, ''), COALESCE(u.email, '') "
    "FROM caregivers c LEFT JOIN users u ON u.id = c.linked_user_id "
    "WHERE c.family_id = $1 ORDER BY c.created_at, c.id";
constexpr const char* kSetLinkedUser = "UPDATE caregivers SET linked_user_id = $3 WHERE id = $2 AND family_id = $1";

}  // namespace

std::vector<CaregiverLink> SqlParentLinkRepository::Caregivers(db::Transaction& tx, const std::string& family_id) {
  std::vector<CaregiverLink> out;
  for (const auto& row : tx.Query(kCaregivers, {family_id}))
    out.push_back({row.Text(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4)});
  return out;
}

void SqlParentLinkRepository::SetLinkedUser(db::Transaction& tx, const std::string& family_id,
                                            const std::string& caregiver_id,
                                            const std::optional<std::string>& user_id) {
  tx.Execute(kSetLinkedUser, {family_id, caregiver_id, user_id ? db::Value(*user_id) : db::Value(nullptr)});
}

}  // namespace alongside::storage
