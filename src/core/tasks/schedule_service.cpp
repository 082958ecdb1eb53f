#include "core/tasks/schedule_service.hpp"

namespace alongside {
namespace {

constexpr const char* kProgrammeKind = "peer_support_programme";

/// The peer support programme in which the actor coordinates (preferred) or supports.
const RoleGrant* ProgrammeOf(const Actor& actor) {
  const RoleGrant* found = nullptr;
  for (const auto& grant : actor.grants) {
    if (grant.organisation_id.empty() || grant.organisation_kind != kProgrammeKind) continue;
    if (grant.role == Role::kCoordinator) return &grant;
    if (grant.role == Role::kPeerSupporter && !found) found = &grant;
  }
  return found;
}

}  // namespace

ProgrammeScheduleView ScheduleService::Get(const Actor& actor) {
  const RoleGrant* programme = actor.user_id.empty() ? nullptr : ProgrammeOf(actor);
  if (!programme) throw AccessRefused(Resource::kOrganisation, Action::kRead, "");
  auto tx = database_.Begin(db::TxMode::kRead);
  ProgrammeScheduleView view{programme->organisation_id, programme->organisation_name,
                             schedules_.Find(*tx, programme->organisation_id).value_or(ProgrammeSchedule{}),
                             programme->role == Role::kCoordinator};
  tx->Commit();
  return view;
}

ProgrammeScheduleView ScheduleService::Save(const Actor& actor, const ScheduleForm& form) {
  const RoleGrant* programme = actor.user_id.empty() ? nullptr : ProgrammeOf(actor);
  if (!programme || programme->role != Role::kCoordinator)
    throw AccessRefused(Resource::kOrganisation, Action::kUpdate, programme ? programme->organisation_id : "");
  const auto schedule = ValidateSchedule(form);
  auto tx = database_.Begin();
  schedules_.Save(*tx, programme->organisation_id, schedule, actor.user_id, clock_.Now());
  for (const auto& family_id : tasks_.OpenFamilyIdsOf(*tx, programme->organisation_id))
    task_service_.RefreshFamily(*tx, family_id);
  audit_.Record(*tx, actor, "schedule.update", "organisation", programme->organisation_id);
  tx->Commit();
  return {programme->organisation_id, programme->organisation_name, schedule, true};
}

}  // namespace alongside
