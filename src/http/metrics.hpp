#pragma once
/// Request counters and a latency histogram, rendered in the Prometheus text format
/// (version 0.0.4) for /metrics. Safe to call from any thread.

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alongside::http {

class Metrics {
 public:
  /// Upper bounds (seconds) of the latency histogram buckets; +Inf is implied.
  static constexpr std::array<double, 11> kBuckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                      0.5,   1.0,  2.5,   5.0,  10.0};

  /// Records one finished request. `route` is the route pattern ("GET /families/{id}"),
  /// never a raw path, so the number of series stays bounded.
  void Observe(std::string route, int status, double seconds);

  /// alongside_http_requests_total{route,status}, the
  /// alongside_http_request_duration_seconds histogram, then each (name, value) gauge; a name may
  /// carry its own labels, e.g. `alongside_db_pool_connections{state="idle"}`.
  std::string RenderPrometheus(const std::vector<std::pair<std::string, double>>& gauges = {}) const;

 private:
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;
  std::array<std::uint64_t, kBuckets.size()> bucket_counts_{};  // non-cumulative
  std::uint64_t count_ = 0;
  double sum_seconds_ = 0;
};

/// Escapes a Prometheus label value: backslash, double quote and newline.
std::string EscapePrometheusLabel(std::string_view value);

}  // namespace alongside::http
