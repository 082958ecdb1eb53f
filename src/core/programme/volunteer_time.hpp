#pragma once
/// Time a volunteer gives beyond their contacts with families: training, supervision,
/// groups, travel. Training attendance and supervision write their own entries (with a
/// source) so that the hours follow the attendance; the rest is logged by hand.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/calendar_date.hpp"

namespace alongside {

enum class TimeActivity { kTraining, kSupervision, kGroup, kTravel, kOther };

struct TimeEntry {
  std::string id;
  std::string volunteer_id;
  TimeActivity activity = TimeActivity::kOther;
  Date on_date;
  std::int64_t minutes = 0;
  std::string note;
  std::string source_type;  ///< "" by hand; "training_session", "supervision_session"
  std::string source_id;
  std::string logged_by;
  Millis logged_at = 0;
};

inline constexpr std::string_view kTrainingSessionSource = "training_session";
inline constexpr std::string_view kSupervisionSessionSource = "supervision_session";

std::string_view TimeActivityCode(TimeActivity activity);
std::optional<TimeActivity> TimeActivityFromCode(std::string_view code);
std::string_view TimeActivityLabel(TimeActivity activity);
const std::vector<TimeActivity>& AllTimeActivities();

}  // namespace alongside
