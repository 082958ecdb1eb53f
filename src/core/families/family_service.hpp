#pragma once
/// Recording a family and keeping its record: who is in it, where they live, what support
/// focuses on and who helps them. Every call goes through FamilyAccess and is audited in
/// the same transaction.
///
/// Edits name the version of the record they started from; when someone else saved in
/// between, the edit is refused with Conflict rather than silently overwriting their change.

#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/family_access.hpp"
#include "core/families/family_reminders.hpp"
#include "core/families/family_repository.hpp"
#include "core/families/family_validation.hpp"
#include "core/families/journey_stage.hpp"

namespace alongside {

/// The new family's form with the choices around it.
struct NewFamilyInput {
  NewFamilyForm form;
  std::string programme_id;      ///< required when the actor works in several programmes
  bool support_consent = false;  ///< "The family agrees to support from the programme"
  bool save_anyway = false;      ///< the person saw the duplicate warning and confirmed
};

/// A recorded family that looks like the new one, for the warning.
struct DuplicateWarning {
  std::string family_id;
  std::string display_name;
  std::vector<std::string> reasons;
};

/// Either the new family's id, or (nothing saved) the families it may duplicate.
struct CreateResult {
  std::string family_id;
  std::vector<DuplicateWarning> duplicates;
  bool readable = false;  ///< whether the creator can open the record now (a supporter needs consent)
};

/// One family as this actor may see it.
struct FamilyView {
  FamilyRecord record;
  JourneyStage stage;
  std::vector<JourneyStage> baby_stages;  ///< one per record.family.babies
  std::vector<Assignment> assignments;     ///< newest first; empty in the shared view
  std::vector<StatusChange> status_changes;  ///< newest first; empty in the shared view
  /// A family member's own view: the babies, their own caregiver entry and who supports
  /// them; never the address, other caregivers' details, focus areas or history.
  bool shared_view = false;
  bool may_edit = false;
  bool may_assign = false;
  bool may_read_sensitive = false;
};

class FamilyService {
 public:
  FamilyService(db::Database& database, FamilyRepository& families, FamilyAccess& access, const Clock& clock)
      : database_(database), families_(families), access_(access), clock_(clock) {}

  /// The programmes in which the actor may record a family (coordinator or peer supporter of a
  /// peer support programme). Empty: the actor may not record families.
  std::vector<ProgrammeChoice> Programmes(const Actor& actor) const;

  /// Validates (Invalid with a message per field), checks for possible duplicates within the
  /// actor's list scope (returned unless save_anyway), then stores the family with its first
  /// caregiver and babies, assigns a peer supporter who records it to themselves, and records
  /// the family's consent to support when given.
  CreateResult Create(const Actor& actor, const NewFamilyInput& input);

  FamilyView Get(const Actor& actor, const std::string& family_id);

  void UpdateDetails(const Actor& actor, const std::string& family_id, const FamilyDetailsForm& form,
                     std::int64_t version);
  void AddCaregiver(const Actor& actor, const std::string& family_id, const CaregiverForm& form);
  void UpdateCaregiver(const Actor& actor, const std::string& family_id, const std::string& caregiver_id,
                       const CaregiverForm& form, std::int64_t version);
  /// A baby of a new pregnancy (number_of_babies for twins and more).
  void AddBabies(const Actor& actor, const std::string& family_id, const BabyForm& form);
  /// Changes one baby, recording a birth included; number_of_babies is ignored.
  void UpdateBaby(const Actor& actor, const std::string& family_id, const std::string& baby_id, const BabyForm& form,
                  std::int64_t version);
  void AddSharedCare(const Actor& actor, const std::string& family_id, const SharedCareForm& form);
  void RemoveSharedCare(const Actor& actor, const std::string& family_id, const std::string& item_id);
  /// Babies' dates drive reminders (first contact by a week of pregnancy, a contact soon after
  /// birth): once set, adding or changing a baby moves them in the same transaction.
  void SetReminders(FamilyReminders& reminders) { reminders_ = &reminders; }

 private:
  /// The record after Require(kUpdate), for an edit.
  FamilyRecord Editable(db::Transaction& tx, const Actor& actor, const std::string& family_id);
  /// Moves the version on and audits the update; Conflict when `version` is stale.
  void Finish(db::Transaction& tx, const Actor& actor, const std::string& family_id,
              std::optional<std::int64_t> version);

  db::Database& database_;
  FamilyRepository& families_;
  FamilyAccess& access_;
  const Clock& clock_;
  FamilyReminders* reminders_ = nullptr;
};

/// The message of the Conflict thrown when someone else saved the record first.
inline constexpr const char* kStaleRecordMessage =
    "Someone else saved changes to this family's record while you were editing it. "
    "Check the record as it is now, then make your changes again.";

}  // namespace alongside
