#include "core/programme/volunteer_time.hpp"

#include <array>

#include "core/common/code_table.hpp"

namespace alongside {
namespace {

constexpr std::array<Named<TimeActivity>, 5> kActivities{{
    {TimeActivity::kTraining, "training", "Training"},
    {TimeActivity::kSupervision, "supervision", "Supervision"},
    {TimeActivity::kGroup, "group", "Running or helping at a group"},
    {TimeActivity::kTravel, "travel", "Travel"},
    {TimeActivity::kOther, "other", "Other programme work"},
}};

}  // namespace

std::string_view TimeActivityCode(TimeActivity activity) { return CodeOf(kActivities, activity); }
std::optional<TimeActivity> TimeActivityFromCode(std::string_view code) { return FromCode(kActivities, code); }
std::string_view TimeActivityLabel(TimeActivity activity) { return LabelOf(kActivities, activity); }
const std::vector<TimeActivity>& AllTimeActivities() {
  static const auto values = ValuesOf(kActivities);
  return values;
}

}  // namespace alongside
