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
        const auto run = RunDailyTaskJob(services.tasks, services.task_digests,
                                         [&stop] { return stop.stop_requested(); });
        log.info("daily tasks: {} families refreshed, {} digests queued", run.families_refreshed, run.digests_queued);
      } catch (const std::exception& error) {
        log.error("daily tasks: {}", error.what());
      }
    }
    for (int i = 0; i < 50 && !stop.stop_requested(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

}  // namespace alongside::app
