#include "core/goals/goal_validation.hpp"

#include "core/common/text.hpp"

namespace alongside {
namespace {

/// Checks a trimmed piece of free text; `what` names it in messages ("your goal").
void CheckText(Validation& v, const std::string& field, const std::string& text, std::size_t max,
               const std::string& empty_message, const std::string& what) {
  if (text.empty()) {
    if (!empty_message.empty()) v.Add(field, empty_message);
  } else if (CharCount(text) > max) {
    v.Add(field, "Keep " + what + " to " + std::to_string(max) + " characters or fewer");
  } else if (HasControlCharacters(text)) {
    v.Add(field, "Remove the unusual characters from " + what);
  }
}

std::optional<GoalArea> ReadArea(const std::string& code, const std::string& field, Validation& v) {
  const auto trimmed = Trim(code);
  if (trimmed.empty()) return std::nullopt;
  auto area = GoalAreaFromCode(trimmed);
  if (!area) v.Add(field, "Select a goal area from the list, or none");
  return area;
}

}  // namespace

NewGoal ValidateGoalForm(const GoalForm& form, Validation& v) {
  NewGoal goal;
  goal.text = Trim(form.text);
  CheckText(v, "text", goal.text, kMaxGoalTextLength, "Enter the goal in the family's own words", "the goal");
  goal.area = ReadArea(form.area, "area", v);
  for (std::size_t i = 0; i < form.steps.size(); ++i) {
    auto step = Trim(form.steps[i]);
    if (step.empty()) continue;
    CheckText(v, "step_" + std::to_string(i + 1), step, kMaxStepTextLength, "", "the step");
    goal.steps.push_back(std::move(step));
  }
  return goal;
}

std::string ValidateStepText(const std::string& text, const std::string& field, Validation& v) {
  auto step = Trim(text);
  CheckText(v, field, step, kMaxStepTextLength, "Enter the step", "the step");
  return step;
}

ProgressEntry ValidateProgressForm(const ProgressForm& form, const Date& today, Validation& v) {
  ProgressEntry entry;
  entry.note = Trim(form.note);
  CheckText(v, "note", entry.note, kMaxGoalNoteLength, "Enter how it is going", "the note");
  const auto typed = Trim(form.date);
  entry.date = today;
  if (!typed.empty()) {
    const auto date = ParseDate(typed);
    if (!date) v.Add("date", "Enter a real date, for example 14 3 2027");
    else if (*date > today) v.Add("date", "The date must be today or earlier");
    else entry.date = *date;
  }
  return entry;
}

StatusDecision ValidateStatusForm(const StatusForm& form, Validation& v) {
  StatusDecision decision;
  const auto status = GoalStatusFromCode(Trim(form.status));
  if (!status || *status == GoalStatus::kActive) v.Add("status", "Select what has happened with this goal");
  else decision.status = *status;
  decision.note = Trim(form.note);
  CheckText(v, "note", decision.note, kMaxGoalNoteLength, "", "the note");
  if (status == GoalStatus::kChanged) {
    NewGoal goal;
    goal.text = Trim(form.new_text);
    CheckText(v, "new_text", goal.text, kMaxGoalTextLength, "Enter what the goal has become, in the family's words",
              "the new goal");
    goal.area = ReadArea(form.new_area, "new_area", v);
    decision.new_goal = std::move(goal);
  }
  return decision;
}

}  // namespace alongside
