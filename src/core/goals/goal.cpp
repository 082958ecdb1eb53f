#include "core/goals/goal.hpp"

#include <array>
#include <utility>

namespace alongside {
namespace {

struct AreaEntry {
  GoalArea area;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<AreaEntry, 11> kAreas{{
    {GoalArea::kGettingToKnowOthers, "getting_to_know_others", "Getting to know others locally"},
    {GoalArea::kKeepingWellInPregnancy, "keeping_well_in_pregnancy", "Keeping well in pregnancy"},
    {GoalArea::kBondingWithBaby, "bonding_with_baby", "Bonding with baby"},
    {GoalArea::kEconomicWellbeing, "economic_wellbeing", "Economic wellbeing"},
    {GoalArea::kPreparingToBeAParent, "preparing_to_be_a_parent", "Preparing to be a parent"},
    {GoalArea::kEmotionalWellbeing, "emotional_wellbeing", "Emotional wellbeing"},
    {GoalArea::kPhysicalWellbeing, "physical_wellbeing", "Physical wellbeing"},
    {GoalArea::kPreparingForLabourAndBirth, "preparing_for_labour_and_birth", "Preparing for labour and birth"},
    {GoalArea::kFeedingWithConfidence, "feeding_with_confidence", "Feeding my baby with confidence"},
    {GoalArea::kSupportedInRelationship, "supported_in_relationship", "Feeling supported in my relationship"},
    {GoalArea::kHousing, "housing", "Housing"},
}};

struct StatusEntry {
  GoalStatus status;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<StatusEntry, 4> kStatuses{{
    {GoalStatus::kActive, "active", "Working on it"},
    {GoalStatus::kAchieved, "achieved", "Achieved"},
    {GoalStatus::kChanged, "changed", "Changed"},
    {GoalStatus::kLetGo, "let_go", "Let go"},
}};

}  // namespace

int Goal::StepsDone() const {
  int done = 0;
  for (const auto& step : steps) done += step.done() ? 1 : 0;
  return done;
}

std::string_view GoalAreaCode(GoalArea area) {
  for (const auto& entry : kAreas)
    if (entry.area == area) return entry.code;
  return "";
}

std::optional<GoalArea> GoalAreaFromCode(std::string_view code) {
  for (const auto& entry : kAreas)
    if (entry.code == code) return entry.area;
  return std::nullopt;
}

std::string_view GoalAreaLabel(GoalArea area) {
  for (const auto& entry : kAreas)
    if (entry.area == area) return entry.label;
  return "";
}

const std::vector<GoalArea>& AllGoalAreas() {
  static const std::vector<GoalArea> areas = [] {
    std::vector<GoalArea> all;
    for (const auto& entry : kAreas) all.push_back(entry.area);
    return all;
  }();
  return areas;
}

std::string_view GoalStatusCode(GoalStatus status) {
  for (const auto& entry : kStatuses)
    if (entry.status == status) return entry.code;
  return "";
}

std::optional<GoalStatus> GoalStatusFromCode(std::string_view code) {
  for (const auto& entry : kStatuses)
    if (entry.code == code) return entry.status;
  return std::nullopt;
}

std::string_view GoalStatusLabel(GoalStatus status) {
  for (const auto& entry : kStatuses)
    if (entry.status == status) return entry.label;
  return "";
}

}  // namespace alongside
