#pragma once

#include "core/families/family_repository.hpp"

namespace alongside::storage {

/// Family records in the tables of migrations/*/0002_families.sql. The list queries
/// (sql_family_list.cpp) read one page of families in one query and then the babies,
/// caregivers' flags and focus areas of that page in one query each.
class SqlFamilyRepository final : public FamilyRepository {
 public:
  void Insert(db::Transaction& tx, const Family& family, const Caregiver& caregiver, const std::vector<Baby>& babies,
              const std::string& created_by) override;
  std::optional<FamilyRecord> Find(db::Transaction& tx, const std::string& family_id) override;
  std::vector<DuplicateSource> DuplicateSources(db::Transaction& tx, const ListScope& scope,
                                                const std::string& postcode, const std::vector<Date>& dates,
                                                int limit) override;
  void UpdateDetails(db::Transaction& tx, const std::string& family_id, const Family& details, Millis now) override;
  bool Touch(db::Transaction& tx, const std::string& family_id, std::optional<std::int64_t> expected_version,
             Millis now) override;
  void InsertCaregiver(db::Transaction& tx, const Caregiver& caregiver) override;
  void UpdateCaregiver(db::Transaction& tx, const Caregiver& caregiver) override;
  void InsertBaby(db::Transaction& tx, const Baby& baby) override;
  void UpdateBaby(db::Transaction& tx, const Baby& baby) override;
  void InsertSharedCare(db::Transaction& tx, const std::string& family_id, const SharedCareItem& item,
                        Millis now) override;
  bool DeleteSharedCare(db::Transaction& tx, const std::string& family_id, const std::string& item_id) override;
  void Assign(db::Transaction& tx, const std::string& family_id, const std::string& supporter_user_id,
              const std::string& assigned_by, Millis now) override;
  std::vector<Assignment> Assignments(db::Transaction& tx, const std::string& family_id) override;
  std::vector<SupporterChoice> Supporters(db::Transaction& tx, const std::string& organisation_id) override;
  void ChangeStatus(db::Transaction& tx, const std::string& family_id, FamilyStatus status,
                    std::optional<ClosingReason> reason, const std::string& summary, const std::string& changed_by,
                    Millis now) override;
  std::vector<StatusChange> StatusChanges(db::Transaction& tx, const std::string& family_id) override;
  void RecordSupportConsent(db::Transaction& tx, const ConsentRecord& record) override;
  Page<CaseloadEntry> List(db::Transaction& tx, const ListScope& scope, const CaseloadFilter& filter) override;
};

}  // namespace alongside::storage
