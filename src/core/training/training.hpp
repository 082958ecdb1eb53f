#pragma once
/// A programme's training: modules (the usual ones and its own), sessions of a module,
/// who attended, completions (from attending a session, or recorded directly, e.g. an
/// accredited course done elsewhere) and the refreshers that fall due after them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/calendar_date.hpp"

namespace alongside {

/// The topic of a module. Matching reads "has done perinatal mental health" from it, so
/// the codes keep their meaning.
enum class TrainingTopic {
  kActiveListening,
  kSafeguarding,
  kBoundaries,
  kPerinatalMentalHealth,
  kCaregivingFramework,
  kInfantFeeding,
  kOther,
};

struct TrainingModule {
  std::string id;
  std::string organisation_id;
  std::string name;
  TrainingTopic topic = TrainingTopic::kOther;
  std::string description;
  std::optional<int> refresher_months;  ///< none: no refresher needed
  bool accredited = false;
  std::optional<int> accredited_hours;  ///< guided learning hours of an accredited course
  std::string awarding_body;
  std::optional<Millis> archived_at;
  Millis created_at = 0;
};

struct TrainingSession {
  std::string id;
  std::string organisation_id;
  std::string module_id;
  std::string module_name;  ///< filled when read
  Date held_on;
  std::string start_time;   ///< "HH:MM", "" when not set
  int duration_minutes = 0;
  std::string trainer_name;
  std::string location;
  std::optional<int> capacity;
  std::string created_by;
  Millis created_at = 0;
  int attended_count = 0;   ///< filled when read
};

/// One volunteer marked at a session.
struct TrainingAttendance {
  std::string session_id;
  std::string volunteer_id;
  bool attended = false;
  std::string recorded_by;
  Millis recorded_at = 0;
};

struct TrainingCompletion {
  std::string id;
  std::string volunteer_id;
  std::string module_id;
  std::string module_name;  ///< filled when read
  Date completed_on;
  std::string source_session_id;  ///< "" when recorded directly
  std::string note;
  std::string recorded_by;
  Millis recorded_at = 0;
};

std::string_view TrainingTopicCode(TrainingTopic topic);
std::optional<TrainingTopic> TrainingTopicFromCode(std::string_view code);
std::string_view TrainingTopicLabel(TrainingTopic topic);
const std::vector<TrainingTopic>& AllTrainingTopics();

/// Where a module's refresher stands for one volunteer.
enum class RefresherState {
  kNotNeeded,  ///< the module has no refresher
  kCurrent,    ///< due more than kRefresherSoonDays from today
  kDueSoon,    ///< due today or within kRefresherSoonDays
  kOverdue,    ///< the due date has passed
};
inline constexpr long kRefresherSoonDays = 30;

struct RefresherStatus {
  RefresherState state = RefresherState::kNotNeeded;
  std::optional<Date> due_on;
};

/// Refresher due = last completion + refresher_months (the same day of the month, or the
/// month's last day when shorter). Overdue when today is after it; due soon from 30 days
/// before it up to and including the day itself.
RefresherStatus RefresherFor(const Date& last_completed, std::optional<int> refresher_months, const Date& today);
std::string_view RefresherStateLabel(RefresherState state);

/// "HH:MM" with hours 00-23 and minutes 00-59.
bool IsClockTime(std::string_view text);

}  // namespace alongside
