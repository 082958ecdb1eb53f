#include "core/access/policy.hpp"

#include <algorithm>

namespace alongside {
namespace {

bool Contains(const std::vector<std::string>& values, const std::string& value) {
  return !value.empty() && std::find(values.begin(), values.end(), value) != values.end();
}

void AddUnique(std::vector<std::string>& values, const std::string& value) {
  if (!value.empty() && !Contains(values, value)) values.push_back(value);
}

void AddFamilyPermissions(std::vector<Permission>& p);
void AddPathwayPermissions(std::vector<Permission>& p);
void AddFrameworkPermissions(std::vector<Permission>& p);
void AddProgrammePermissions(std::vector<Permission>& p);

/// Every permission the platform grants. Anything not listed is refused.
std::vector<Permission> BuiltInPermissions() {
  std::vector<Permission> p;
  for (Role role : AllRoles()) {
    for (Action action : {Action::kRead, Action::kUpdate})
      p.push_back({role, Resource::kOwnAccount, action, Scope::kOwn});
  }
  // Platform administrators (no organisation) configure everything.
  for (Resource resource : {Resource::kUser, Resource::kOrganisation, Resource::kArea, Resource::kAuditLog}) {
    for (Action action : {Action::kRead, Action::kList, Action::kCreate, Action::kUpdate, Action::kDelete}) {
      if (resource == Resource::kAuditLog && action != Action::kRead && action != Action::kList) continue;
      p.push_back({Role::kAdministrator, resource, action, Scope::kAll});
    }
  }
  // An administrator held within an organisation administers that organisation's area.
  for (Action action : {Action::kRead, Action::kList, Action::kCreate, Action::kUpdate})
    for (Resource resource : {Resource::kUser, Resource::kOrganisation})
      p.push_back({Role::kAdministrator, resource, action, Scope::kArea, true});
  p.push_back({Role::kAdministrator, Resource::kAuditLog, Action::kList, Scope::kArea, true});
  p.push_back({Role::kAdministrator, Resource::kArea, Action::kRead, Scope::kArea, true});
  // Coordinators see who works in their programme.
  for (Action action : {Action::kRead, Action::kList})
    p.push_back({Role::kCoordinator, Resource::kUser, action, Scope::kOrganisation, true});
  // Everyone with an organisation may see their own organisation's entry.
  for (Role role : AllRoles())
    p.push_back({role, Resource::kOrganisation, Action::kRead, Scope::kOrganisation, true});
  AddFamilyPermissions(p);
  AddPathwayPermissions(p);
  AddFrameworkPermissions(p);
  AddProgrammePermissions(p);
  return p;
}

/// Who may see and change a family's record. Peer supporters reach only the families
/// assigned to them; coordinators and practitioners their own organisation's families
/// (families reached through referrals come with the pathways capability); a parent only
/// their own family, and never its sensitive parts, so a disclosure never reaches a partner.
/// Administrators and commissioners configure and count; they do not read case records.
void AddFamilyPermissions(std::vector<Permission>& p) {
  const Action all[] = {Action::kRead, Action::kList, Action::kCreate, Action::kUpdate};
  for (Role role : {Role::kCoordinator, Role::kPractitioner}) {
    for (Action action : all) p.push_back({role, Resource::kFamily, action, Scope::kOrganisation, true});
    for (Action action : {Action::kRead, Action::kCreate, Action::kUpdate})
      p.push_back({role, Resource::kFamilySensitive, action, Scope::kOrganisation, true});
  }
  for (Action action : {Action::kRead, Action::kList, Action::kUpdate})
    p.push_back({Role::kPeerSupporter, Resource::kFamily, action, Scope::kCaseload, true});
  // A supporter may record a family they meet; the service assigns it to them.
  p.push_back({Role::kPeerSupporter, Resource::kFamily, Action::kCreate, Scope::kOrganisation, true});
  for (Action action : {Action::kRead, Action::kCreate})
    p.push_back({Role::kPeerSupporter, Resource::kFamilySensitive, action, Scope::kCaseload, true});
  for (Action action : {Action::kRead, Action::kList})
    p.push_back({Role::kParent, Resource::kFamily, action, Scope::kOwn});
}

/// The directory and referrals. Every worker reads the directory of their own area; an
/// organisation keeps its own entries (platform administrators any). A referral is tied to
/// both the referring and the receiving organisation, and to the family's supporter and
/// the referrer (caseload), so each side sees it; what the receiving side may see of the
/// family is decided by the referral service from what was shared and the consent in force.
void AddPathwayPermissions(std::vector<Permission>& p) {
  for (Role role : {Role::kCoordinator, Role::kPractitioner, Role::kPeerSupporter, Role::kAdministrator,
                    Role::kCommissioner})
    for (Action action : {Action::kRead, Action::kList})
      p.push_back({role, Resource::kService, action, Scope::kArea, true});
  for (Role role : {Role::kCoordinator, Role::kPractitioner, Role::kAdministrator})
    for (Action action : {Action::kCreate, Action::kUpdate})
      p.push_back({role, Resource::kService, action, Scope::kOrganisation, true});
  for (Action action : {Action::kRead, Action::kList, Action::kCreate, Action::kUpdate}) {
    p.push_back({Role::kAdministrator, Resource::kService, action, Scope::kAll});
    for (Role role : {Role::kCoordinator, Role::kPractitioner})
      p.push_back({role, Resource::kReferral, action, Scope::kOrganisation, true});
    p.push_back({Role::kPeerSupporter, Resource::kReferral, action, Scope::kCaseload, true});
  }
}

/// The caregiving framework, questionnaire definitions and programme settings. Every worker of
/// an area reads the area's framework and questionnaires (record area_ids = {area}); the area's
/// administrators adapt them, which makes a new version. A programme's coordinator keeps the
/// programme's settings (record organisation_ids = {programme}); its workers read them.
/// Answers to questionnaires are a family's sensitive data and go through the family gate.
void AddFrameworkPermissions(std::vector<Permission>& p) {
  for (Role role : {Role::kCoordinator, Role::kPractitioner, Role::kPeerSupporter, Role::kAdministrator,
                    Role::kCommissioner})
    for (Action action : {Action::kRead, Action::kList})
      for (Resource resource : {Resource::kFramework, Resource::kQuestionnaire})
        p.push_back({role, resource, action, Scope::kArea, true});
  for (Action action : {Action::kCreate, Action::kUpdate})
    for (Resource resource : {Resource::kFramework, Resource::kQuestionnaire}) {
      p.push_back({Role::kAdministrator, resource, action, Scope::kArea, true});
      p.push_back({Role::kAdministrator, resource, action, Scope::kAll});
    }
  for (Role role : {Role::kCoordinator, Role::kPractitioner, Role::kPeerSupporter})
    p.push_back({role, Resource::kProgrammeSettings, Action::kRead, Scope::kOrganisation, true});
  for (Action action : {Action::kCreate, Action::kUpdate})
    p.push_back({Role::kCoordinator, Resource::kProgrammeSettings, action, Scope::kOrganisation, true});
  for (Action action : {Action::kRead, Action::kCreate, Action::kUpdate})
    p.push_back({Role::kAdministrator, Resource::kProgrammeSettings, action, Scope::kArea, true});
}

/// The peer support programme (core/programme/programme_access.hpp): a coordinator runs
/// their programme's volunteers; a volunteer (a peer supporter) reads their own record and
/// logs their own availability, time and expenses; a reflective supervision note is for the
/// supervisor and the supervisee only (a caseload of two), whatever else either may do.
void AddProgrammePermissions(std::vector<Permission>& p) {
  for (Action action : {Action::kRead, Action::kList, Action::kCreate, Action::kUpdate})
    for (Resource resource : {Resource::kVolunteer, Resource::kVolunteerActivity})
      p.push_back({Role::kCoordinator, resource, action, Scope::kOrganisation, true});
  for (Action action : {Action::kRead, Action::kList})
    p.push_back({Role::kPeerSupporter, Resource::kVolunteer, action, Scope::kOwn, true});
  for (Action action : {Action::kRead, Action::kList, Action::kCreate, Action::kUpdate})
    p.push_back({Role::kPeerSupporter, Resource::kVolunteerActivity, action, Scope::kOwn, true});
  for (Role role : {Role::kCoordinator, Role::kPeerSupporter})
    for (Action action : {Action::kRead, Action::kCreate, Action::kUpdate})
      p.push_back({role, Resource::kSupervisionNote, action, Scope::kCaseload, true});
}

/// Whether one of the actor's role grants is the one a permission speaks of. A permission
/// with scope kAll belongs to platform-level grants (no organisation) only.
bool GrantApplies(const Permission& permission, const RoleGrant& grant) {
  if (grant.role != permission.role) return false;
  const bool has_org = !grant.organisation_id.empty();
  if (permission.needs_organisation && !has_org) return false;
  if (permission.scope == Scope::kAll && has_org) return false;
  return true;
}

}  // namespace

std::string_view ResourceCode(Resource resource) {
  switch (resource) {
    case Resource::kOwnAccount: return "own_account";
    case Resource::kUser: return "user";
    case Resource::kOrganisation: return "organisation";
    case Resource::kArea: return "area";
    case Resource::kAuditLog: return "audit_log";
    case Resource::kFamily: return "family";
    case Resource::kFamilySensitive: return "family_sensitive";
    case Resource::kService: return "service";
    case Resource::kReferral: return "referral";
    case Resource::kFramework: return "framework";
    case Resource::kQuestionnaire: return "questionnaire";
    case Resource::kProgrammeSettings: return "programme_settings";
    case Resource::kVolunteer: return "volunteer";
    case Resource::kVolunteerActivity: return "volunteer_activity";
    case Resource::kSupervisionNote: return "supervision_note";
  }
  return "unknown";
}

std::string_view ActionCode(Action action) {
  switch (action) {
    case Action::kRead: return "read";
    case Action::kList: return "list";
    case Action::kCreate: return "create";
    case Action::kUpdate: return "update";
    case Action::kDelete: return "delete";
  }
  return "unknown";
}

AccessPolicy::AccessPolicy() : AccessPolicy(BuiltInPermissions()) {}

AccessPolicy::AccessPolicy(std::vector<Permission> permissions) : permissions_(std::move(permissions)) {}

bool AccessPolicy::GrantReaches(const Actor& actor, const RoleGrant& grant, Scope scope,
                                const RecordScope& record) const {
  switch (scope) {
    case Scope::kAll: return true;
    case Scope::kOwn: return !actor.user_id.empty() && record.owner_user_id == actor.user_id;
    case Scope::kCaseload: return Contains(record.caseload_user_ids, actor.user_id);
    case Scope::kOrganisation: return Contains(record.organisation_ids, grant.organisation_id);
    case Scope::kArea: return Contains(record.area_ids, grant.area_id);
  }
  return false;
}

bool AccessPolicy::Allows(const Actor& actor, Resource resource, Action action,
                          const RecordScope& record) const {
  if (actor.user_id.empty()) return false;
  for (const auto& permission : permissions_) {
    if (permission.resource != resource || permission.action != action) continue;
    for (const auto& grant : actor.grants) {
      if (!GrantApplies(permission, grant)) continue;
      if (GrantReaches(actor, grant, permission.scope, record)) return true;
    }
  }
  return false;
}

void AccessPolicy::Require(const Actor& actor, Resource resource, Action action,
                           const RecordScope& record, const std::string& record_id) const {
  if (!Allows(actor, resource, action, record)) throw AccessRefused(resource, action, record_id);
}

bool AccessPolicy::MayAtAll(const Actor& actor, Resource resource, Action action) const {
  if (actor.user_id.empty()) return false;
  for (const auto& permission : permissions_) {
    if (permission.resource != resource || permission.action != action) continue;
    for (const auto& grant : actor.grants) {
      if (GrantApplies(permission, grant)) return true;
    }
  }
  return false;
}

ListScope AccessPolicy::ScopeForList(const Actor& actor, Resource resource) const {
  ListScope scope;
  if (actor.user_id.empty()) return scope;
  for (const auto& permission : permissions_) {
    if (permission.resource != resource || permission.action != Action::kList) continue;
    for (const auto& grant : actor.grants) {
      if (!GrantApplies(permission, grant)) continue;
      scope.denied = false;
      switch (permission.scope) {
        case Scope::kAll: scope.all = true; break;
        case Scope::kOwn: scope.own_user_id = actor.user_id; break;
        case Scope::kCaseload: scope.caseload_user_id = actor.user_id; break;
        case Scope::kOrganisation: AddUnique(scope.organisation_ids, grant.organisation_id); break;
        case Scope::kArea: AddUnique(scope.area_ids, grant.area_id); break;
      }
    }
  }
  return scope;
}

}  // namespace alongside
