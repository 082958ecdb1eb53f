#pragma once
/// Storage of referrals, the items frozen when each was sent, and their events. List
/// queries apply the caller's ListScope in SQL and fetch one row more than a page to know
/// whether there is a next page, so no list counts a whole inbox.

#include <optional>
#include <string>
#include <vector>

#include "core/access/policy.hpp"
#include "core/common/page.hpp"
#include "core/referrals/referral.hpp"
#include "db/database.hpp"

namespace alongside {

/// One page of referrals, newest first, with whether more follow.
struct ReferralPage {
  std::vector<Referral> items;
  int page = 1;
  int page_size = 25;
  bool has_next = false;
};

struct InboxQuery {
  std::vector<std::string> organisation_ids;  ///< receiving organisations the actor works in
  std::optional<ReferralStatus> status;       ///< none: every sent referral
  PageRequest page;
};

class ReferralRepository {
 public:
  virtual ~ReferralRepository() = default;
  virtual void Insert(db::Transaction& tx, const Referral& referral) = 0;
  /// With names filled and the family's supporter; nothing for an unknown id.
  virtual std::optional<Referral> Find(db::Transaction& tx, const std::string& id) = 0;
  /// Writes every changeable field and moves the version on; false when the stored version
  /// is no longer `referral.version` (someone else changed it first).
  virtual bool Update(db::Transaction& tx, const Referral& referral) = 0;

  virtual void InsertSharedItems(db::Transaction& tx, const std::string& referral_id,
                                 const std::vector<SharedItem>& items) = 0;
  virtual std::vector<SharedItem> SharedItems(db::Transaction& tx, const std::string& referral_id) = 0;
  virtual void InsertEvent(db::Transaction& tx, const ReferralEvent& event) = 0;
  /// Oldest first, with who made each change.
  virtual std::vector<ReferralEvent> Events(db::Transaction& tx, const std::string& referral_id) = 0;

  /// Sent to these organisations (never drafts), newest sent first.
  virtual ReferralPage Inbox(db::Transaction& tx, const InboxQuery& query) = 0;
  /// Made by the actor's organisations or for their caseload, last changed first.
  virtual ReferralPage Sent(db::Transaction& tx, const ListScope& scope, const PageRequest& page) = 0;
  /// As Sent, only the flagged (late by `today`, or a dead end), not resolved; oldest due first.
  virtual ReferralPage Attention(db::Transaction& tx, const ListScope& scope, const std::string& today,
                                 const PageRequest& page) = 0;
  /// How many Attention would list, counting no further than `limit`.
  virtual std::int64_t AttentionCount(db::Transaction& tx, const ListScope& scope, const std::string& today,
                                      int limit) = 0;
  /// Every referral of the family, newest first.
  virtual std::vector<Referral> ForFamily(db::Transaction& tx, const std::string& family_id) = 0;
  /// The family's name for the referring side's headings.
  virtual std::string FamilyName(db::Transaction& tx, const std::string& family_id) = 0;
};

}  // namespace alongside
