#pragma once
/// The name a family is shown by in headings: families.display_name, its first caregiver's.

#include <string>

#include "db/database.hpp"

namespace alongside::storage {

/// "" for an unknown family.
std::string FamilyDisplayName(db::Transaction& tx, const std::string& family_id);

}  // namespace alongside::storage
