#pragma once
/// The one gate to a programme's volunteer records, for every service of the peer support
/// programme (journey, training, supervision, matching, hours, expenses). It finds the
/// volunteer, asks the AccessPolicy with the volunteer's scope, and lets AccessRefused
/// through for the pipeline to audit; an unknown or malformed id is NotFound.
///
/// Scope of a volunteer record: the programme (a coordinator's organisation grant) and the
/// volunteer themself (owner: the linked account). Three resources split what each may do:
///   kVolunteer          the record, journey, pathway, training, supervision sessions:
///                       the coordinator writes, the volunteer reads their own;
///   kVolunteerActivity  what a volunteer logs themself (availability, time, expense
///                       claims, accepting a match): both the volunteer and the coordinator;
///   kSupervisionNote    the reflective note of a supervision: only the supervisor and the
///                       supervisee (ScopeOfSupervisionNote), never the rest of the programme.

#include <optional>
#include <string>
#include <vector>

#include "core/access/policy.hpp"
#include "core/audit/audit_log.hpp"
#include "core/programme/volunteer_repository.hpp"

namespace alongside {

RecordScope ScopeOfVolunteer(const Volunteer& volunteer);
/// The reflective note's scope: the supervisor's and the supervisee's accounts, as a
/// caseload of two (supervisee_user_id may be empty when the volunteer has no account).
RecordScope ScopeOfSupervisionNote(const std::string& supervisor_user_id, const std::string& supervisee_user_id);

class ProgrammeAccess {
 public:
  ProgrammeAccess(VolunteerRepository& volunteers, const AccessPolicy& policy, AuditLog& audit)
      : volunteers_(volunteers), policy_(policy), audit_(audit) {}

  /// Throws NotFound for an unknown or malformed id, AccessRefused when the policy refuses.
  /// Does not audit an allowed access: callers record what they read or changed
  /// ("volunteer.read", "supervision.create") against record type "volunteer".
  Volunteer Require(db::Transaction& tx, const Actor& actor, const std::string& volunteer_id, Resource resource,
                    Action action) const;
  bool Allows(const Volunteer& volunteer, const Actor& actor, Resource resource, Action action) const;

  /// Throws AccessRefused unless the actor may do this to records of the programme as a
  /// whole (a coordinator of it): creating a volunteer, the dashboard, programme lists.
  void RequireProgramme(const Actor& actor, const std::string& organisation_id, Resource resource,
                        Action action) const;
  /// The peer support programmes the actor reaches as a whole for this resource and action,
  /// in the order of their grants; empty for a volunteer or anyone outside a programme.
  std::vector<std::string> Programmes(const Actor& actor, Resource resource, Action action) const;
  /// The volunteer records linked to the actor's own account.
  std::vector<Volunteer> OwnRecords(db::Transaction& tx, const Actor& actor) const;

  const AccessPolicy& policy() const { return policy_; }
  AuditLog& audit() const { return audit_; }
  VolunteerRepository& volunteers() const { return volunteers_; }

 private:
  VolunteerRepository& volunteers_;
  const AccessPolicy& policy_;
  AuditLog& audit_;
};

}  // namespace alongside
