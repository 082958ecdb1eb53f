#pragma once

#include "core/families/parent_link_service.hpp"

namespace alongside::storage {

class SqlParentLinkRepository final : public ParentLinkRepository {
 public:
  std::vector<CaregiverLink> Caregivers(db::Transaction& tx, const std::string& family_id) override;
  void SetLinkedUser(db::Transaction& tx, const std::string& family_id, const std::string& caregiver_id,
                     const std::optional<std::string>& user_id) override;
};

}  // namespace alongside::storage
