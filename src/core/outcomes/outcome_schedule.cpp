#include "core/outcomes/outcome_schedule.hpp"

namespace alongside {

JourneyDates DatesFromStage(const JourneyStage& stage, const Date& today, const Date& support_start) {
  JourneyDates dates{support_start, std::nullopt, std::nullopt};
  if (stage.band == JourneyBand::kPregnancy) {
    const long days_pregnant = stage.pregnancy_weeks * 7L + stage.pregnancy_days;
    dates.due_date = AddDays(today, 280 - days_pregnant);
  } else if (stage.band != JourneyBand::kUnknown) {
    dates.birth_date = AddDays(today, -stage.age_days);
  }
  return dates;
}

std::optional<Date> PointDueDate(const OutcomePoint& point, const JourneyDates& dates) {
  std::optional<Date> anchor;
  switch (point.anchor) {
    case PointAnchor::kStartOfSupport: anchor = dates.support_start; break;
    case PointAnchor::kDueDate: anchor = dates.due_date ? dates.due_date : dates.birth_date; break;
    case PointAnchor::kBirth: anchor = dates.birth_date ? dates.birth_date : dates.due_date; break;
  }
  if (!anchor) return std::nullopt;
  return AddDays(*anchor, point.offset_weeks * 7L);
}

std::vector<PointStatus> PointStatuses(const OutcomeSettings& settings, const JourneyDates& dates, const Date& today,
                                       const std::vector<std::pair<std::string, Date>>& scored) {
  std::vector<PointStatus> statuses;
  for (const auto& point : settings.points) {
    if (point.retired) continue;
    PointStatus status;
    status.point = point;
    status.due = PointDueDate(point, dates);
    for (const auto& [code, date] : scored)
      if (code == point.code) status.scored_on = date;
    if (status.scored_on) status.state = PointState::kScored;
    else if (!status.due) status.state = PointState::kUnknown;
    else status.state = *status.due <= today ? PointState::kDueNow : PointState::kUpcoming;
    statuses.push_back(status);
  }
  // A point not scored is passed once any later point is due (or scored).
  bool later_due = false;
  for (auto it = statuses.rbegin(); it != statuses.rend(); ++it) {
    if (it->state == PointState::kDueNow && later_due) it->state = PointState::kPassed;
    if (it->state == PointState::kScored || (it->due && *it->due <= today)) later_due = true;
  }
  return statuses;
}

const PointStatus* NextPoint(const std::vector<PointStatus>& statuses) {
  for (const auto state : {PointState::kDueNow, PointState::kUpcoming, PointState::kUnknown})
    for (const auto& status : statuses)
      if (status.state == state) return &status;
  return nullptr;
}

std::string PointStateLabel(const PointStatus& status) {
  switch (status.state) {
    case PointState::kScored: return "Scored on " + FormatDate(*status.scored_on);
    case PointState::kDueNow: return "Due now (from " + FormatDate(*status.due) + ")";
    case PointState::kUpcoming: return "Due from " + FormatDate(*status.due);
    case PointState::kPassed: return "Not scored; the time for it has passed";
    case PointState::kUnknown: return "Date not known yet";
  }
  return "";
}

}  // namespace alongside
