#pragma once

#include "core/framework/framework_repository.hpp"

namespace alongside::storage {

/// framework_versions (0011): each version's framework kept as its JSON document.
class SqlFrameworkRepository final : public FrameworkRepository {
 public:
  void Insert(db::Transaction& tx, const FrameworkVersion& version) override;
  std::optional<FrameworkVersion> Latest(db::Transaction& tx, const std::string& area_id) override;
  std::optional<FrameworkVersion> Find(db::Transaction& tx, const std::string& version_id) override;
  std::vector<FrameworkVersion> ListForArea(db::Transaction& tx, const std::string& area_id) override;
  std::vector<std::vector<std::string>> ContactTopics(db::Transaction& tx, const std::string& family_id) override;
};

}  // namespace alongside::storage
