#include "storage/families/family_list_scope.hpp"

#include <vector>

#include "storage/common/sql.hpp"

namespace alongside::storage {

std::string FamilyScopeCondition(db::Params& params, const ListScope& scope, const std::string& alias) {
  if (scope.all) return "";
  std::vector<std::string> reaches;
  if (!scope.organisation_ids.empty())
    reaches.push_back(alias + ".organisation_id IN (" + BindList(params, scope.organisation_ids) + ")");
  if (!scope.area_ids.empty())
    reaches.push_back(alias + ".area_id IN (" + BindList(params, scope.area_ids) + ")");
  if (!scope.caseload_user_id.empty())
    reaches.push_back("(" + alias + ".supporter_user_id = " + Bind(params, scope.caseload_user_id) + " AND " +
                      alias + ".support_consent = 1)");
  if (!scope.own_user_id.empty())
    reaches.push_back("EXISTS (SELECT 1 FROM caregivers own_c WHERE own_c.family_id = " + alias +
                      ".id AND own_c.linked_user_id = " + Bind(params, scope.own_user_id) + ")");
  if (reaches.empty()) return " AND 1 = 0";
  std::string out = " AND (";
  for (std::size_t i = 0; i < reaches.size(); ++i) out += (i ? " OR " : "") + reaches[i];
  return out + ")";
}

}  // namespace alongside::storage
