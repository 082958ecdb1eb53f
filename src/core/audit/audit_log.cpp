#include "core/audit/audit_log.hpp"

#include "core/common/ids.hpp"

namespace alongside {

std::string_view AuditOutcomeCode(AuditOutcome outcome) {
  switch (outcome) {
    case AuditOutcome::kAllowed: return "allowed";
    case AuditOutcome::kRefused: return "refused";
    case AuditOutcome::kFailed: return "failed";
  }
  return "unknown";
}

AuditEntry AuditLog::MakeEntry(const Actor& actor, std::string_view action,
                               std::string_view record_type, std::string_view record_id,
                               AuditOutcome outcome) const {
  AuditEntry entry;
  entry.at = clock_.Now();
  entry.id = NewId(entry.at);
  entry.actor_user_id = actor.user_id;
  for (const auto& grant : actor.grants) {
    if (!grant.organisation_id.empty()) {
      entry.actor_organisation_id = grant.organisation_id;
      break;
    }
  }
  entry.action = action;
  entry.record_type = record_type;
  entry.record_id = record_id;
  entry.outcome = AuditOutcomeCode(outcome);
  entry.request_id = actor.request_id;
  return entry;
}

void AuditLog::Record(db::Transaction& tx, const Actor& actor, std::string_view action,
                      std::string_view record_type, std::string_view record_id, AuditOutcome outcome) {
  repository_.Append(tx, MakeEntry(actor, action, record_type, record_id, outcome));
}

void AuditLog::RecordNow(const Actor& actor, std::string_view action, std::string_view record_type,
                         std::string_view record_id, AuditOutcome outcome) {
  auto tx = database_.Begin();
  Record(*tx, actor, action, record_type, record_id, outcome);
  tx->Commit();
}

void AuditLog::RecordRefusal(const Actor& actor, const AccessRefused& refusal) {
  std::string action(ResourceCode(refusal.resource()));
  action += '.';
  action += ActionCode(refusal.action());
  RecordNow(actor, action, ResourceCode(refusal.resource()), refusal.record_id(), AuditOutcome::kRefused);
}

Page<AuditEntry> AuditLog::List(const Actor& actor, const AuditFilter& filter) {
  const auto scope = policy_.ScopeForList(actor, Resource::kAuditLog);
  if (scope.denied) throw AccessRefused(Resource::kAuditLog, Action::kList, "");
  AuditFilter normalised = filter;
  normalised.page = filter.page.Normalised();
  auto tx = database_.Begin();
  auto page = repository_.List(*tx, normalised, scope);
  Record(*tx, actor, "audit_log.list", "audit_log", "");
  tx->Commit();
  return page;
}

}  // namespace alongside
