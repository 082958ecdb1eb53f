#pragma once

#include "core/referrals/referral_repository.hpp"

namespace alongside::storage {

class SqlReferralRepository final : public ReferralRepository {
 public:
  void Insert(db::Transaction& tx, const Referral& referral) override;
  std::optional<Referral> Find(db::Transaction& tx, const std::string& id) override;
  bool Update(db::Transaction& tx, const Referral& referral) override;
  void InsertSharedItems(db::Transaction& tx, const std::string& referral_id,
                         const std::vector<SharedItem>& items) override;
  std::vector<SharedItem> SharedItems(db::Transaction& tx, const std::string& referral_id) override;
  void InsertEvent(db::Transaction& tx, const ReferralEvent& event) override;
  std::vector<ReferralEvent> Events(db::Transaction& tx, const std::string& referral_id) override;
  ReferralPage Inbox(db::Transaction& tx, const InboxQuery& query) override;
  ReferralPage Sent(db::Transaction& tx, const ListScope& scope, const PageRequest& page) override;
  ReferralPage Attention(db::Transaction& tx, const ListScope& scope, const std::string& today,
                         const PageRequest& page) override;
  std::int64_t AttentionCount(db::Transaction& tx, const ListScope& scope, const std::string& today,
                              int limit) override;
  std::vector<Referral> ForFamily(db::Transaction& tx, const std::string& family_id) override;
  std::string FamilyName(db::Transaction& tx, const std::string& family_id) override;
};

}  // namespace alongside::storage
