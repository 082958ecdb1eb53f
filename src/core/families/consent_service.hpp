#pragma once
/// Recording what a family agreed to, and reading it back. Every decision is appended to
/// the family's consent history (never changed); families.support_consent is brought in
/// step in the same transaction, so a withdrawal of support reaches FamilyAccess at once:
/// the supporter's caseload no longer holds the family and no new work can be recorded.

#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/consent.hpp"
#include "core/families/consent_form.hpp"
#include "core/families/family_access.hpp"

namespace alongside {

/// A decision in the history with the names a person needs to read it.
struct ConsentHistoryEntry {
  ConsentRecord record;
  std::string recorded_by_name;   ///< empty when the account no longer exists
  std::string organisation_name;  ///< the named service, for sharing
};

/// A service the family may agree to share with: another organisation in its area.
struct SharingService {
  std::string organisation_id;
  std::string name;
};

class ConsentRepository {
 public:
  virtual ~ConsentRepository() = default;
  /// The whole history, newest decision first.
  virtual std::vector<ConsentHistoryEntry> History(db::Transaction& tx, const std::string& family_id) = 0;
  virtual void Insert(db::Transaction& tx, const ConsentRecord& record) = 0;
  virtual void SetSupportConsent(db::Transaction& tx, const std::string& family_id, bool given, Millis now) = 0;
  /// Organisations of the area other than the programme holding the record, by name.
  virtual std::vector<SharingService> SharingServices(db::Transaction& tx, const FamilyScopeFacts& family) = 0;
  virtual std::string DisplayName(db::Transaction& tx, const std::string& family_id) = 0;
};

/// The decision in force for one kind (and service), for the page and the API.
/// Support, texts and evaluation are always listed, "not asked yet" until a decision.
struct ConsentStandingView {
  ConsentKind kind = ConsentKind::kSupport;
  std::string organisation_id;    ///< the named service, for sharing
  std::string organisation_name;
  bool asked = false;
  bool given = false;
  ConsentHistoryEntry latest;  ///< the decision in force, when asked
};

struct FamilyConsent {
  std::string family_id;
  std::string display_name;
  std::vector<ConsentStandingView> current;  ///< support, texts, evaluation, then each named service
  std::vector<ConsentHistoryEntry> history;  ///< newest first
  std::vector<SharingService> services;      ///< for the form's choice of service
  bool support_given = false;
  bool may_record = false;        ///< the actor may record a decision
  bool may_read_sensitive = false;  ///< for the family's tabs
  /// A family member's own view: decisions without the notes workers wrote about them.
  bool shared_view = false;
};

/// What happened to a decision sent for recording.
struct ConsentRecordResult {
  /// Nothing was saved: this would withdraw support the family currently gives, which ends
  /// the supporter's access at once, so the person must confirm it first.
  bool needs_confirmation = false;
  std::optional<ConsentRecord> record;
  /// Whether the actor still reaches the family: a supporter recording a withdrawal of
  /// support loses it with the decision.
  bool still_reaches = true;
};

class ConsentService {
 public:
  ConsentService(db::Database& database, ConsentRepository& consents, FamilyAccess& access, const Clock& clock)
      : database_(database), consents_(consents), access_(access), clock_(clock) {}

  /// Current state and history; audited as "consent.read".
  FamilyConsent Read(const Actor& actor, const std::string& family_id);

  /// Appends a decision (Invalid with a message per field) and keeps the family's support
  /// flag in step; audited as "consent.record". Recording is allowed on a closed family and
  /// one without support consent: a family may change its mind at any time.
  ConsentRecordResult Record(const Actor& actor, const std::string& family_id, const ConsentForm& form,
                             bool withdrawal_confirmed);

  /// Whether the family's record may be shared with this organisation now (consent.hpp
  /// MayShareWith). For services that have already passed the family through FamilyAccess
  /// in the same transaction; does not check the actor or audit.
  bool MayShareWith(db::Transaction& tx, const std::string& family_id, const std::string& organisation_id);

 private:
  db::Database& database_;
  ConsentRepository& consents_;
  FamilyAccess& access_;
  const Clock& clock_;
};

}  // namespace alongside
