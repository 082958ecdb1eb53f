#pragma once

#include "core/families/parent_view.hpp"

namespace alongside::storage {

class SqlParentViewRepository final : public ParentViewRepository {
 public:
  std::vector<std::string> LinkedFamilyIds(db::Transaction& tx, const std::string& user_id) override;
  std::optional<ParentViewSummary> Summary(db::Transaction& tx, const std::string& family_id,
                                           const std::string& user_id) override;
  std::optional<std::vector<SharedTask>> SharedTasks(db::Transaction& tx, const std::string& family_id,
                                                     int limit) override;
};

}  // namespace alongside::storage
