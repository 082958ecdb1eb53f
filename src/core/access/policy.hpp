#pragma once
/// The one access policy: deny by default; an action is allowed when one of the actor's
/// roles grants it on that kind of record (role permission) AND the record lies within
/// that grant's scope (record scope). List queries ask for a ListScope and apply the same
/// rule in SQL, so a list never shows what a detail page would refuse.

#include <string>
#include <string_view>
#include <vector>

#include "core/access/actor.hpp"
#include "core/common/errors.hpp"

namespace alongside {

enum class Resource {
  kOwnAccount,    ///< a person's own sign-in, password, sessions
  kUser,          ///< other people's accounts and roles
  kOrganisation,
  kArea,
  kAuditLog,
  kFamily,           ///< a family's record: caregivers, babies, contacts, goals, plan
  kFamilySensitive,  ///< adversities and safeguarding notes: need to know, never a family member
  kService,          ///< an entry in the directory of services
  kReferral,         ///< a referral of a family to a service: the referring and receiving sides
  kFramework,        ///< an area's caregiving framework and its needs rules: read by its workers, adapted by its administrators
  kQuestionnaire,    ///< an area's questionnaire definitions (not anyone's answers: those are kFamilySensitive)
  kProgrammeSettings,  ///< a programme's own settings: outcome areas and the points they are scored at
  kVolunteer,          ///< a volunteer's record, journey, pathway, training and supervision sessions
  kVolunteerActivity,  ///< what a volunteer logs themself: availability, time given, expenses, accepting a match
  kSupervisionNote,    ///< the reflective note of a supervision: supervisor and supervisee only
};

enum class Action { kRead, kList, kCreate, kUpdate, kDelete };

/// How far a grant reaches, narrowest first.
enum class Scope {
  kOwn,           ///< records about the actor themself
  kCaseload,      ///< records assigned to the actor
  kOrganisation,  ///< records of the organisation the role is held in
  kArea,          ///< records of that organisation's area
  kAll,           ///< everything (platform administrators)
};

std::string_view ResourceCode(Resource resource);
std::string_view ActionCode(Action action);

/// What a record is tied to, as far as scope is concerned.
struct RecordScope {
  std::string owner_user_id;
  std::vector<std::string> organisation_ids;
  std::vector<std::string> area_ids;
  std::vector<std::string> caseload_user_ids;
};

/// The scope of a list query: the union of every grant's reach. `denied` means
/// the actor may list none; `all` means no restriction.
struct ListScope {
  bool denied = true;
  bool all = false;
  std::string own_user_id;                    ///< non-empty: rows owned by this user
  std::string caseload_user_id;               ///< non-empty: rows assigned to this user
  std::vector<std::string> organisation_ids;  ///< rows of these organisations
  std::vector<std::string> area_ids;          ///< rows of these areas
};

struct Permission {
  Role role;
  Resource resource;
  Action action;
  Scope scope;
  bool needs_organisation = false;  ///< the grant counts only when held in an organisation
};

/// Thrown when the policy refuses; carries what was refused so the refusal can be
/// audited after the service's transaction has rolled back.
class AccessRefused : public Forbidden {
 public:
  AccessRefused(Resource resource, Action action, std::string record_id)
      : Forbidden(), resource_(resource), action_(action), record_id_(std::move(record_id)) {}
  Resource resource() const { return resource_; }
  Action action() const { return action_; }
  const std::string& record_id() const { return record_id_; }

 private:
  Resource resource_;
  Action action_;
  std::string record_id_;
};

class AccessPolicy {
 public:
  /// The built-in permission table (see policy.cpp).
  AccessPolicy();
  explicit AccessPolicy(std::vector<Permission> permissions);

  bool Allows(const Actor& actor, Resource resource, Action action, const RecordScope& record) const;
  /// Throws AccessRefused unless Allows.
  void Require(const Actor& actor, Resource resource, Action action, const RecordScope& record,
               const std::string& record_id = {}) const;
  /// Whether the role permits the action at all, before any record is known
  /// (for showing a link or a button, and for create forms).
  bool MayAtAll(const Actor& actor, Resource resource, Action action) const;
  ListScope ScopeForList(const Actor& actor, Resource resource) const;

 private:
  bool GrantReaches(const Actor& actor, const RoleGrant& grant, Scope scope,
                    const RecordScope& record) const;
  std::vector<Permission> permissions_;
};

}  // namespace alongside
