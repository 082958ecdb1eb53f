#pragma once
/// A match: the coordinator offers a family waiting for a supporter to one volunteer, who
/// accepts (and the family becomes theirs) or declines; the coordinator may withdraw the
/// offer while it is open. A family has at most one open offer at a time.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/family_record.hpp"
#include "core/matching/matching_rules.hpp"

namespace alongside {

enum class MatchStatus { kProposed, kAccepted, kDeclined, kWithdrawn };

std::string_view MatchStatusCode(MatchStatus status);
std::optional<MatchStatus> MatchStatusFromCode(std::string_view code);
std::string_view MatchStatusLabel(MatchStatus status);

struct Match {
  std::string id;
  std::string family_id;
  std::string volunteer_id;
  std::string volunteer_name;  ///< filled when read
  MatchStatus status = MatchStatus::kProposed;
  std::string note;             ///< the coordinator's, for the volunteer
  std::string response_reason;  ///< why declined or withdrawn
  std::string proposed_by;
  Millis proposed_at = 0;
  std::string responded_by;
  std::optional<Millis> responded_at;
};

/// A family waiting for a supporter: open, consenting to support, with none assigned.
struct WaitingFamily {
  std::string family_id;
  std::string organisation_id;
  std::string display_name;
  std::string postcode;
  Millis waiting_since = 0;  ///< when the record was made
  std::string offered_to;    ///< the volunteer of the open offer, "" when none
};

/// The facts matching reads from a family record on `today` (the UK date): the caregivers'
/// languages, neonatal care, twins (two or more babies of one pregnancy), a caregiver
/// under 20, a father among the caregivers, and the focus areas.
FamilyFacts FactsOfFamily(const FamilyRecord& record, const Date& today);
/// "Waiting 3 days", "Waiting 5 weeks", "Waiting since today".
std::string WaitingWords(Millis since, Millis now);
/// What a volunteer may know of a family before accepting: the first name of the first
/// caregiver ("Priya" of "Priya Shah").
std::string FirstName(const std::string& name);

}  // namespace alongside
