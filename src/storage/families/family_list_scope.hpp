#pragma once
/// The SQL form of a family ListScope, so every family list (caseload, search, the
/// programme's families, contacts across families) applies the same rule as
/// FamilyAccess does for one record.

#include <string>

#include "core/access/policy.hpp"
#include "db/database.hpp"

namespace alongside::storage {

/// " AND (...)" restricting the families table aliased `alias` to the scope, or "" when the
/// scope is unrestricted. The caller returns nothing at all when scope.denied.
/// The caseload reach needs the family's current consent to support, as in FamilyAccess.
std::string FamilyScopeCondition(db::Params& params, const ListScope& scope, const std::string& alias = "f");

}  // namespace alongside::storage
