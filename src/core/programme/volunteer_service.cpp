#include "core/programme/volunteer_service.hpp"

#include <algorithm>

#include "core/common/ids.hpp"
#include "core/common/text.hpp"
#include "core/programme/volunteer_journey.hpp"

namespace alongside {
namespace {

void ApplyDetails(Volunteer& v, const VolunteerDetails& d) {
  v.name = d.name;
  v.email = d.email;
  v.phone = d.phone;
  v.postcode = d.postcode;
  v.programme_role_id = d.programme_role_id;
  v.languages = d.languages;
  v.lived_experience = d.lived_experience;
  v.max_families = d.max_families;
  if (d.enquired_on) v.enquired_on = *d.enquired_on;
  v.interviewed_on = d.interviewed_on;
  v.references_received = d.references_received;
  v.dbs_checked_on = d.dbs_checked_on;
  v.dbs_renewal_due = d.dbs_renewal_due;
  v.notes = d.notes;
}

void ApplyRoleChange(ProgrammeRole& role, const RoleChange& change) {
  role.name = change.name;
  role.description = change.description;
  role.supervision_early_days = change.supervision_early_days;
  role.early_weeks = change.early_weeks;
  role.supervision_later_days = change.supervision_later_days;
}

bool HoldsPeerSupporterRole(const User& user, const std::string& organisation_id) {
  return std::any_of(user.grants.begin(), user.grants.end(), [&](const RoleGrant& g) {
    return g.role == Role::kPeerSupporter && g.organisation_id == organisation_id;
  });
}

}  // namespace

Date VolunteerService::Today() const { return LondonDateOf(clock_.Now()); }

std::vector<ProgrammeChoice> VolunteerService::Programmes(const Actor& actor) const {
  const auto ids = access_.Programmes(actor, Resource::kVolunteer, Action::kList);
  if (ids.empty()) throw AccessRefused(Resource::kVolunteer, Action::kList, "");
  std::vector<ProgrammeChoice> out;
  for (const auto& grant : actor.grants)
    if (std::find(ids.begin(), ids.end(), grant.organisation_id) != ids.end() &&
        std::none_of(out.begin(), out.end(), [&](const ProgrammeChoice& c) { return c.organisation_id == grant.organisation_id; }))
      out.push_back({grant.organisation_id, grant.organisation_name, grant.area_id});
  return out;
}

VolunteerList VolunteerService::List(const Actor& actor, VolunteerFilter filter) {
  VolunteerList list;
  list.programmes = Programmes(actor);
  std::vector<std::string> reachable;
  for (const auto& p : list.programmes) reachable.push_back(p.organisation_id);
  if (filter.organisation_ids.empty()) filter.organisation_ids = reachable;
  for (const auto& id : filter.organisation_ids)
    if (std::find(reachable.begin(), reachable.end(), id) == reachable.end())
      throw AccessRefused(Resource::kVolunteer, Action::kList, id);
  auto tx = database_.Begin();
  list.page = volunteers_.List(*tx, filter);
  for (const auto& id : filter.organisation_ids) access_.audit().Record(*tx, actor, "volunteer.list", "organisation", id);
  tx->Commit();
  list.may_add = !access_.Programmes(actor, Resource::kVolunteer, Action::kCreate).empty();
  list.today = Today();
  return list;
}

std::vector<Volunteer> VolunteerService::Mine(const Actor& actor) {
  auto tx = database_.Begin();
  auto own = access_.OwnRecords(*tx, actor);
  for (const auto& v : own) access_.audit().Record(*tx, actor, "volunteer.read", "volunteer", v.id);
  tx->Commit();
  return own;
}

void VolunteerService::CheckRoleChoice(db::Transaction& tx, const std::string& organisation_id,
                                       const std::string& role_id, const std::string& current_role_id) {
  if (role_id.empty() || role_id == current_role_id) return;
  const auto role = IsUuid(role_id) ? volunteers_.FindRole(tx, role_id) : std::nullopt;
  if (!role || role->organisation_id != organisation_id || role->archived_at)
    throw Invalid("programme_role_id", "Choose one of the programme's roles");
}

void VolunteerService::Save(db::Transaction& tx, Volunteer& volunteer) {
  volunteer.updated_at = clock_.Now();
  if (!volunteers_.Update(tx, volunteer))
    throw Conflict("Someone else changed this volunteer's record while you were editing. Reload it to see their changes.");
  ++volunteer.version;
}

Volunteer VolunteerService::Enquire(const Actor& actor, const std::string& organisation_id, const VolunteerForm& form) {
  access_.RequireProgramme(actor, organisation_id, Resource::kVolunteer, Action::kCreate);
  const Date today = Today();
  const auto details = ValidateVolunteerForm(form, today);
  auto tx = database_.Begin();
  CheckRoleChoice(*tx, organisation_id, details.programme_role_id, "");
  Volunteer v;
  v.created_at = v.updated_at = clock_.Now();
  v.id = NewId(v.created_at);
  v.organisation_id = organisation_id;
  v.stage = VolunteerStage::kEnquiry;
  v.enquired_on = today;
  ApplyDetails(v, details);
  v.created_by = actor.user_id;
  volunteers_.Insert(*tx, v);
  StageChange change;
  change.changed_at = v.created_at;
  change.id = NewId(change.changed_at);
  change.volunteer_id = v.id;
  change.to_stage = VolunteerStage::kEnquiry;
  change.changed_on = v.enquired_on;
  change.note = "First enquiry";
  change.changed_by = actor.user_id;
  volunteers_.InsertStageChange(*tx, change);
  access_.audit().Record(*tx, actor, "volunteer.create", "volunteer", v.id);
  auto stored = volunteers_.Find(*tx, v.id);
  tx->Commit();
  return *stored;
}

VolunteerRecord VolunteerService::Get(const Actor& actor, const std::string& volunteer_id) {
  auto tx = database_.Begin();
  VolunteerRecord record;
  record.volunteer = access_.Require(*tx, actor, volunteer_id, Resource::kVolunteer, Action::kRead);
  record.journey = volunteers_.StageChanges(*tx, volunteer_id);
  record.positions = volunteers_.Positions(*tx, volunteer_id);
  if (!record.volunteer.user_id.empty())
    if (const auto user = users_.FindById(*tx, record.volunteer.user_id)) record.account_email = user->email;
  record.today = Today();
  record.may_change = access_.Allows(record.volunteer, actor, Resource::kVolunteer, Action::kUpdate);
  if (InPipeline(record.volunteer.stage) || record.volunteer.stage == VolunteerStage::kPaused)
    record.activation_gaps = ActivationGaps(record.volunteer, record.today);
  access_.audit().Record(*tx, actor, "volunteer.read", "volunteer", volunteer_id);
  tx->Commit();
  return record;
}

Volunteer VolunteerService::Update(const Actor& actor, const std::string& volunteer_id, std::int64_t version,
                                   const VolunteerForm& form) {
  auto tx = database_.Begin();
  auto v = access_.Require(*tx, actor, volunteer_id, Resource::kVolunteer, Action::kUpdate);
  const auto details = ValidateVolunteerForm(form, Today());
  CheckRoleChoice(*tx, v.organisation_id, details.programme_role_id, v.programme_role_id);
  if (version != v.version)
    throw Conflict("Someone else changed this volunteer's record while you were editing. Reload it to see their changes.");
  ApplyDetails(v, details);
  Save(*tx, v);
  access_.audit().Record(*tx, actor, "volunteer.update", "volunteer", volunteer_id);
  auto stored = volunteers_.Find(*tx, volunteer_id);
  tx->Commit();
  return *stored;
}

Volunteer VolunteerService::MoveStage(const Actor& actor, const std::string& volunteer_id, const StageForm& form) {
  auto tx = database_.Begin();
  auto v = access_.Require(*tx, actor, volunteer_id, Resource::kVolunteer, Action::kUpdate);
  const auto move = ValidateStageForm(form, Today());
  if (const auto refusal = StageMoveRefusal(v.stage, move.stage)) throw Invalid("stage", *refusal);
  if (move.stage == VolunteerStage::kActive) {
    const auto gaps = ActivationGaps(v, move.changed_on);
    if (!gaps.empty()) {
      std::string message = "Before they can be active: ";
      for (std::size_t i = 0; i < gaps.size(); ++i) message += (i ? "; " : "") + AsciiLower(gaps[i].substr(0, 1)) + gaps[i].substr(1);
      throw Invalid("stage", message);
    }
  }
  const auto from = v.stage;
  const Millis now = clock_.Now();
  v.stage = move.stage;
  if (move.stage == VolunteerStage::kActive && !v.active_since) {
    v.active_since = move.changed_on;
    if (volunteers_.Positions(*tx, volunteer_id).empty()) {
      Position first;
      first.created_at = now;
      first.id = NewId(now);
      first.volunteer_id = volunteer_id;
      first.position = PathwayPosition::kVolunteer;
      first.started_on = move.changed_on;
      first.created_by = actor.user_id;
      volunteers_.InsertPosition(*tx, first);
    }
  }
  if (move.stage == VolunteerStage::kLeft) {
    v.left_on = move.changed_on;
    v.left_reason = move.left_reason;
    volunteers_.EndCurrentPositions(*tx, volunteer_id, move.changed_on);
  }
  if (from == VolunteerStage::kLeft) {  // coming back: a fresh start
    v.left_on.reset();
    v.left_reason.clear();
    v.active_since.reset();
    v.enquired_on = move.changed_on;
  }
  Save(*tx, v);
  StageChange change;
  // Strictly after the last change, so the journey reads in the order it was recorded.
  const auto journey = volunteers_.StageChanges(*tx, volunteer_id);
  change.changed_at = journey.empty() ? now : std::max(now, journey.back().changed_at + 1);
  change.id = NewId(change.changed_at);
  change.volunteer_id = volunteer_id;
  change.from_stage = from;
  change.to_stage = move.stage;
  change.changed_on = move.changed_on;
  change.note = move.stage == VolunteerStage::kLeft && move.note.empty() ? move.left_reason : move.note;
  change.changed_by = actor.user_id;
  volunteers_.InsertStageChange(*tx, change);
  access_.audit().Record(*tx, actor, "volunteer.stage", "volunteer", volunteer_id);
  auto stored = volunteers_.Find(*tx, volunteer_id);
  tx->Commit();
  return *stored;
}

Position VolunteerService::AddPosition(const Actor& actor, const std::string& volunteer_id, const PositionForm& form) {
  auto tx = database_.Begin();
  const auto v = access_.Require(*tx, actor, volunteer_id, Resource::kVolunteer, Action::kUpdate);
  const auto change = ValidatePositionForm(form, Today());
  if (v.stage == VolunteerStage::kLeft) throw Conflict("They have left the programme. Move them back first.");
  for (const auto& held : volunteers_.Positions(*tx, volunteer_id)) {
    if (held.ended_on) continue;
    if (held.position == change.position) throw Invalid("position", "They already hold this position");
    if (!(held.started_on < change.started_on))
      throw Invalid("started_on", "The new position must start after their current one (" + FormatDate(held.started_on) + ")");
  }
  volunteers_.EndCurrentPositions(*tx, volunteer_id, AddDays(change.started_on, -1));
  Position p;
  p.created_at = clock_.Now();
  p.id = NewId(p.created_at);
  p.volunteer_id = volunteer_id;
  p.position = change.position;
  p.started_on = change.started_on;
  p.note = change.note;
  p.created_by = actor.user_id;
  volunteers_.InsertPosition(*tx, p);
  access_.audit().Record(*tx, actor, "volunteer.position", "volunteer", volunteer_id);
  tx->Commit();
  return p;
}

Volunteer VolunteerService::LinkAccount(const Actor& actor, const std::string& volunteer_id, const std::string& email) {
  auto tx = database_.Begin();
  auto v = access_.Require(*tx, actor, volunteer_id, Resource::kVolunteer, Action::kUpdate);
  const auto wanted = AsciiLower(Trim(email));
  if (wanted.empty()) {
    v.user_id.clear();
  } else {
    const auto user = LooksLikeEmail(wanted) ? users_.FindByEmail(*tx, wanted) : std::nullopt;
    if (!user) throw Invalid("email", "There is no account with this email. An administrator can create one.");
    if (!HoldsPeerSupporterRole(*user, v.organisation_id))
      throw Invalid("email", "This account is not a peer supporter of the programme. An administrator can add the role.");
    for (const auto& other : volunteers_.FindByUser(*tx, user->id))
      if (other.organisation_id == v.organisation_id && other.id != v.id)
        throw Invalid("email", "This account already belongs to " + other.name + "'s record");
    v.user_id = user->id;
  }
  Save(*tx, v);
  access_.audit().Record(*tx, actor, "volunteer.link_account", "volunteer", volunteer_id);
  auto stored = volunteers_.Find(*tx, volunteer_id);
  tx->Commit();
  return *stored;
}

ProgrammeRole VolunteerService::RequireRole(db::Transaction& tx, const Actor& actor, const std::string& role_id,
                                            Action action) {
  auto role = IsUuid(role_id) ? volunteers_.FindRole(tx, role_id) : std::nullopt;
  if (!role) throw NotFound("Role not found");
  access_.RequireProgramme(actor, role->organisation_id, Resource::kVolunteer, action);
  return *role;
}

std::string VolunteerService::DefaultProgramme(const Actor& actor) {
  for (const auto& grant : actor.grants)
    if (grant.organisation_kind == OrganisationKindCode(OrganisationKind::kPeerSupportProgramme))
      return grant.organisation_id;
  return "";
}

std::vector<ProgrammeRole> VolunteerService::Roles(const Actor& actor, const std::string& organisation_id,
                                                   bool include_archived) {
  RecordScope programme;
  programme.organisation_ids = {organisation_id};
  if (!access_.policy().Allows(actor, Resource::kProgrammeSettings, Action::kRead, programme))
    throw AccessRefused(Resource::kProgrammeSettings, Action::kRead, organisation_id);
  auto tx = database_.Begin(db::TxMode::kRead);
  auto roles = volunteers_.Roles(*tx, organisation_id, include_archived);
  tx->Commit();
  return roles;
}

ProgrammeRole VolunteerService::CreateRole(const Actor& actor, const std::string& organisation_id, const RoleForm& form) {
  access_.RequireProgramme(actor, organisation_id, Resource::kVolunteer, Action::kCreate);
  const auto change = ValidateRoleForm(form);
  auto tx = database_.Begin();
  for (const auto& existing : volunteers_.Roles(*tx, organisation_id, true))
    if (AsciiLower(existing.name) == AsciiLower(change.name)) throw Invalid("name", "The programme already has a role with this name");
  ProgrammeRole role;
  role.created_at = clock_.Now();
  role.id = NewId(role.created_at);
  role.organisation_id = organisation_id;
  ApplyRoleChange(role, change);
  volunteers_.InsertRole(*tx, role);
  access_.audit().Record(*tx, actor, "programme_role.create", "organisation", organisation_id);
  tx->Commit();
  return role;
}

ProgrammeRole VolunteerService::UpdateRole(const Actor& actor, const std::string& role_id, const RoleForm& form) {
  auto tx = database_.Begin();
  auto role = RequireRole(*tx, actor, role_id, Action::kUpdate);
  const auto change = ValidateRoleForm(form);
  for (const auto& existing : volunteers_.Roles(*tx, role.organisation_id, true))
    if (existing.id != role.id && AsciiLower(existing.name) == AsciiLower(change.name))
      throw Invalid("name", "The programme already has a role with this name");
  ApplyRoleChange(role, change);
  volunteers_.UpdateRole(*tx, role);
  access_.audit().Record(*tx, actor, "programme_role.update", "organisation", role.organisation_id);
  tx->Commit();
  return role;
}

ProgrammeRole VolunteerService::SetRoleArchived(const Actor& actor, const std::string& role_id, bool archived) {
  auto tx = database_.Begin();
  auto role = RequireRole(*tx, actor, role_id, Action::kUpdate);
  if (archived && !role.archived_at) role.archived_at = clock_.Now();
  if (!archived) role.archived_at.reset();
  volunteers_.UpdateRole(*tx, role);
  access_.audit().Record(*tx, actor, archived ? "programme_role.archive" : "programme_role.restore", "organisation",
                         role.organisation_id);
  tx->Commit();
  return role;
}

}  // namespace alongside
