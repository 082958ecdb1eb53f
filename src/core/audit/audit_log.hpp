#pragma once
/// Writes and reads the audit log. Services call Record() inside their own transaction so
/// the entry commits with the change; refusals and failed sign-ins use RecordNow(), which
/// commits on its own because the request that caused them does not.

#include <string_view>

#include "core/access/policy.hpp"
#include "core/audit/audit_repository.hpp"
#include "core/common/clock.hpp"

namespace alongside {

class AuditLog {
 public:
  AuditLog(db::Database& database, AuditRepository& repository, const AccessPolicy& policy,
           const Clock& clock)
      : database_(database), repository_(repository), policy_(policy), clock_(clock) {}

  void Record(db::Transaction& tx, const Actor& actor, std::string_view action,
              std::string_view record_type, std::string_view record_id,
              AuditOutcome outcome = AuditOutcome::kAllowed);
  void RecordNow(const Actor& actor, std::string_view action, std::string_view record_type,
                 std::string_view record_id, AuditOutcome outcome);
  /// Audits an AccessRefused thrown by a service.
  void RecordRefusal(const Actor& actor, const AccessRefused& refusal);

  /// For administrators; the browse itself is audited.
  Page<AuditEntry> List(const Actor& actor, const AuditFilter& filter);

 private:
  AuditEntry MakeEntry(const Actor& actor, std::string_view action, std::string_view record_type,
                       std::string_view record_id, AuditOutcome outcome) const;
  db::Database& database_;
  AuditRepository& repository_;
  const AccessPolicy& policy_;
  const Clock& clock_;
};

}  // namespace alongside
