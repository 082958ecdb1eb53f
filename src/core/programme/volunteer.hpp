#pragma once
/// A programme's volunteers ("Community Parents"): where each is on the journey from first
/// enquiry to active, paused or left; the pathway to paid work; the roles a programme names
/// for itself; and what matching needs to know (area, languages, lived experience,
/// availability, how many families they can support at once).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/calendar_date.hpp"

namespace alongside {

/// The journey, in order. Paused and left can follow any stage; paused returns to active.
enum class VolunteerStage {
  kEnquiry,
  kApplication,
  kInterview,
  kReferences,
  kDbsCheck,
  kTraining,
  kActive,
  kPaused,
  kLeft,
};

/// The volunteer-to-employment pathway.
enum class PathwayPosition { kVolunteer, kPeerSupportWorker, kTrainer, kCoordinator };

/// A role a programme names for itself, with the supervision it needs: every
/// `supervision_early_days` for the first `early_weeks` weeks after becoming active, every
/// `supervision_later_days` after that.
struct ProgrammeRole {
  std::string id;
  std::string organisation_id;
  std::string name;
  std::string description;
  int supervision_early_days = 7;
  int early_weeks = 12;
  int supervision_later_days = 14;
  std::optional<Millis> archived_at;
  Millis created_at = 0;
};

struct Volunteer {
  std::string id;
  std::string organisation_id;  ///< the programme
  std::string area_id;          ///< the programme's area, filled when read
  std::string user_id;          ///< their account; empty until they have one
  std::string name;
  std::string email;
  std::string phone;
  std::string postcode;
  VolunteerStage stage = VolunteerStage::kEnquiry;
  std::string programme_role_id;
  std::string programme_role_name;  ///< filled when read
  std::vector<std::string> languages;         ///< as typed, "English", "Polish"
  std::vector<std::string> lived_experience;  ///< LivedExperienceCodes()
  std::vector<std::string> availability;      ///< AvailabilitySlotCodes()
  int max_families = 2;
  Date enquired_on;
  std::optional<Date> interviewed_on;
  int references_received = 0;
  std::optional<Date> dbs_checked_on;
  std::optional<Date> dbs_renewal_due;
  std::optional<Date> active_since;
  std::optional<Date> left_on;
  std::string left_reason;
  std::string notes;
  std::string created_by;
  Millis created_at = 0;
  Millis updated_at = 0;
  std::int64_t version = 1;
};

/// One move along the journey.
struct StageChange {
  std::string id;
  std::string volunteer_id;
  std::optional<VolunteerStage> from_stage;  ///< empty for the first enquiry
  VolunteerStage to_stage = VolunteerStage::kEnquiry;
  Date changed_on;
  std::string note;
  std::string changed_by;
  std::string changed_by_name;  ///< filled when read
  Millis changed_at = 0;
};

/// A step on the pathway to employment.
struct Position {
  std::string id;
  std::string volunteer_id;
  PathwayPosition position = PathwayPosition::kVolunteer;
  Date started_on;
  std::optional<Date> ended_on;  ///< empty while current
  std::string note;
  std::string created_by;
  Millis created_at = 0;
};

std::string_view VolunteerStageCode(VolunteerStage stage);
std::optional<VolunteerStage> VolunteerStageFromCode(std::string_view code);
std::string_view VolunteerStageLabel(VolunteerStage stage);
const std::vector<VolunteerStage>& AllVolunteerStages();
/// Before active: the pipeline the coordinator's dashboard counts.
bool InPipeline(VolunteerStage stage);

std::string_view PathwayPositionCode(PathwayPosition position);
std::optional<PathwayPosition> PathwayPositionFromCode(std::string_view code);
std::string_view PathwayPositionLabel(PathwayPosition position);
const std::vector<PathwayPosition>& AllPathwayPositions();
/// Whether the position is paid work (every step but volunteer).
bool IsPaid(PathwayPosition position);

/// Lived experience a family may ask for in a supporter: code and words.
struct Choice {
  std::string_view code;
  std::string_view label;
};
const std::vector<Choice>& LivedExperienceChoices();
/// Weekly availability: mon_am … sun_eve, with words ("Monday morning").
const std::vector<Choice>& AvailabilitySlotChoices();
bool IsLivedExperienceCode(std::string_view code);
bool IsAvailabilitySlotCode(std::string_view code);
std::string_view ChoiceLabel(const std::vector<Choice>& choices, std::string_view code);

}  // namespace alongside
