#include "core/access/role.hpp"

#include <array>
#include <utility>

namespace alongside {
namespace {

struct RoleInfo {
  Role role;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<RoleInfo, 7> kRoles{{
    {Role::kParent, "parent", "Parent or carer"},
    {Role::kPeerSupporter, "peer_supporter", "Peer supporter"},
    {Role::kCoordinator, "coordinator", "Coordinator"},
    {Role::kPractitioner, "practitioner", "Practitioner"},
    {Role::kCommissioner, "commissioner", "Commissioner"},
    {Role::kAdministrator, "administrator", "Administrator"},
    {Role::kMember, "member", "Community member"},
}};

struct KindInfo {
  OrganisationKind kind;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<KindInfo, 6> kKinds{{
    {OrganisationKind::kPeerSupportProgramme, "peer_support_programme", "Peer support programme"},
    {OrganisationKind::kUniversalService, "universal_service", "Universal service"},
    {OrganisationKind::kTargetedService, "targeted_service", "Targeted service"},
    {OrganisationKind::kSpecialistService, "specialist_service", "Specialist service"},
    {OrganisationKind::kChildrensSocialCare, "childrens_social_care", "Children's social care"},
    {OrganisationKind::kCommissioner, "commissioner", "Commissioner"},
}};

}  // namespace

std::string_view RoleCode(Role role) {
  for (const auto& r : kRoles)
    if (r.role == role) return r.code;
  return "";
}

std::optional<Role> RoleFromCode(std::string_view code) {
  for (const auto& r : kRoles)
    if (r.code == code) return r.role;
  return std::nullopt;
}

std::string_view RoleLabel(Role role) {
  for (const auto& r : kRoles)
    if (r.role == role) return r.label;
  return "";
}

const std::vector<Role>& AllRoles() {
  static const std::vector<Role> roles = [] {
    std::vector<Role> out;
    for (const auto& r : kRoles) out.push_back(r.role);
    return out;
  }();
  return roles;
}

std::string_view OrganisationKindCode(OrganisationKind kind) {
  for (const auto& k : kKinds)
    if (k.kind == kind) return k.code;
  return "";
}

std::optional<OrganisationKind> OrganisationKindFromCode(std::string_view code) {
  for (const auto& k : kKinds)
    if (k.code == code) return k.kind;
  return std::nullopt;
}

std::string_view OrganisationKindLabel(OrganisationKind kind) {
  for (const auto& k : kKinds)
    if (k.kind == kind) return k.label;
  return "";
}

const std::vector<OrganisationKind>& AllOrganisationKinds() {
  static const std::vector<OrganisationKind> kinds = [] {
    std::vector<OrganisationKind> out;
    for (const auto& k : kKinds) out.push_back(k.kind);
    return out;
  }();
  return kinds;
}

bool RoleNeedsOrganisation(Role role) {
  return role != Role::kMember && role != Role::kAdministrator;
}

}  // namespace alongside
