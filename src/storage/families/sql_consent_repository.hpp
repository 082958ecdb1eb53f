#pragma once

#include "core/families/consent_service.hpp"

namespace alongside::storage {

class SqlConsentRepository final : public ConsentRepository {
 public:
  std::vector<ConsentHistoryEntry> History(db::Transaction& tx, const std::string& family_id) override;
  void Insert(db::Transaction& tx, const ConsentRecord& record) override;
  void SetSupportConsent(db::Transaction& tx, const std::string& family_id, bool given, Millis now) override;
  std::vector<SharingService> SharingServices(db::Transaction& tx, const FamilyScopeFacts& family) override;
  std::string DisplayName(db::Transaction& tx, const std::string& family_id) override;
};

}  // namespace alongside::storage
