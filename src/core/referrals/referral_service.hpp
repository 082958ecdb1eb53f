#pragma once
/// Referrals across organisations. The referring side drafts a referral through the family
/// gate (FamilyAccess: the family is open and agrees to support), chooses what to share and
/// sends it only while the family agrees to share with the service's organisation; what
/// crosses is frozen at that moment. The receiving side works from its inbox and sees only
/// the referral, what was shared and its events, and the shared items only while that
/// consent stands. It never reaches the family record through a referral.
///
/// Every read and change is audited with the family's id, and every change is an event.

#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/consent_service.hpp"
#include "core/families/family_access.hpp"
#include "core/families/family_repository.hpp"
#include "core/referrals/referral_repository.hpp"
#include "core/referrals/referral_sharing.hpp"
#include "core/referrals/referral_state.hpp"
#include "core/services/service_repository.hpp"

namespace alongside {

/// A new referral as typed.
struct ReferralForm {
  std::string service_id;
  std::string reason;
  std::vector<std::string> share;  ///< ShareItem codes ticked
};

/// What any change may carry: a note (the decline reason, the outcome, why withdrawn), the
/// first contact's date, and a declining service's onward suggestion.
struct ReferralChangeForm {
  std::string note;
  std::string date;
  std::string onward_service_id;
  std::string onward_note;
};

/// A service one may refer to or suggest onward.
struct ServiceChoice {
  std::string id;
  std::string name;
  std::string organisation_name;
  ServiceLevel level = ServiceLevel::kCommunity;
};

/// What the new-referral form offers.
struct ReferralOptions {
  std::string family_name;
  std::vector<ServiceChoice> services;  ///< other organisations' services of the area taking referrals through Alongside
  bool may_read_sensitive = false;      ///< for the family's tabs
};

/// One referral as this actor may see it.
struct ReferralView {
  Referral referral;
  ReferralSides sides;
  std::string family_name;         ///< referring side only
  std::vector<SharedItem> shared;  ///< sent: what crossed; a draft: the preview of what would
  bool shared_hidden = false;      ///< the family no longer agrees to share with the service
  std::string consent_withdrawn_on;  ///< "14 March 2027", when shared_hidden
  bool may_share = true;           ///< a draft: consent to share with the service is in force
  std::vector<ReferralEvent> events;
  ReferralFlags flags;
  LevelStep step = LevelStep::kSame;
  std::optional<long> days_to_first_contact;
  std::vector<ReferralChange> allowed;       ///< changes this actor may make now
  std::vector<ServiceChoice> onward_choices;  ///< for declining with a suggestion
};

struct FamilyReferrals {
  std::string family_name;
  std::vector<Referral> referrals;  ///< newest first
  bool may_refer = false;
  bool may_read_sensitive = false;
};

class ReferralService {
 public:
  ReferralService(db::Database& database, ReferralRepository& referrals, ServiceRepository& services,
                  FamilyRepository& families, ConsentRepository& consents, FamilyAccess& access, const Clock& clock)
      : database_(database), referrals_(referrals), services_(services), families_(families), consents_(consents),
        access_(access), clock_(clock) {}

  /// For the form: refuses like Create would.
  ReferralOptions Options(const Actor& actor, const std::string& family_id);
  /// A draft; Invalid with a message per field (service_id, reason, share).
  Referral Create(const Actor& actor, const std::string& family_id, const ReferralForm& form);
  /// Opening a sent referral on the receiving side marks it received.
  /// `with_onward_choices`: also the services to suggest on declining (read only when the decline
  /// form is open: an area may have hundreds of services of one kind).
  ReferralView Get(const Actor& actor, const std::string& referral_id, bool with_onward_choices = false);
  /// One change of state. Conflict with the reason when this side may not make it now,
  /// Invalid for bad input; sending without consent to share is a Conflict naming the service.
  ReferralView Change(const Actor& actor, const std::string& referral_id, ReferralChange change,
                      const ReferralChangeForm& form);

  /// Received by the actor's organisations; without reasons or family ids (see Get).
  ReferralPage Inbox(const Actor& actor, std::optional<ReferralStatus> status, const PageRequest& page);
  ReferralPage Sent(const Actor& actor, const PageRequest& page);
  ReferralPage Attention(const Actor& actor, const PageRequest& page);
  /// Counts up to kAttentionCountLimit; a page shows "1000 or more" at the limit.
  std::int64_t AttentionCount(const Actor& actor);
  static constexpr int kAttentionCountLimit = 1000;
  FamilyReferrals ForFamily(const Actor& actor, const std::string& family_id);
  /// Today in the UK by the service's clock, for flags on lists.
  Date Today() const { return LondonDateOf(clock_.Now()); }

 private:
  Referral Load(db::Transaction& tx, const Actor& actor, const std::string& id, Action action) const;
  ReferralSides SidesOf(const Actor& actor, const Referral& referral) const;
  ReferralView ViewOf(db::Transaction& tx, const Actor& actor, const Referral& referral,
                      bool with_onward_choices = false);
  void Apply(db::Transaction& tx, const Actor& actor, Referral& referral, ReferralChange change,
             const ReferralChangeForm& form, Millis now);
  void Send(db::Transaction& tx, const Actor& actor, Referral& referral, Millis now);
  /// The area's services (those taking referrals through Alongside only, when asked), leaving
  /// out one organisation's own (a programme does not refer to itself).
  std::vector<ServiceChoice> Choices(db::Transaction& tx, const std::string& area_id, bool alongside_only,
                                     const std::string& except_organisation_id,
                                     std::optional<ServiceType> type = std::nullopt);
  ConsentState ConsentOf(db::Transaction& tx, const std::string& family_id);
  void AddEvent(db::Transaction& tx, const Actor& actor, const Referral& referral, const std::string& note,
                const std::string& organisation_id, Millis now);

  db::Database& database_;
  ReferralRepository& referrals_;
  ServiceRepository& services_;
  FamilyRepository& families_;
  ConsentRepository& consents_;
  FamilyAccess& access_;
  const Clock& clock_;
};

/// Scope attributes of a referral for the policy: both organisations, and the family's
/// supporter and the referrer as its caseload.
RecordScope ScopeOfReferral(const Referral& referral);

}  // namespace alongside
