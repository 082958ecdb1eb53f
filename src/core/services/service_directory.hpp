#pragma once
/// The directory of services around families. Workers search their own area's entries
/// (internal notes included); an organisation keeps its own entries, reviews them and
/// archives those that close. The public directory needs no sign-in and shows only active
/// entries' public fields, one area at a time.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/audit/audit_log.hpp"
#include "core/common/page.hpp"
#include "core/organisations/organisation_repository.hpp"
#include "core/services/public_service.hpp"
#include "core/services/service_form.hpp"
#include "core/services/service_repository.hpp"

namespace alongside {

/// A directory search as typed: codes and a postcode or district; empty fields do not filter.
struct ServiceSearch {
  std::string area_id;  ///< empty: the person's own area (or the only one)
  std::string text;
  std::string level;
  std::string type;
  std::string postcode;  ///< "RV1 4AB" or "RV1"
  std::string need;
  std::string organisation_id;
  bool stale_only = false;
  bool include_archived = false;
};

/// A page of entries with the area it is from and today's UK date, for stale flags.
struct ServiceResults {
  Page<Service> page;
  std::string area_id;
  std::string today;  ///< 'YYYY-MM-DD'
};

struct PublicServiceResults {
  Page<PublicService> page;
  std::string area_id;
};

class ServiceDirectory {
 public:
  ServiceDirectory(db::Database& database, ServiceRepository& services, OrganisationRepository& organisations,
                   const AccessPolicy& policy, AuditLog& audit, const Clock& clock)
      : database_(database), services_(services), organisations_(organisations), policy_(policy), audit_(audit),
        clock_(clock) {}

  /// Adds an entry kept by `form.organisation_id` (or the person's one organisation that
  /// may keep entries). Throws Invalid with a message per field.
  Service Create(const Actor& actor, const ServiceForm& form);
  /// Throws Conflict when someone saved the entry after `expected_version` was read.
  Service Update(const Actor& actor, const std::string& id, const ServiceForm& form, int expected_version);
  Service Archive(const Actor& actor, const std::string& id);
  Service Restore(const Actor& actor, const std::string& id);
  /// Sets the review date a year on from today.
  Service MarkReviewed(const Actor& actor, const std::string& id);

  Service Find(const Actor& actor, const std::string& id);
  /// Throws Invalid{postcode} for a postcode that is neither a postcode nor a district.
  ServiceResults Search(const Actor& actor, const ServiceSearch& search, const PageRequest& page);
  /// The areas whose directory the person may read.
  std::vector<Area> Areas(const Actor& actor);
  /// Organisations in which the person may add entries.
  std::vector<Organisation> KeepingOrganisations(const Actor& actor);
  bool MayEdit(const Actor& actor, const Service& service) const;

  /// No sign-in: active entries of one area, public fields only.
  PublicServiceResults PublicSearch(const ServiceSearch& search, const PageRequest& page);
  /// NotFound for archived entries too.
  PublicService PublicFind(const std::string& id);
  std::vector<Area> PublicAreas();

  /// Today's date in the UK, 'YYYY-MM-DD'.
  std::string Today() const;

 private:
  Service Load(db::Transaction& tx, const std::string& id);
  Service Save(const Actor& actor, const std::string& id, std::string_view audit_action,
               const std::function<void(Service&)>& change, std::optional<int> expected_version);
  ServiceQuery QueryOf(const ServiceSearch& search) const;
  db::Database& database_;
  ServiceRepository& services_;
  OrganisationRepository& organisations_;
  const AccessPolicy& policy_;
  AuditLog& audit_;
  const Clock& clock_;
};

/// Scope attributes for reading (area) and keeping (organisation) an entry.
RecordScope ScopeOf(const Service& service);

}  // namespace alongside
