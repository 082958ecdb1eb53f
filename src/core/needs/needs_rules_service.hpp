#pragma once
/// An area's level rules: the shipped default (data/needs/level-rules.json) until the area's
/// administrators save their own, each save a new numbered version. Reading needs
/// Resource::kFramework read (every worker of the area), saving kFramework create (the area's
/// administrators and platform administrators), as the rules belong with the framework.

#include <string>

#include "core/access/policy.hpp"
#include "core/audit/audit_log.hpp"
#include "core/common/clock.hpp"
#include "core/framework/framework_service.hpp"
#include "core/needs/needs_repository.hpp"

namespace alongside {

class NeedsRulesService {
 public:
  /// The shipped document is checked here against the shipped framework's pressures, so a
  /// broken file stops the server at start-up.
  NeedsRulesService(db::Database& database, NeedsRulesRepository& versions, FrameworkService& framework,
                    const AccessPolicy& policy, AuditLog& audit, const Clock& clock, std::string shipped_document);

  /// The rules in force in the area, inside the caller's transaction.
  NeedsRulesVersion InForceIn(db::Transaction& tx, const std::string& area_id);
  /// For the administrators' page and the API (kFramework read).
  NeedsRulesVersion Current(const Actor& actor, const std::string& area_id);
  /// Checks the document against the area's framework and saves it as the next version.
  /// Throws Invalid at "document" (each message naming the rule) or "note".
  NeedsRulesVersion Save(const Actor& actor, const std::string& area_id, const std::string& document,
                         const std::string& note);
  bool MayChange(const Actor& actor, const std::string& area_id) const;

 private:
  NeedsRulesVersion Shipped(const std::string& area_id) const;

  db::Database& database_;
  NeedsRulesRepository& versions_;
  FrameworkService& framework_;
  const AccessPolicy& policy_;
  AuditLog& audit_;
  const Clock& clock_;
  std::string shipped_document_;
  LevelRules shipped_;
};

}  // namespace alongside
