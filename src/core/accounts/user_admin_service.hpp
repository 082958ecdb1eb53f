#pragma once
/// Administrators manage people: accounts, roles in organisations, disabling an account.
/// Coordinators may look up the people of their own programme.

#include <string>

#include "core/accounts/account_service.hpp"
#include "core/organisations/organisation_repository.hpp"

namespace alongside {

struct NewUser {
  std::string name;
  std::string email;
  std::string role;             ///< RoleCode
  std::string organisation_id;  ///< empty for a member or a platform administrator
  std::string password;         ///< empty: email an invitation to choose one
};

class UserAdminService {
 public:
  UserAdminService(db::Database& database, UserRepository& users, SessionRepository& sessions,
                   OrganisationRepository& organisations, AccountService& accounts,
                   const AccessPolicy& policy, AuditLog& audit, const PasswordHasher& hasher,
                   const PasswordRules& rules, const Clock& clock)
      : database_(database), users_(users), sessions_(sessions), organisations_(organisations),
        accounts_(accounts), policy_(policy), audit_(audit), hasher_(hasher), rules_(rules), clock_(clock) {}

  Page<User> List(const Actor& actor, const UserFilter& filter);
  User Get(const Actor& actor, const std::string& user_id);
  /// Throws Invalid with a message at each bad field (a taken email is reported at the field).
  User Create(const Actor& actor, const NewUser& input);
  void GrantRole(const Actor& actor, const std::string& user_id, const std::string& role,
                 const std::string& organisation_id);
  void RevokeRole(const Actor& actor, const std::string& user_id, const std::string& grant_id);
  /// Disabling also signs the person out everywhere. Nobody may disable themself.
  void SetDisabled(const Actor& actor, const std::string& user_id, bool disabled);

 private:
  /// Validates a role and organisation pair and fills the grant; adds errors to `v`.
  RoleGrant CheckGrant(db::Transaction& tx, Validation& v, const std::string& role,
                       const std::string& organisation_id);
  void RequireOnGrant(const Actor& actor, Action action, const RoleGrant& grant, const std::string& user_id);
  db::Database& database_;
  UserRepository& users_;
  SessionRepository& sessions_;
  OrganisationRepository& organisations_;
  AccountService& accounts_;
  const AccessPolicy& policy_;
  AuditLog& audit_;
  const PasswordHasher& hasher_;
  const PasswordRules& rules_;
  const Clock& clock_;
};

/// Scope attributes of a person: every organisation and area they hold a role in.
RecordScope ScopeOf(const User& user);

}  // namespace alongside
