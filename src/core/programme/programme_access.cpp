#include "core/programme/programme_access.hpp"

#include <algorithm>

#include "core/common/ids.hpp"

namespace alongside {

RecordScope ScopeOfVolunteer(const Volunteer& volunteer) {
  RecordScope scope;
  scope.organisation_ids = {volunteer.organisation_id};
  if (!volunteer.area_id.empty()) scope.area_ids = {volunteer.area_id};
  scope.owner_user_id = volunteer.user_id;
  return scope;
}

RecordScope ScopeOfSupervisionNote(const std::string& supervisor_user_id, const std::string& supervisee_user_id) {
  RecordScope scope;
  if (!supervisor_user_id.empty()) scope.caseload_user_ids.push_back(supervisor_user_id);
  if (!supervisee_user_id.empty()) scope.caseload_user_ids.push_back(supervisee_user_id);
  return scope;
}

Volunteer ProgrammeAccess::Require(db::Transaction& tx, const Actor& actor, const std::string& volunteer_id,
                                   Resource resource, Action action) const {
  auto volunteer = IsUuid(volunteer_id) ? volunteers_.Find(tx, volunteer_id) : std::nullopt;
  if (!volunteer) throw NotFound("Volunteer not found");
  policy_.Require(actor, resource, action, ScopeOfVolunteer(*volunteer), volunteer_id);
  return *volunteer;
}

bool ProgrammeAccess::Allows(const Volunteer& volunteer, const Actor& actor, Resource resource, Action action) const {
  return policy_.Allows(actor, resource, action, ScopeOfVolunteer(volunteer));
}

void ProgrammeAccess::RequireProgramme(const Actor& actor, const std::string& organisation_id, Resource resource,
                                       Action action) const {
  const auto reachable = Programmes(actor, resource, action);
  if (std::find(reachable.begin(), reachable.end(), organisation_id) == reachable.end())
    throw AccessRefused(resource, action, organisation_id);
}

std::vector<std::string> ProgrammeAccess::Programmes(const Actor& actor, Resource resource, Action action) const {
  std::vector<std::string> out;
  for (const auto& grant : actor.grants) {
    if (grant.organisation_id.empty() ||
        grant.organisation_kind != OrganisationKindCode(OrganisationKind::kPeerSupportProgramme))
      continue;
    if (std::find(out.begin(), out.end(), grant.organisation_id) != out.end()) continue;
    RecordScope programme;
    programme.organisation_ids = {grant.organisation_id};
    if (policy_.Allows(actor, resource, action, programme)) out.push_back(grant.organisation_id);
  }
  return out;
}

std::vector<Volunteer> ProgrammeAccess::OwnRecords(db::Transaction& tx, const Actor& actor) const {
  if (actor.user_id.empty()) return {};
  return volunteers_.FindByUser(tx, actor.user_id);
}

}  // namespace alongside
