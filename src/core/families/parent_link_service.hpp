#pragma once
/// Linking a parent's own account to a caregiver of a family (caregivers.linked_user_id),
/// so that the parent reaches the family through the policy's "own" scope and sees what is
/// shared with them (never the sensitive notes). Linking hands someone a view of a family's
/// record, so it is done by the programme (a coordinator, who reaches the family through its
/// organisation), not from a supporter's caseload; each link and unlink is audited.

#include <optional>
#include <string>
#include <vector>

#include "core/accounts/account_repositories.hpp"
#include "core/families/family_access.hpp"

namespace alongside {

/// A caregiver with the parent account linked to them, if any.
struct CaregiverLink {
  std::string caregiver_id;
  std::string caregiver_name;
  std::string linked_user_id;  ///< empty when not linked
  std::string linked_name;
  std::string linked_email;
};

class ParentLinkRepository {
 public:
  virtual ~ParentLinkRepository() = default;
  /// The family's caregivers in the order they were recorded.
  virtual std::vector<CaregiverLink> Caregivers(db::Transaction& tx, const std::string& family_id) = 0;
  /// Sets or clears linked_user_id of a caregiver of this family.
  virtual void SetLinkedUser(db::Transaction& tx, const std::string& family_id, const std::string& caregiver_id,
                             const std::optional<std::string>& user_id) = 0;
};

struct FamilyCaregiverLinks {
  std::string family_id;
  std::vector<CaregiverLink> caregivers;
  bool may_link = false;
};

class ParentLinkService {
 public:
  ParentLinkService(db::Database& database, ParentLinkRepository& links, UserRepository& users,
                    FamilyAccess& access)
      : database_(database), links_(links), users_(users), access_(access) {}

  /// Who in the family has their own account; audited as "caregiver.list".
  FamilyCaregiverLinks List(const Actor& actor, const std::string& family_id);
  /// One caregiver, for the link page; NotFound unless of this family. Needs the right to link.
  CaregiverLink Get(const Actor& actor, const std::string& family_id, const std::string& caregiver_id);

  /// Links the parent account with this email. Invalid{email} when there is no such account,
  /// it is not a parent's account or is disabled, or it is already linked to someone else in
  /// the family. Audited as "caregiver.link".
  CaregiverLink Link(const Actor& actor, const std::string& family_id, const std::string& caregiver_id,
                     const std::string& email);
  /// Conflict when not linked. Audited as "caregiver.unlink".
  void Unlink(const Actor& actor, const std::string& family_id, const std::string& caregiver_id);

 private:
  /// Require(kUpdate) reached through the family's organisation, not a caseload.
  FamilyScopeFacts RequireLinking(db::Transaction& tx, const Actor& actor, const std::string& family_id) const;
  bool MayLink(const FamilyScopeFacts& facts, const Actor& actor) const;
  CaregiverLink Find(db::Transaction& tx, const std::string& family_id, const std::string& caregiver_id);

  db::Database& database_;
  ParentLinkRepository& links_;
  UserRepository& users_;
  FamilyAccess& access_;
};

}  // namespace alongside
