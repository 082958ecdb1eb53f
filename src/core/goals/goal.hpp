#pragma once
/// A goal a family sets in their own words ("I want to feel confident bathing the twins"),
/// the small steps towards it, the progress they make, and how it ended: achieved, changed
/// into a new goal, or let go. Plain values; validation lives in goal_validation.hpp.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/calendar_date.hpp"

namespace alongside {

/// The areas a goal may sit under. A fixed list for now; stored as codes so that a
/// programme's own list can replace it later.
enum class GoalArea {
  kGettingToKnowOthers,
  kKeepingWellInPregnancy,
  kBondingWithBaby,
  kEconomicWellbeing,
  kPreparingToBeAParent,
  kEmotionalWellbeing,
  kPhysicalWellbeing,
  kPreparingForLabourAndBirth,
  kFeedingWithConfidence,
  kSupportedInRelationship,
  kHousing,
};

enum class GoalStatus {
  kActive,
  kAchieved,
  kChanged,  ///< replaced by a new goal (changed_into_goal_id)
  kLetGo,
};

struct GoalStep {
  std::string id;
  std::string goal_id;
  int position = 0;  ///< 1-based order within the goal
  std::string text;
  std::optional<Millis> done_at;
  std::string done_by;
  Millis created_at = 0;

  bool done() const { return done_at.has_value(); }
};

/// A dated note of how it is going, by a worker or by the parent themself.
struct GoalProgress {
  std::string id;
  std::string goal_id;
  std::string family_id;
  Date date;
  std::string note;
  bool by_family = false;
  std::string recorded_by;       ///< user id
  std::string recorded_by_name;  ///< filled when read
  Millis recorded_at = 0;
};

struct GoalStatusChange {
  std::string id;
  std::string goal_id;
  GoalStatus status = GoalStatus::kActive;
  std::string note;
  std::string changed_by;
  std::string changed_by_name;  ///< filled when read
  Millis changed_at = 0;
};

struct Goal {
  std::string id;
  std::string family_id;
  std::string text;
  std::optional<GoalArea> area;
  GoalStatus status = GoalStatus::kActive;
  std::optional<Millis> status_changed_at;
  std::string status_changed_by;
  std::string changed_from_goal_id;
  std::string changed_into_goal_id;
  std::string created_by;
  Millis created_at = 0;
  Millis updated_at = 0;
  std::vector<GoalStep> steps;  ///< in order; filled when read with its steps

  bool active() const { return status == GoalStatus::kActive; }
  int StepsDone() const;
};

/// Stable codes stored in the database and used in the API ("bonding_with_baby"), and
/// words for people ("Bonding with baby").
std::string_view GoalAreaCode(GoalArea area);
std::optional<GoalArea> GoalAreaFromCode(std::string_view code);
std::string_view GoalAreaLabel(GoalArea area);
const std::vector<GoalArea>& AllGoalAreas();

std::string_view GoalStatusCode(GoalStatus status);
std::optional<GoalStatus> GoalStatusFromCode(std::string_view code);
std::string_view GoalStatusLabel(GoalStatus status);

}  // namespace alongside
