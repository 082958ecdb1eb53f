#include "core/questionnaires/safety_alert_service.hpp"

#include "core/common/ids.hpp"

namespace alongside {

SafetyAlert SafetyAlertService::Existing(db::Transaction& tx, const std::string& family_id,
                                         const std::string& alert_id) {
  auto alert = IsUuid(alert_id) ? questionnaires_.FindAlert(tx, family_id, alert_id) : std::nullopt;
  if (!alert) throw NotFound("Safety alert not found");
  return *alert;
}

FamilySafetyAlerts SafetyAlertService::ForFamily(const Actor& actor, const std::string& family_id) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamilySensitive, Action::kRead);
  FamilySafetyAlerts out;
  out.family_name = questionnaires_.FamilyName(*tx, family_id);
  out.alerts = questionnaires_.ListAlerts(*tx, family_id);
  out.may_resolve = access_.Allows(facts, actor, Resource::kFamilySensitive, Action::kCreate);
  access_.audit().Record(*tx, actor, "safety_alert.list", "family", family_id);
  tx->Commit();
  return out;
}

SafetyAlert SafetyAlertService::Get(const Actor& actor, const std::string& family_id, const std::string& alert_id) {
  auto tx = database_.Begin();
  access_.Require(*tx, actor, family_id, Resource::kFamilySensitive, Action::kRead);
  auto alert = Existing(*tx, family_id, alert_id);
  access_.audit().Record(*tx, actor, "safety_alert.read", "family", family_id);
  tx->Commit();
  return alert;
}

SafetyAlert SafetyAlertService::Resolve(const Actor& actor, const std::string& family_id, const std::string& alert_id,
                                        const AlertResolutionForm& form) {
  auto tx = database_.Begin();
  access_.Require(*tx, actor, family_id, Resource::kFamilySensitive, Action::kCreate);
  auto alert = Existing(*tx, family_id, alert_id);
  if (!alert.open())
    throw Conflict("This alert was resolved by " + alert.resolved_by_name + ". Its record cannot be changed.");
  const auto resolution = ValidateAlertResolution(form);
  alert.status = AlertStatus::kResolved;
  alert.action = resolution.action;
  alert.resolution_note = resolution.note;
  alert.resolved_by = actor.user_id;
  alert.resolved_by_name = actor.name;
  alert.resolved_at = clock_.Now();
  questionnaires_.ResolveAlert(*tx, alert);
  access_.audit().Record(*tx, actor, "safety_alert.resolve", "family", family_id);
  tx->Commit();
  return alert;
}

Page<SafetyAlert> SafetyAlertService::Open(const Actor& actor, const PageRequest& page) {
  // Sensitive data has no list grant of its own: the families' list scope, less a parent's
  // own family (a family member never reaches sensitive data), is the same reach as
  // reading sensitive data one family at a time.
  auto scope = access_.policy().ScopeForList(actor, Resource::kFamily);
  scope.own_user_id.clear();
  if (scope.denied || (!scope.all && scope.organisation_ids.empty() && scope.area_ids.empty() &&
                       scope.caseload_user_id.empty()))
    throw AccessRefused(Resource::kFamilySensitive, Action::kList, "");
  auto tx = database_.Begin(db::TxMode::kRead);
  auto alerts = questionnaires_.ListOpenAlerts(*tx, scope, page.Normalised());
  tx->Commit();
  return alerts;
}

}  // namespace alongside
