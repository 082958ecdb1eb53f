#pragma once
/// The one gate to a family's data for every service of family journeys (the record,
/// contacts, goals, care plans, tasks). It reads the few facts that decide scope, asks the
/// AccessPolicy, and audits: a refusal is thrown as AccessRefused (the pipeline audits it),
/// an unknown or malformed id as NotFound.
///
/// Consent: while the family's latest decision on support from the programme is not
/// "given", the peer supporter's caseload grant no longer reaches the record (withdrawal
/// takes effect at once), and no new work can be recorded by anyone (RequireWork).
/// Coordinators and practitioners of the organisation keep read access for record keeping.

#include <optional>
#include <string>
#include <vector>

#include "core/access/policy.hpp"
#include "core/audit/audit_log.hpp"
#include "core/families/family.hpp"
#include "db/database.hpp"

namespace alongside {

/// What decides who may reach one family.
struct FamilyScopeFacts {
  std::string family_id;
  std::string organisation_id;  ///< the programme holding the record
  std::string area_id;
  std::string supporter_user_id;             ///< empty when unassigned
  std::vector<std::string> linked_user_ids;  ///< caregivers' own parent accounts
  FamilyStatus status = FamilyStatus::kOpen;
  bool support_consent = false;
};

class FamilyScopeRepository {
 public:
  virtual ~FamilyScopeRepository() = default;
  virtual std::optional<FamilyScopeFacts> FindScope(db::Transaction& tx, const std::string& family_id) = 0;
};

/// The policy's view of one family for this actor: the parent "own" scope applies when the
/// actor is one of the linked caregivers.
RecordScope ScopeOfFamily(const FamilyScopeFacts& facts, const Actor& actor);

class FamilyAccess {
 public:
  FamilyAccess(FamilyScopeRepository& scopes, const AccessPolicy& policy, AuditLog& audit)
      : scopes_(scopes), policy_(policy), audit_(audit) {}

  /// Throws NotFound for an unknown or malformed id, AccessRefused when the policy refuses.
  /// Does not audit an allowed access: callers record what they read or changed, with the
  /// action name that says so ("family.read", "contact.create").
  FamilyScopeFacts Require(db::Transaction& tx, const Actor& actor, const std::string& family_id,
                           Resource resource, Action action) const;

  /// Require, and also that the family is open and agrees to support: otherwise throws
  /// Conflict with a message for the person ("Support is closed for this family...").
  FamilyScopeFacts RequireWork(db::Transaction& tx, const Actor& actor, const std::string& family_id,
                               Resource resource, Action action) const;

  /// Whether the actor may, without throwing (for showing a link or a section).
  bool Allows(const FamilyScopeFacts& facts, const Actor& actor, Resource resource, Action action) const;

  const AccessPolicy& policy() const { return policy_; }
  AuditLog& audit() const { return audit_; }

 private:
  FamilyScopeRepository& scopes_;
  const AccessPolicy& policy_;
  AuditLog& audit_;
};

}  // namespace alongside
