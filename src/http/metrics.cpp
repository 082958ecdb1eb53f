#include "http/metrics.hpp"

#include <charconv>
#include <cmath>

namespace alongside::http {

namespace {

std::string FormatNumber(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

}  // namespace

std::string EscapePrometheusLabel(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (const char c : value) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      default: out += c;
    }
  }
  return out;
}

void Metrics::Observe(std::string route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{std::move(route), status}];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++bucket_counts_[i];
      break;
    }
  }
  ++count_;
  sum_seconds_ += seconds;
}

std::string Metrics::RenderPrometheus(const std::vector<std::pair<std::string, double>>& gauges) const {
  std::string out;
  {
    std::lock_guard lock(mutex_);
    out += "# HELP alongside_http_requests_total HTTP requests answered, by route and status.\n";
    out += "# TYPE alongside_http_requests_total counter\n";
    for (const auto& [key, count] : requests_) {
      out += "alongside_http_requests_total{route=\"" + EscapePrometheusLabel(key.first) + "\",status=\"" +
             std::to_string(key.second) + "\"} " + std::to_string(count) + "\n";
    }
    out += "# HELP alongside_http_request_duration_seconds Time from request to response written.\n";
    out += "# TYPE alongside_http_request_duration_seconds histogram\n";
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += bucket_counts_[i];
      out += "alongside_http_request_duration_seconds_bucket{le=\"" + FormatNumber(kBuckets[i]) + "\"} " +
             std::to_string(cumulative) + "\n";
    }
    out += "alongside_http_request_duration_seconds_bucket{le=\"+Inf\"} " + std::to_string(count_) + "\n";
    out += "alongside_http_request_duration_seconds_sum " + FormatNumber(sum_seconds_) + "\n";
    out += "alongside_http_request_duration_seconds_count " + std::to_string(count_) + "\n";
  }
  // A gauge name may carry labels ("x{pool=\"main\"}"); TYPE is declared once per family.
  std::string previous_family;
  for (const auto& [name, value] : gauges) {
    const auto family = name.substr(0, name.find('{'));
    if (family != previous_family) out += "# TYPE " + family + " gauge\n";
    previous_family = family;
    out += name + " " + FormatNumber(value) + "\n";
  }
  return out;
}

}  // namespace alongside::http
