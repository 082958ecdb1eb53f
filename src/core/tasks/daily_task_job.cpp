#include "core/tasks/daily_task_job.hpp"

#include "core/common/london_time.hpp"

namespace alongside {

bool DailyTaskJobDue(Millis now, const std::optional<Date>& last_run_day) {
  const Millis local = now + LondonOffset(now);
  const Millis into_day = ((local % kDay) + kDay) % kDay;
  if (into_day < kDailyTaskJobHour * kHour) return false;
  return last_run_day != LondonDateOf(now);
}

DailyTaskRun RunDailyTaskJob(TaskService& tasks, TaskDigestService& digests,
                             const std::function<bool()>& stopping) {
  DailyTaskRun run;
  run.families_refreshed = tasks.RefreshAllOpenFamilies(stopping);
  if (stopping && stopping()) return run;
  run.digests_queued = digests.SendDigests(stopping);
  return run;
}

}  // namespace alongside
