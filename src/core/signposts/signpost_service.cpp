#include "core/signposts/signpost_service.hpp"

#include "core/common/ids.hpp"

namespace alongside {

Date SignpostService::Today() const { return LondonDateOf(clock_.Now()); }

FamilyScopeFacts SignpostService::RequireWorker(db::Transaction& tx, const Actor& actor,
                                                const std::string& family_id) {
  return access_.Require(tx, actor, family_id, Resource::kFamily, Action::kUpdate);
}

Signpost SignpostService::RequireSignpost(db::Transaction& tx, const std::string& family_id,
                                          const std::string& signpost_id) {
  auto signpost = IsUuid(signpost_id) ? signposts_.Find(tx, family_id, signpost_id) : std::nullopt;
  if (!signpost) throw NotFound("Signpost not found");
  return *signpost;
}

FamilySignposts SignpostService::ListForFamily(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  const auto facts = RequireWorker(*tx, actor, family_id);
  FamilySignposts result;
  result.family_name = signposts_.FamilyName(*tx, family_id);
  result.signposts = signposts_.ListForFamily(*tx, family_id);
  result.today = Today();
  result.may_add = facts.status == FamilyStatus::kOpen && facts.support_consent;
  access_.audit().Record(*tx, actor, "signpost.list", "family", family_id);
  tx->Commit();
  return result;
}

SignpostChoices SignpostService::ChoicesFor(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin(db::TxMode::kRead);
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  SignpostChoices result{signposts_.FamilyName(*tx, family_id), signposts_.ServiceChoices(*tx, facts.area_id)};
  tx->Commit();
  return result;
}

Signpost SignpostService::Record(const Actor& actor, const std::string& family_id, const SignpostForm& form) {
  auto tx = database_.Begin();
  const auto facts = access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  const auto change = ValidateSignpostForm(form);
  Signpost signpost;
  if (!change.service_id.empty()) {
    const auto service = IsUuid(change.service_id) ? signposts_.FindService(*tx, change.service_id) : std::nullopt;
    if (!service || service->area_id != facts.area_id || service->status != ServiceStatus::kActive)
      throw Invalid("service_id", "Choose a service from the list");
    signpost.service_id = service->id;
    signpost.service_name = service->name;
  } else {
    signpost.service_name = change.service_name;
  }
  const Millis now = clock_.Now();
  signpost.id = NewId(now);
  signpost.family_id = family_id;
  signpost.how = change.how;
  signpost.note = change.note;
  signpost.given_by = actor.user_id;
  signpost.given_at = now;
  signpost.follow_up_due = AddDays(Today(), change.follow_up_days);

  Task task;
  task.created_at = task.updated_at = now;
  task.id = NewId(now);
  task.family_id = family_id;
  task.kind = TaskKind::kManual;
  task.title = FollowUpTitle(signpost.service_name);
  task.due = signpost.follow_up_due;
  task.assigned_user_id = facts.supporter_user_id.empty() ? actor.user_id : facts.supporter_user_id;
  task.created_by = actor.user_id;
  tasks_.Insert(*tx, task);
  tasks_.UpdateNextTask(*tx, family_id);
  signpost.follow_up_task_id = task.id;
  // A directory service's name is read from the directory, so only a typed one is stored.
  Signpost stored = signpost;
  if (!stored.service_id.empty()) stored.service_name.clear();
  signposts_.Insert(*tx, stored);
  access_.audit().Record(*tx, actor, "signpost.create", "family", family_id);
  auto result = RequireSignpost(*tx, family_id, signpost.id);
  tx->Commit();
  return result;
}

Signpost SignpostService::Get(const Actor& actor, const std::string& family_id, const std::string& signpost_id) {
  auto tx = database_.Begin();
  RequireWorker(*tx, actor, family_id);
  auto signpost = RequireSignpost(*tx, family_id, signpost_id);
  access_.audit().Record(*tx, actor, "signpost.read", "family", family_id);
  tx->Commit();
  return signpost;
}

Signpost SignpostService::FollowUp(const Actor& actor, const std::string& family_id, const std::string& signpost_id,
                                   const FollowUpForm& form) {
  auto tx = database_.Begin();
  RequireWorker(*tx, actor, family_id);
  auto signpost = RequireSignpost(*tx, family_id, signpost_id);
  if (signpost.followed_up()) throw Conflict("Someone has already recorded whether this service helped.");
  const auto change = ValidateFollowUpForm(form);
  const Millis now = clock_.Now();
  signpost.outcome = change.outcome;
  signpost.outcome_note = change.note;
  signpost.followed_up_at = now;
  signpost.followed_up_by = actor.user_id;
  signposts_.RecordFollowUp(*tx, signpost);
  if (!signpost.follow_up_task_id.empty()) {
    if (auto task = tasks_.Find(*tx, family_id, signpost.follow_up_task_id); task && task->open()) {
      task->status = TaskStatus::kDone;
      task->completed_at = task->updated_at = now;
      task->completed_by = actor.user_id;
      tasks_.Update(*tx, *task);
      tasks_.UpdateNextTask(*tx, family_id);
    }
  }
  access_.audit().Record(*tx, actor, "signpost.follow_up", "family", family_id);
  auto result = RequireSignpost(*tx, family_id, signpost_id);
  tx->Commit();
  return result;
}

FamilyInvolvement SignpostService::Involvement(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  FamilyInvolvement result;
  result.family_id = family_id;
  for (auto& referral : signposts_.Referrals(*tx, family_id))
    if (ShownToFamily(referral.status)) result.referrals.push_back(std::move(referral));
  for (const auto& signpost : signposts_.ListForFamily(*tx, family_id))
    result.signposts.push_back({signpost.service_name, signpost.given_at, signpost.outcome});
  access_.audit().Record(*tx, actor, "involvement.read", "family", family_id);
  tx->Commit();
  return result;
}

}  // namespace alongside
