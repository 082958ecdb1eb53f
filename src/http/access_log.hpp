#pragma once
/// The access log: one JSON object per line, holding nothing personal. The route pattern
/// stands in for the path ("GET /families/{id}"), and there is no query string, body,
/// cookie or Authorization header in it, by construction.

#include <cstddef>
#include <string>

namespace spdlog {
class logger;
}

namespace alongside::http {

struct AccessRecord {
  std::string request_id;
  std::string method;
  std::string route;  ///< "unmatched" when no route answered
  int status = 0;
  double duration_ms = 0;
  std::size_t bytes = 0;  ///< bytes written for the response, headers included
  std::string remote_address;
};

/// {"time":"2024-05-01T09:30:00.123Z","request_id":...,"method":...,"route":...,
/// "status":...,"duration_ms":...,"bytes":...,"remote":...}
std::string FormatAccessRecord(const AccessRecord& record);

/// Writes the record at info level; does nothing when `logger` is null.
void LogAccess(spdlog::logger* logger, const AccessRecord& record);

/// A fresh random request id: 16 lowercase hex digits.
std::string NewRequestId();

}  // namespace alongside::http
