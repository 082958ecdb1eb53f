#pragma once
/// When each point of the journey is due for one family, worked out from the family's journey
/// stage (src/core/families/journey_stage.hpp) and the day support started, and which point is
/// due next. A point may still be scored late; it is shown as passed once a later point is due.

#include <optional>
#include <string>
#include <vector>

#include "core/families/calendar_date.hpp"
#include "core/families/journey_stage.hpp"
#include "core/outcomes/outcome_settings.hpp"

namespace alongside {

/// The dates points are counted from. The due date stands for the birth until the baby is
/// born, and the birth for the due date once it is (pregnancy ended then).
struct JourneyDates {
  Date support_start;
  std::optional<Date> due_date;
  std::optional<Date> birth_date;
};

/// The dates a stage implies on `today`: in pregnancy the due date is today plus the days left
/// to 40 weeks; after birth the birth was age_days ago.
JourneyDates DatesFromStage(const JourneyStage& stage, const Date& today, const Date& support_start);

/// The day a point falls due, if the dates say.
std::optional<Date> PointDueDate(const OutcomePoint& point, const JourneyDates& dates);

enum class PointState {
  kScored,
  kDueNow,    ///< due on or before today and no later point due yet
  kUpcoming,  ///< due after today
  kPassed,    ///< not scored, and a later point is already due
  kUnknown,   ///< no dates to work it out from
};

struct PointStatus {
  OutcomePoint point;
  PointState state = PointState::kUnknown;
  std::optional<Date> due;
  std::optional<Date> scored_on;  ///< the current scoring's date
};

/// One status for each point in use, in order. `scored` gives, for a point code, the date of
/// its current scoring (nothing when not scored).
std::vector<PointStatus> PointStatuses(const OutcomeSettings& settings, const JourneyDates& dates, const Date& today,
                                       const std::vector<std::pair<std::string, Date>>& scored);

/// The point to score next: the first due now, else the first upcoming, else the first not
/// scored with no dates. Nothing when every point in use is scored or passed.
const PointStatus* NextPoint(const std::vector<PointStatus>& statuses);

/// "Due now", "Due from 14 March 2027", "Scored on 2 May 2027", "Time has passed", "Date not known yet".
std::string PointStateLabel(const PointStatus& status);

}  // namespace alongside
