#include "http/access_log.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>

namespace alongside::http {

namespace {

std::string IsoUtcNow() {
  const auto now = std::chrono::system_clock::now();
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buffer[80];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis));
  return buffer;
}

}  // namespace

std::string FormatAccessRecord(const AccessRecord& record) {
  boost::json::object line;
  line["time"] = IsoUtcNow();
  line["request_id"] = record.request_id;
  line["method"] = record.method;
  line["route"] = record.route.empty() ? std::string("unmatched") : record.route;
  line["status"] = record.status;
  line["duration_ms"] = std::round(record.duration_ms * 1000.0) / 1000.0;
  line["bytes"] = record.bytes;
  line["remote"] = record.remote_address;
  return boost::json::serialize(line);
}

void LogAccess(spdlog::logger* logger, const AccessRecord& record) {
  if (logger == nullptr) return;
  logger->info(FormatAccessRecord(record));
}

std::string NewRequestId() {
  thread_local std::mt19937_64 generator{std::random_device{}()};
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(generator()));
  return buffer;
}

}  // namespace alongside::http
