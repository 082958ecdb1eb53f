#include "core/accounts/user_admin_service.hpp"

#include "core/common/ids.hpp"
#include "core/common/text.hpp"

namespace alongside {

RecordScope ScopeOf(const User& user) {
  RecordScope scope;
  scope.owner_user_id = user.id;
  for (const auto& grant : user.grants) {
    if (!grant.organisation_id.empty()) scope.organisation_ids.push_back(grant.organisation_id);
    if (!grant.area_id.empty()) scope.area_ids.push_back(grant.area_id);
  }
  return scope;
}

Page<User> UserAdminService::List(const Actor& actor, const UserFilter& filter) {
  const auto scope = policy_.ScopeForList(actor, Resource::kUser);
  if (scope.denied) throw AccessRefused(Resource::kUser, Action::kList, "");
  UserFilter normalised = filter;
  normalised.query = Trim(filter.query);
  normalised.page = filter.page.Normalised();
  auto tx = database_.Begin();
  auto page = users_.List(*tx, normalised, scope);
  for (auto& user : page.items) user.password_hash.clear();
  audit_.Record(*tx, actor, "user.list", "user", "");
  tx->Commit();
  return page;
}

User UserAdminService::Get(const Actor& actor, const std::string& user_id) {
  auto tx = database_.Begin();
  auto user = IsUuid(user_id) ? users_.FindById(*tx, user_id) : std::nullopt;
  if (!user) throw NotFound("Person not found");
  policy_.Require(actor, Resource::kUser, Action::kRead, ScopeOf(*user), user_id);
  audit_.Record(*tx, actor, "user.read", "user", user_id);
  tx->Commit();
  user->password_hash.clear();
  return *user;
}

RoleGrant UserAdminService::CheckGrant(db::Transaction& tx, Validation& v, const std::string& role_code,
                                       const std::string& organisation_id) {
  RoleGrant grant;
  const auto role = RoleFromCode(role_code);
  if (!role) {
    v.Add("role", "Select a role");
    return grant;
  }
  grant.role = *role;
  if (organisation_id.empty()) {
    if (RoleNeedsOrganisation(*role)) v.Add("organisation_id", "Select the organisation this role is held in");
    return grant;
  }
  if (*role == Role::kMember) {
    v.Add("organisation_id", "A community member has no organisation: leave this empty");
    return grant;
  }
  auto organisation = IsUuid(organisation_id) ? organisations_.Find(tx, organisation_id) : std::nullopt;
  if (!organisation) {
    v.Add("organisation_id", "Select an organisation from the list");
    return grant;
  }
  grant.organisation_id = organisation->id;
  grant.organisation_name = organisation->name;
  grant.organisation_kind = std::string(OrganisationKindCode(organisation->kind));
  grant.area_id = organisation->area_id;
  return grant;
}

void UserAdminService::RequireOnGrant(const Actor& actor, Action action, const RoleGrant& grant,
                                      const std::string& user_id) {
  RecordScope scope;
  if (!grant.organisation_id.empty()) {
    scope.organisation_ids = {grant.organisation_id};
    scope.area_ids = {grant.area_id};
  }
  // A grant with no organisation (member, platform administrator) is platform-wide.
  policy_.Require(actor, Resource::kUser, action, scope, user_id);
}

User UserAdminService::Create(const Actor& actor, const NewUser& input) {
  if (!policy_.MayAtAll(actor, Resource::kUser, Action::kCreate))
    throw AccessRefused(Resource::kUser, Action::kCreate, "");
  User user;
  user.name = Trim(input.name);
  user.email = AsciiLower(Trim(input.email));
  Validation v;
  ValidatePersonName(v, "name", user.name, NameOf::kSomeoneElse);
  if (user.email.empty()) v.Add("email", "Enter an email address");
  else if (!LooksLikeEmail(user.email)) v.Add("email", "Enter an email address in the correct format, like name@example.com");
  if (!input.password.empty())
    if (auto problem = rules_.Check(input.password, user.email)) v.Add("password", *problem);

  auto tx = database_.Begin();
  RoleGrant grant = CheckGrant(*tx, v, input.role, Trim(input.organisation_id));
  if (!v.Has("email") && users_.FindByEmail(*tx, user.email))
    v.Add("email", "There is already an account with this email address");
  v.ThrowIfAny();
  RequireOnGrant(actor, Action::kCreate, grant, "");

  user.created_at = clock_.Now();
  user.id = NewId(user.created_at);
  if (!input.password.empty()) {
    user.password_hash = hasher_.Hash(input.password);
    user.email_verified_at = user.created_at;
  }
  try {
    users_.Insert(*tx, user);
  } catch (const db::UniqueViolation&) {
    throw Invalid("email", "There is already an account with this email address");
  }
  grant.id = NewId(user.created_at);
  users_.AddGrant(*tx, user.id, grant, user.created_at);
  user.grants.push_back(grant);
  if (input.password.empty()) accounts_.SendInvitation(*tx, user, actor.name);
  audit_.Record(*tx, actor, "user.create", "user", user.id);
  tx->Commit();
  user.password_hash.clear();
  return user;
}

void UserAdminService::GrantRole(const Actor& actor, const std::string& user_id, const std::string& role,
                                 const std::string& organisation_id) {
  auto tx = database_.Begin();
  auto user = IsUuid(user_id) ? users_.FindById(*tx, user_id) : std::nullopt;
  if (!user) throw NotFound("Person not found");
  policy_.Require(actor, Resource::kUser, Action::kUpdate, ScopeOf(*user), user_id);
  Validation v;
  RoleGrant grant = CheckGrant(*tx, v, role, Trim(organisation_id));
  v.ThrowIfAny();
  RequireOnGrant(actor, Action::kUpdate, grant, user_id);
  grant.id = NewId(clock_.Now());
  try {
    users_.AddGrant(*tx, user->id, grant, clock_.Now());
  } catch (const db::UniqueViolation&) {
    throw Invalid("role", "This person already has this role there");
  }
  audit_.Record(*tx, actor, "user.grant_role", "user", user_id);
  tx->Commit();
}

void UserAdminService::RevokeRole(const Actor& actor, const std::string& user_id, const std::string& grant_id) {
  auto tx = database_.Begin();
  auto user = IsUuid(user_id) ? users_.FindById(*tx, user_id) : std::nullopt;
  if (!user) throw NotFound("Person not found");
  const RoleGrant* found = nullptr;
  for (const auto& grant : user->grants)
    if (grant.id == grant_id) found = &grant;
  if (!found) throw NotFound("Role not found");
  RequireOnGrant(actor, Action::kUpdate, *found, user_id);
  if (user->id == actor.user_id && found->role == Role::kAdministrator)
    throw Invalid("grant_id", "You cannot remove your own administrator role");
  users_.RemoveGrant(*tx, user->id, grant_id);
  audit_.Record(*tx, actor, "user.revoke_role", "user", user_id);
  tx->Commit();
}

void UserAdminService::SetDisabled(const Actor& actor, const std::string& user_id, bool disabled) {
  auto tx = database_.Begin();
  auto user = IsUuid(user_id) ? users_.FindById(*tx, user_id) : std::nullopt;
  if (!user) throw NotFound("Person not found");
  policy_.Require(actor, Resource::kUser, Action::kUpdate, ScopeOf(*user), user_id);
  // Disabling signs a person out of every role, so the actor must reach every one of them:
  // an area's administrator cannot lock out someone who also works elsewhere.
  for (const auto& grant : user->grants) RequireOnGrant(actor, Action::kUpdate, grant, user_id);
  if (user->id == actor.user_id) throw Invalid("disabled", "You cannot disable your own account");
  const Millis now = clock_.Now();
  users_.SetDisabled(*tx, user->id, disabled ? std::optional<Millis>(now) : std::nullopt);
  if (disabled) sessions_.RevokeAllForUser(*tx, user->id, "", now);
  audit_.Record(*tx, actor, disabled ? "user.disable" : "user.enable", "user", user_id);
  tx->Commit();
}

}  // namespace alongside
