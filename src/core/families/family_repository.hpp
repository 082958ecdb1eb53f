#pragma once
/// Storage of family records: the family with its people, shared care, assignments and
/// closing history, and the list queries of caseloads and search.

#include <optional>
#include <string>
#include <vector>

#include "core/access/policy.hpp"
#include "core/families/caseload.hpp"
#include "core/families/consent.hpp"
#include "core/families/duplicate_check.hpp"
#include "core/families/family_record.hpp"
#include "db/database.hpp"

namespace alongside {

/// A recorded family that could be a duplicate, with the name a warning links by.
struct DuplicateSource {
  DuplicateCandidate candidate;
  std::string display_name;
};

class FamilyRepository {
 public:
  virtual ~FamilyRepository() = default;

  /// Stores the family (with its focus areas), its first caregiver and its babies.
  virtual void Insert(db::Transaction& tx, const Family& family, const Caregiver& caregiver,
                      const std::vector<Baby>& babies, const std::string& created_by) = 0;
  virtual std::optional<FamilyRecord> Find(db::Transaction& tx, const std::string& family_id) = 0;

  /// Families within `scope` with this postcode, or a baby due or born on one of `dates`,
  /// with their caregivers' names and babies' dates; at most `limit`.
  virtual std::vector<DuplicateSource> DuplicateSources(db::Transaction& tx, const ListScope& scope,
                                                        const std::string& postcode, const std::vector<Date>& dates,
                                                        int limit) = 0;

  /// Changes the address, focus areas and strengths to those of `details` (the caller checks
  /// the version with Touch).
  virtual void UpdateDetails(db::Transaction& tx, const std::string& family_id, const Family& details,
                             Millis now) = 0;
  /// Moves the version on and refreshes the list columns (display name, stage date) from the
  /// stored caregivers and babies; false when the version is not `expected_version` (when given).
  virtual bool Touch(db::Transaction& tx, const std::string& family_id, std::optional<std::int64_t> expected_version,
                     Millis now) = 0;

  virtual void InsertCaregiver(db::Transaction& tx, const Caregiver& caregiver) = 0;
  virtual void UpdateCaregiver(db::Transaction& tx, const Caregiver& caregiver) = 0;
  virtual void InsertBaby(db::Transaction& tx, const Baby& baby) = 0;
  virtual void UpdateBaby(db::Transaction& tx, const Baby& baby) = 0;
  virtual void InsertSharedCare(db::Transaction& tx, const std::string& family_id, const SharedCareItem& item,
                                Millis now) = 0;
  /// False when the entry is not the family's.
  virtual bool DeleteSharedCare(db::Transaction& tx, const std::string& family_id, const std::string& item_id) = 0;

  /// Ends the current assignment (if any) and starts one for `supporter_user_id`.
  virtual void Assign(db::Transaction& tx, const std::string& family_id, const std::string& supporter_user_id,
                      const std::string& assigned_by, Millis now) = 0;
  virtual std::vector<Assignment> Assignments(db::Transaction& tx, const std::string& family_id) = 0;
  /// Peer supporters (enabled accounts) of the organisation, by name.
  virtual std::vector<SupporterChoice> Supporters(db::Transaction& tx, const std::string& organisation_id) = 0;

  /// Closes (with reason and summary) or reopens, and keeps the change in the history.
  virtual void ChangeStatus(db::Transaction& tx, const std::string& family_id, FamilyStatus status,
                            std::optional<ClosingReason> reason, const std::string& summary,
                            const std::string& changed_by, Millis now) = 0;
  virtual std::vector<StatusChange> StatusChanges(db::Transaction& tx, const std::string& family_id) = 0;

  /// Appends one consent decision and keeps families.support_consent in step for support.
  virtual void RecordSupportConsent(db::Transaction& tx, const ConsentRecord& record) = 0;

  /// One page of the families within `scope` that match the filter, by name.
  virtual Page<CaseloadEntry> List(db::Transaction& tx, const ListScope& scope, const CaseloadFilter& filter) = 0;
};

}  // namespace alongside
