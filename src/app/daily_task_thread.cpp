#include "app/daily_task_thread.hpp"

#include <chrono>
#include <thread>

#include "core/tasks/daily_task_job.hpp"

namespace alongside::app {

void RunDailyTaskThread(std::stop_token stop, Services& services, const Clock& clock, spdlog::logger& log) {
  std::optional<Date> last_run_day;
  while (!stop.stop_requested()) {
    const Millis now = clock.Now();
    if (DailyTaskJobDue(now, last_run_day)) {
      last_run_day = LondonDateOf(now);
      try {
        if (services.task_digests.DailyJobFinishedToday()) {
          log.info("daily tasks: already done today");
        } else {
          const auto run = RunDailyTaskJob(services.tasks, services.task_digests,
                                           [&stop] { return stop.stop_requested(); });
          if (!stop.stop_requested()) services.task_digests.RecordDailyJobFinished();
          log.info("daily tasks: {} families refreshed, {} digests queued", run.families_refreshed,
                   run.digests_queued);
        }
      } catch (const std::exception& error) {
        log.error("daily tasks: {}", error.what());
      }
    }
    for (int i = 0; i < 50 && !stop.stop_requested(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

}  // namespace alongside::app
