#pragma once
/// What a goal, a step, a progress note and a change of status must be, checked all at once
/// so that a form can show every problem next to its field. Field names are the form's and
/// the API's: "text", "area", "step_1".., "note", "date", "status", "new_text", "new_area".

#include <optional>
#include <string>
#include <vector>

#include "core/common/errors.hpp"
#include "core/goals/goal.hpp"

namespace alongside {

/// The most steps a new goal's form offers; more can be added to the goal afterwards.
inline constexpr int kNewGoalStepFields = 3;
inline constexpr std::size_t kMaxGoalTextLength = 500;
inline constexpr std::size_t kMaxStepTextLength = 300;
inline constexpr std::size_t kMaxGoalNoteLength = 2000;

/// As typed: the goal in the family's words, an optional area code, and first steps
/// (blank ones are ignored).
struct GoalForm {
  std::string text;
  std::string area;
  std::vector<std::string> steps;
};

struct NewGoal {
  std::string text;
  std::optional<GoalArea> area;
  std::vector<std::string> steps;
};

/// Fields "text", "area" and "step_N" for the Nth step as given (1-based).
NewGoal ValidateGoalForm(const GoalForm& form, Validation& v);

/// A step's text, trimmed; reports under `field`.
std::string ValidateStepText(const std::string& text, const std::string& field, Validation& v);

struct ProgressForm {
  std::string note;
  std::string date;  ///< as typed; empty means today
};

struct ProgressEntry {
  Date date;
  std::string note;
};

/// Fields "note" and "date"; the date may not be after `today` (UK).
ProgressEntry ValidateProgressForm(const ProgressForm& form, const Date& today, Validation& v);

/// Ending a goal: achieved, changed into a new goal (new_text, new_area), or let go.
struct StatusForm {
  std::string status;
  std::string note;
  std::string new_text;
  std::string new_area;
};

struct StatusDecision {
  GoalStatus status = GoalStatus::kAchieved;
  std::string note;
  std::optional<NewGoal> new_goal;  ///< set exactly when status is kChanged
};

/// Fields "status", "note", "new_text", "new_area". "active" is not a choice: a goal
/// starts active and each ending is kept.
StatusDecision ValidateStatusForm(const StatusForm& form, Validation& v);

}  // namespace alongside
