#pragma once

#include "core/audit/audit_entry.hpp"
#include "db/database.hpp"

namespace alongside {

/// Storage of the audit log. There is deliberately no update or delete.
class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  virtual void Append(db::Transaction& tx, const AuditEntry& entry) = 0;
  /// Newest first, within the list scope (area scope: actors of that area's organisations).
  virtual Page<AuditEntry> List(db::Transaction& tx, const AuditFilter& filter, const ListScope& scope) = 0;
};

}  // namespace alongside
