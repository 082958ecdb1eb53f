#pragma once
/// The services that handlers call, built once by the composition root (app/).

#include "core/accounts/account_service.hpp"
#include "core/accounts/session_service.hpp"
#include "core/accounts/user_admin_service.hpp"
#include "core/audit/audit_log.hpp"
#include "core/families/family_access.hpp"
#include "core/organisations/organisation_service.hpp"

namespace alongside {

struct Services {
  const AccessPolicy& policy;
  AuditLog& audit;
  SessionService& sessions;
  AccountService& accounts;
  UserAdminService& users;
  OrganisationService& organisations;
  FamilyAccess& family_access;
};

}  // namespace alongside
