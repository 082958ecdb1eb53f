#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/framework/framework.hpp"
#include "db/database.hpp"

namespace alongside {

/// The numbered versions of each area's framework, stored as documents.
class FrameworkRepository {
 public:
  virtual ~FrameworkRepository() = default;
  /// Inserts a version; the (area, number) pair is unique, so two adaptations saved at once
  /// cannot both become the same number (the second fails and the service reports a conflict).
  virtual void Insert(db::Transaction& tx, const FrameworkVersion& version) = 0;
  /// The highest-numbered version of the area, if any.
  virtual std::optional<FrameworkVersion> Latest(db::Transaction& tx, const std::string& area_id) = 0;
  virtual std::optional<FrameworkVersion> Find(db::Transaction& tx, const std::string& version_id) = 0;
  /// Every version of the area, newest first.
  virtual std::vector<FrameworkVersion> ListForArea(db::Transaction& tx, const std::string& area_id) = 0;
  /// The topic codes of each submitted contact of a family (drafts left out), for counting
  /// the family's contacts per domain; contacts without topics are left out too.
  virtual std::vector<std::vector<std::string>> ContactTopics(db::Transaction& tx, const std::string& family_id) = 0;
};

}  // namespace alongside
