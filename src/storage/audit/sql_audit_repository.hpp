#pragma once

#include "core/audit/audit_repository.hpp"

namespace alongside::storage {

class SqlAuditRepository final : public AuditRepository {
 public:
  void Append(db::Transaction& tx, const AuditEntry& entry) override;
  Page<AuditEntry> List(db::Transaction& tx, const AuditFilter& filter, const ListScope& scope) override;
};

}  // namespace alongside::storage
