#pragma once

#include <optional>
#include <vector>

#include "core/access/policy.hpp"
#include "core/common/page.hpp"
#include "core/organisations/organisation.hpp"
#include "db/database.hpp"

namespace alongside {

class OrganisationRepository {
 public:
  virtual ~OrganisationRepository() = default;
  virtual void InsertArea(db::Transaction& tx, const Area& area) = 0;
  virtual std::optional<Area> FindArea(db::Transaction& tx, const std::string& id) = 0;
  virtual std::optional<Area> FindAreaByName(db::Transaction& tx, const std::string& name) = 0;
  virtual std::vector<Area> ListAreas(db::Transaction& tx, const ListScope& scope) = 0;

  virtual void Insert(db::Transaction& tx, const Organisation& organisation) = 0;
  virtual std::optional<Organisation> Find(db::Transaction& tx, const std::string& id) = 0;
  virtual std::optional<Organisation> FindByName(db::Transaction& tx, const std::string& name) = 0;
  /// Ordered by area then name, within the scope (organisation ids or area ids).
  virtual Page<Organisation> List(db::Transaction& tx, const ListScope& scope, const PageRequest& page) = 0;
};

}  // namespace alongside
