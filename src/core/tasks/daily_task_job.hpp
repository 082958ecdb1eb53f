#pragma once
/// The daily task job: at 07:00 UK time, bring every open family's reminders in step with
/// its dates (other capabilities may not have refreshed them yet), then queue the digests.
/// The server runs it in the background; `alongside send-digests` runs it once by hand.

#include <optional>

#include "core/families/calendar_date.hpp"
#include "core/tasks/task_digest.hpp"
#include "core/tasks/task_service.hpp"

namespace alongside {

constexpr int kDailyTaskJobHour = 7;  ///< 07:00 Europe/London

/// Whether the job should run now: it is 07:00 or later in London and it has not run on
/// this London day (`last_run_day`). A server started after 07:00 runs it at once; the
/// digest record stops a second email the same day.
bool DailyTaskJobDue(Millis now, const std::optional<Date>& last_run_day);

struct DailyTaskRun {
  int families_refreshed = 0;
  int digests_queued = 0;
};

/// `stopping` is asked between families and between people, so a shutdown is prompt.
DailyTaskRun RunDailyTaskJob(TaskService& tasks, TaskDigestService& digests,
                             const std::function<bool()>& stopping = {});

}  // namespace alongside
