#include "storage/families/family_display_name.hpp"

namespace alongside::storage {

std::string FamilyDisplayName(db::Transaction& tx, const std::string& family_id) {
  auto row = tx.QueryOne("SELECT display_name FROM families WHERE id = $1", {family_id});
  return row ? row->Text(0) : std::string();
}

}  // namespace alongside::storage
