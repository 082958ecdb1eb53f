#pragma once
/// Every repository and service of the application, built once in dependency order.
/// The server, the commands and the service tests all use this one wiring, so what is
/// tested is what runs; only the clock and the password list differ in tests.

#include "core/accounts/account_settings.hpp"
#include "core/accounts/password.hpp"
#include "core/common/clock.hpp"
#include "core/services.hpp"
#include "db/database.hpp"
#include "storage/accounts/sql_session_repositories.hpp"
#include "storage/accounts/sql_user_repository.hpp"
#include "storage/audit/sql_audit_repository.hpp"
#include "storage/families/sql_family_scope_repository.hpp"
#include "storage/mail/sql_outbox_repository.hpp"
#include "storage/organisations/sql_organisation_repository.hpp"

namespace alongside::app {

struct Wiring {
  const Clock& clock;  ///< must outlive the wiring
  AccessPolicy policy;
  PasswordHasher hasher;
  PasswordRules rules;
  AccountSettings settings;

  storage::SqlUserRepository users;
  storage::SqlSessionRepository sessions;
  storage::SqlEmailTokenRepository tokens;
  storage::SqlSignInThrottleRepository throttle;
  storage::SqlOrganisationRepository organisations;
  storage::SqlAuditRepository audit_entries;
  storage::SqlOutboxRepository outbox;
  storage::SqlFamilyScopeRepository family_scopes;

  AuditLog audit;
  SessionService session_service;
  AccountService account_service;
  UserAdminService user_admin;
  OrganisationService organisation_service;
  FamilyAccess family_access;
  Services services;

  Wiring(db::Database& database, const Clock& time, PasswordRules loaded_rules, AccountSettings account_settings)
      : clock(time),
        rules(std::move(loaded_rules)),
        settings(std::move(account_settings)),
        audit(database, audit_entries, policy, clock),
        session_service(database, users, sessions, throttle, audit, hasher, clock, settings),
        account_service(database, users, sessions, tokens, outbox, audit, hasher, rules, clock, settings),
        user_admin(database, users, sessions, organisations, account_service, policy, audit, hasher, rules, clock),
        organisation_service(database, organisations, policy, audit, clock),
        family_access(family_scopes, policy, audit),
        services{policy, audit, session_service, account_service, user_admin, organisation_service,
                 family_access} {}
};

}  // namespace alongside::app
