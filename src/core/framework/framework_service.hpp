#pragma once
/// An area's caregiving framework: the version in force, the earlier ones, and (for the
/// area's administrators) adapting it. Version 1 of every area is the edition shipped in
/// data/framework/, loaded the first time the area's framework is asked for, so a new area
/// needs no set-up. Reading needs Resource::kFramework (every worker of the area).
///
/// Other services that record something against the framework (a needs conversation) call
/// CurrentIn/VersionIn inside their own transaction and keep the version's id.

#include <optional>
#include <string>
#include <vector>

#include "core/access/policy.hpp"
#include "core/audit/audit_log.hpp"
#include "core/common/clock.hpp"
#include "core/families/family_access.hpp"
#include "core/framework/framework_adaptation.hpp"
#include "core/framework/framework_repository.hpp"
#include "core/framework/framework_tags.hpp"
#include "core/organisations/organisation_repository.hpp"

namespace alongside {

class FrameworkService {
 public:
  /// `shipped_document` is the text of data/framework/thriving-together.json; it is read and
  /// checked here, so a broken file stops the server at start-up.
  FrameworkService(db::Database& database, FrameworkRepository& versions, OrganisationRepository& organisations,
                   const FamilyAccess& family_access, const AccessPolicy& policy, AuditLog& audit, const Clock& clock,
                   std::string_view shipped_document);

  /// The area's version in force; loads the shipped edition as version 1 when the area has
  /// none yet. Call inside a write transaction (the first call writes).
  FrameworkVersion CurrentIn(db::Transaction& tx, const std::string& area_id);
  /// A version by id, as recorded on a needs conversation; nullopt when there is none.
  std::optional<FrameworkVersion> VersionIn(db::Transaction& tx, const std::string& version_id);

  /// For pages and the API: the area's version in force (kFramework read).
  FrameworkVersion Current(const Actor& actor, const std::string& area_id);
  /// Every version of the area, newest first (kFramework list).
  std::vector<FrameworkVersion> Versions(const Actor& actor, const std::string& area_id);
  /// One version (kFramework read, in its own area); NotFound otherwise.
  FrameworkVersion Version(const Actor& actor, const std::string& version_id);

  /// The areas whose framework the actor may read or adapt, by name: a worker's own area(s),
  /// every area for a platform administrator. Empty for anyone else.
  std::vector<Area> Areas(const Actor& actor);
  /// Whether the actor may adapt the area's framework (kFramework update).
  bool MayAdapt(const Actor& actor, const std::string& area_id) const;

  /// Saves `adaptation` as the area's next version (number + 1, based on the version in
  /// force) and audits "framework.adapt". Throws AccessRefused unless MayAdapt; Conflict
  /// when `based_on_id` is not the version in force (someone saved a newer one meanwhile);
  /// Invalid with a message per document path for anything CheckFramework or
  /// CheckAdaptation refuses.
  FrameworkVersion Adapt(const Actor& actor, const std::string& area_id, const FrameworkAdaptation& adaptation);

  /// The version in force in the area of a family the actor may read (kFamily read through
  /// the family gate): for tagging the family's contacts and goals, and for a parent's own
  /// page. Not audited: it reveals the area's framework, nothing about the family.
  FrameworkVersion ForFamily(const Actor& actor, const std::string& family_id);
  /// How many of a family's submitted contacts touched each domain, by their topics and the
  /// version in force ("Nurturing the relationship: 4 contacts"). kFamily read through the
  /// gate; audited as "contact.count_by_domain" (it reads what the contacts were about).
  std::vector<DomainCount> ContactsByDomain(const Actor& actor, const std::string& family_id);

  const Framework& shipped() const { return shipped_; }

 protected:
  /// Reading is kFramework read; whoever may adapt an area's framework may also read it (a
  /// platform administrator holds update without an area-scoped read).
  void RequireRead(const Actor& actor, const std::string& area_id, Action action, const std::string& record_id) const;
  /// CurrentIn without holding a write transaction when the area already has a version.
  FrameworkVersion InForce(const std::string& area_id);

  db::Database& database_;
  FrameworkRepository& versions_;
  OrganisationRepository& organisations_;
  const FamilyAccess& family_access_;
  const AccessPolicy& policy_;
  AuditLog& audit_;
  const Clock& clock_;
  Framework shipped_;
};

/// The record scope of an area's framework, for the policy.
RecordScope FrameworkScope(const std::string& area_id);

}  // namespace alongside
