#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/common/page.hpp"
#include "core/services/service.hpp"
#include "db/database.hpp"

namespace alongside {

/// What a directory search asks for. Empty fields do not filter.
struct ServiceQuery {
  std::string area_id;          ///< required: the directory is per area
  std::string text;             ///< words in the name, summary or type
  std::optional<ServiceLevel> level;
  std::optional<ServiceType> type;
  std::string postcode_district;  ///< "RV1": services covering it (or covering everywhere)
  std::string need;               ///< a need code the service is for
  std::string organisation_id;    ///< one organisation's own entries
  bool include_archived = false;
  bool stale_only = false;        ///< review_due before `today`
  std::string today;              ///< 'YYYY-MM-DD', for stale_only
};

/// Services and their coverage and needs. Reads fill organisation_name, needs and coverage.
class ServiceRepository {
 public:
  virtual ~ServiceRepository() = default;
  virtual void Insert(db::Transaction& tx, const Service& service) = 0;
  /// Writes every field and replaces needs and coverage; returns false when `expected_version`
  /// is no longer the stored one (someone else saved first).
  virtual bool Update(db::Transaction& tx, const Service& service, int expected_version) = 0;
  virtual std::optional<Service> Find(db::Transaction& tx, const std::string& id) = 0;
  /// Ordered by level, then name.
  virtual Page<Service> Search(db::Transaction& tx, const ServiceQuery& query, const PageRequest& page) = 0;
};

}  // namespace alongside
