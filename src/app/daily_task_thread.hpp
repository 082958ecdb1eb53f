#pragma once
/// The server's background thread for the daily task job (core/tasks/daily_task_job.hpp).

#include <stop_token>

#include <spdlog/logger.h>

#include "core/common/clock.hpp"
#include "core/services.hpp"

namespace alongside::app {

/// Checks every few seconds whether the job is due and runs it; returns within a second
/// of `stop` being requested (a run in progress stops after the family or person at hand).
void RunDailyTaskThread(std::stop_token stop, Services& services, const Clock& clock, spdlog::logger& log);

}  // namespace alongside::app
