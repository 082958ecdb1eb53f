#pragma once
/// Areas and organisations: created and listed by administrators, read by their members.

#include <string>

#include "core/audit/audit_log.hpp"
#include "core/organisations/organisation_repository.hpp"

namespace alongside {

struct NewOrganisation {
  std::string area_id;
  std::string name;
  std::string kind;  ///< OrganisationKindCode, as typed in a form
};

class OrganisationService {
 public:
  OrganisationService(db::Database& database, OrganisationRepository& organisations,
                      const AccessPolicy& policy, AuditLog& audit, const Clock& clock)
      : database_(database), organisations_(organisations), policy_(policy), audit_(audit), clock_(clock) {}

  /// Throws Invalid{name} for an empty or over-long name, Conflict when it exists.
  Area CreateArea(const Actor& actor, const std::string& name);
  std::vector<Area> ListAreas(const Actor& actor);

  /// Throws Invalid with a message for each bad field.
  Organisation Create(const Actor& actor, const NewOrganisation& input);
  Organisation Get(const Actor& actor, const std::string& id);
  Page<Organisation> List(const Actor& actor, const PageRequest& page);

 private:
  db::Database& database_;
  OrganisationRepository& organisations_;
  const AccessPolicy& policy_;
  AuditLog& audit_;
  const Clock& clock_;
};

/// Scope attributes of an organisation record.
RecordScope ScopeOf(const Organisation& organisation);

}  // namespace alongside
