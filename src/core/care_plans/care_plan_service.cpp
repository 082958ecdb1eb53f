#include "core/care_plans/care_plan_service.hpp"

#include "core/common/ids.hpp"

namespace alongside {

CarePlanView CarePlanService::Read(const Actor& actor, const std::string& family_id, std::optional<int> number) {
  auto tx = database_.Begin();  // not read-only: the read is audited in it
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  CarePlanView view;
  view.family_name = plans_.FamilyName(*tx, family_id);
  view.latest_number = plans_.LatestNumber(*tx, family_id);
  const int wanted = number.value_or(view.latest_number);
  if (wanted > 0) view.version = plans_.Find(*tx, family_id, wanted);
  if (number && !view.version) throw NotFound("There is no such version of the care plan");
  view.may_edit = facts.status == FamilyStatus::kOpen && facts.support_consent &&
                  access_.Allows(facts, actor, Resource::kFamily, Action::kUpdate);
  access_.audit().Record(*tx, actor, "care_plan.read", "family", family_id);
  tx->Commit();
  return view;
}

CarePlanView CarePlanService::Current(const Actor& actor, const std::string& family_id) {
  return Read(actor, family_id, std::nullopt);
}

CarePlanView CarePlanService::Version(const Actor& actor, const std::string& family_id, int number) {
  if (number < 1) throw NotFound("There is no such version of the care plan");
  return Read(actor, family_id, number);
}

CarePlanView CarePlanService::ForEditing(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();  // not read-only: the read is audited in it
  access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  CarePlanView view;
  view.family_name = plans_.FamilyName(*tx, family_id);
  view.latest_number = plans_.LatestNumber(*tx, family_id);
  if (view.latest_number > 0) view.version = plans_.Find(*tx, family_id, view.latest_number);
  view.may_edit = true;
  access_.audit().Record(*tx, actor, "care_plan.read", "family", family_id);
  tx->Commit();
  return view;
}

CarePlanVersion CarePlanService::Save(const Actor& actor, const std::string& family_id, const CarePlanForm& form) {
  auto tx = database_.Begin();
  access_.RequireWork(*tx, actor, family_id, Resource::kFamily, Action::kUpdate);
  const Millis now = clock_.Now();
  Validation v;
  auto content = ValidateCarePlanForm(form, LondonDateOf(now), v);
  v.ThrowIfAny();
  CarePlanVersion version;
  version.id = NewId(now);
  version.family_id = family_id;
  version.number = plans_.LatestNumber(*tx, family_id) + 1;
  version.what_matters = std::move(content.what_matters);
  version.review_date = content.review_date;
  version.actions = std::move(content.actions);
  version.saved_by = actor.user_id;
  version.saved_by_name = actor.name;
  version.saved_at = now;
  try {
    plans_.Insert(*tx, version);
  } catch (const db::UniqueViolation&) {
    throw Conflict("Someone else saved the plan at the same moment. Look at their version, then save yours again.");
  }
  if (reminders_) reminders_->Refresh(*tx, family_id);
  access_.audit().Record(*tx, actor, "care_plan.save", "family", family_id);
  tx->Commit();
  return version;
}

}  // namespace alongside
