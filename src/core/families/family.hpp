#pragma once
/// A family supported by a peer support programme: the people in it (caregivers and
/// babies), where they live, what the support focuses on, and whether it is open.
/// Plain values; the rules that read them live beside them (journey_stage.hpp,
/// duplicate_check.hpp, consent.hpp, family_validation.hpp).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/calendar_date.hpp"

namespace alongside {

/// The depth pathways of the National PAIR Framework that the support focuses on.
enum class FocusArea {
  kAntenatal,
  kNeonatalCare,
  kParentalMentalHealth,
  kChildrensSocialCare,  ///< children's social care involvement
};

enum class FamilyStatus { kOpen, kClosed };

/// Why support ended; asked for when closing so that outcomes can be counted.
enum class ClosingReason {
  kGoalsMet,
  kMovedAway,
  kChildReachedAgeLimit,
  kDeclined,
  kLostContact,
};

/// Someone in the family's own shared-care network: family and friends who help.
struct SharedCareEntry {
  std::string name;
  std::string relationship;  ///< "my mum", "neighbour"
  std::string how_they_help; ///< in the family's words: "picks up the older two from school"
};

/// A parent or carer. A caregiver may later link their own parent account (linked_user_id)
/// to see what is shared with them; that account never sees sensitive notes.
struct Caregiver {
  std::string id;
  std::string family_id;
  std::string name;
  std::string preferred_name;  ///< what to call them; empty means use `name`
  std::string pronouns;
  std::optional<Date> date_of_birth;
  std::string phone;
  std::string email;
  std::string preferred_language;
  bool interpreter_needed = false;
  std::string relationship_to_baby;  ///< "mother", "father", "partner", "grandmother", ...
  std::optional<std::string> linked_user_id;
  Millis created_at = 0;

  /// The name to greet them by.
  const std::string& CalledBy() const { return preferred_name.empty() ? name : preferred_name; }
};

/// A baby, before or after birth. Twins and more share a multiple_birth_group (any id the
/// family record chooses, the same for each baby of that pregnancy).
struct Baby {
  std::string id;
  std::string family_id;
  std::optional<Date> due_date;    ///< expected; kept after birth to see how early a baby came
  std::optional<Date> birth_date;  ///< set once born
  std::string name;                ///< empty until known
  bool born_early = false;         ///< before 37 weeks of pregnancy
  std::optional<int> gestation_weeks_at_birth;  ///< when known
  bool neonatal_care = false;      ///< spent time in a neonatal unit
  std::string multiple_birth_group;  ///< empty for a single baby
  Millis created_at = 0;

  bool born() const { return birth_date.has_value(); }
};

struct Family {
  std::string id;
  std::string programme_organisation_id;  ///< the peer support programme holding the record
  std::string area_id;
  std::string address_line_1;
  std::string address_line_2;
  std::string town;
  std::string postcode;  ///< normalised: "SW1A 1AA" (see postcode.hpp)
  std::vector<FocusArea> focus_areas;
  std::string strengths;  ///< in the family's own words
  std::vector<SharedCareEntry> shared_care;
  FamilyStatus status = FamilyStatus::kOpen;
  std::optional<ClosingReason> closing_reason;  ///< set while closed
  std::string closing_summary;
  std::optional<Millis> closed_at;
  Millis created_at = 0;
  std::vector<Caregiver> caregivers;  ///< filled when read with its people
  std::vector<Baby> babies;

  bool open() const { return status == FamilyStatus::kOpen; }
};

/// Stable codes stored in the database and used in the API ("parental_mental_health"),
/// and words for people ("Parental mental health").
std::string_view FocusAreaCode(FocusArea area);
std::optional<FocusArea> FocusAreaFromCode(std::string_view code);
std::string_view FocusAreaLabel(FocusArea area);
const std::vector<FocusArea>& AllFocusAreas();

std::string_view FamilyStatusCode(FamilyStatus status);
std::optional<FamilyStatus> FamilyStatusFromCode(std::string_view code);

std::string_view ClosingReasonCode(ClosingReason reason);
std::optional<ClosingReason> ClosingReasonFromCode(std::string_view code);
std::string_view ClosingReasonLabel(ClosingReason reason);
const std::vector<ClosingReason>& AllClosingReasons();

}  // namespace alongside
