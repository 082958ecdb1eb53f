#pragma once
/// What a family has agreed to, kept as a history of decisions: nothing is overwritten, so
/// anyone can see who recorded what, how and when. The current state is worked out from
/// the history; a withdrawal takes effect the moment it is recorded, for access and sharing.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"

namespace alongside {

enum class ConsentKind {
  kSupport,     ///< support from this peer support programme
  kSharing,     ///< sharing with one named service (organisation_id)
  kTexts,       ///< text messages
  kEvaluation,  ///< taking part in evaluation of the programme
};

enum class ConsentDecision { kGiven, kWithdrawn };

/// How the decision reached us.
enum class ConsentMethod { kInPerson, kPhone, kWritten, kOnline };

/// One decision by the family. Never changed once stored; a change of mind is a new record.
struct ConsentRecord {
  std::string id;
  std::string family_id;
  ConsentKind kind = ConsentKind::kSupport;
  std::string organisation_id;  ///< the service, for kSharing only
  ConsentDecision decision = ConsentDecision::kGiven;
  ConsentMethod method = ConsentMethod::kInPerson;
  Millis decided_at = 0;   ///< when the family said so (a signed form may be entered later)
  Millis recorded_at = 0;  ///< when it was entered
  std::string recorded_by_user_id;
  std::string note;
};

/// The decision now in force for one kind (and service), with the record it comes from.
struct ConsentStanding {
  ConsentKind kind = ConsentKind::kSupport;
  std::string organisation_id;
  bool given = false;
  ConsentRecord latest;
};

/// What the family has agreed to now. Anything never asked about is not given.
struct ConsentState {
  std::vector<ConsentStanding> standings;  ///< one per kind, and one per service for sharing

  const ConsentStanding* Find(ConsentKind kind, std::string_view organisation_id = "") const;
  bool Given(ConsentKind kind) const;
};

/// The state from the history, in any order: for each kind (and, for sharing, each service)
/// the latest decision wins. "Latest" is by decided_at, then recorded_at; when two records
/// are equally late, a withdrawal wins, so a doubt never counts as a yes.
ConsentState CurrentConsent(const std::vector<ConsentRecord>& history);

/// Whether the family currently agrees to support from the programme. Without it the record
/// is kept but no new work is done with the family.
bool HasSupportConsent(const ConsentState& state);

/// Whether the programme may share the family's record with this service now: the family
/// agrees to sharing with that service by name, and still agrees to support from the
/// programme (someone who has left the programme has not asked for their record to travel).
bool MayShareWith(const ConsentState& state, std::string_view organisation_id);

std::string_view ConsentKindCode(ConsentKind kind);
std::optional<ConsentKind> ConsentKindFromCode(std::string_view code);
std::string_view ConsentKindLabel(ConsentKind kind);
std::string_view ConsentDecisionCode(ConsentDecision decision);
std::optional<ConsentDecision> ConsentDecisionFromCode(std::string_view code);
std::string_view ConsentMethodCode(ConsentMethod method);
std::optional<ConsentMethod> ConsentMethodFromCode(std::string_view code);
std::string_view ConsentMethodLabel(ConsentMethod method);

}  // namespace alongside
