#pragma once

#include "core/families/family_access.hpp"

namespace alongside::storage {

class SqlFamilyScopeRepository final : public FamilyScopeRepository {
 public:
  std::optional<FamilyScopeFacts> FindScope(db::Transaction& tx, const std::string& family_id) override;
};

}  // namespace alongside::storage
