#pragma once

#include "core/organisations/organisation_repository.hpp"

namespace alongside::storage {

class SqlOrganisationRepository final : public OrganisationRepository {
 public:
  void InsertArea(db::Transaction& tx, const Area& area) override;
  std::optional<Area> FindArea(db::Transaction& tx, const std::string& id) override;
  std::optional<Area> FindAreaByName(db::Transaction& tx, const std::string& name) override;
  std::vector<Area> ListAreas(db::Transaction& tx, const ListScope& scope) override;
  void Insert(db::Transaction& tx, const Organisation& organisation) override;
  std::optional<Organisation> Find(db::Transaction& tx, const std::string& id) override;
  std::optional<Organisation> FindByName(db::Transaction& tx, const std::string& name) override;
  Page<Organisation> List(db::Transaction& tx, const ListScope& scope, const PageRequest& page) override;
};

}  // namespace alongside::storage
