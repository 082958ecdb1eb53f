#pragma once
/// The roles a person can hold, and the kinds of organisation they hold them in.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alongside {

enum class Role {
  kParent,         ///< a parent or carer, linked to their own family
  kPeerSupporter,  ///< a Community Parent, volunteer or paid
  kCoordinator,    ///< runs a peer support programme
  kPractitioner,   ///< midwife, health visitor, family hub, specialist team, social care
  kCommissioner,   ///< sees aggregated figures for their area
  kAdministrator,  ///< configuration; with no organisation, the whole platform
  kMember,         ///< a community member with no organisation
};

enum class OrganisationKind {
  kPeerSupportProgramme,
  kUniversalService,
  kTargetedService,
  kSpecialistService,
  kChildrensSocialCare,
  kCommissioner,
};

/// Stable codes stored in the database and used in the API ("peer_supporter").
std::string_view RoleCode(Role role);
std::optional<Role> RoleFromCode(std::string_view code);
/// Words for people ("Peer supporter").
std::string_view RoleLabel(Role role);
const std::vector<Role>& AllRoles();

std::string_view OrganisationKindCode(OrganisationKind kind);
std::optional<OrganisationKind> OrganisationKindFromCode(std::string_view code);
std::string_view OrganisationKindLabel(OrganisationKind kind);
const std::vector<OrganisationKind>& AllOrganisationKinds();

/// Whether a role must be held within an organisation. Members never are; an
/// administrator without one administers the whole platform.
bool RoleNeedsOrganisation(Role role);

}  // namespace alongside
