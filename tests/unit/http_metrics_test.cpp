#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "http/metrics.hpp"

namespace alongside::http {
namespace {

bool Contains(const std::string& text, const std::string& line) { return text.find(line) != std::string::npos; }

TEST(HttpMetrics, CountsRequestsByRouteAndStatus) {
  Metrics metrics;
  metrics.Observe("GET /families/{id}", 200, 0.003);
  metrics.Observe("GET /families/{id}", 200, 0.02);
  metrics.Observe("GET /families/{id}", 404, 0.2);
  const auto text = metrics.RenderPrometheus({});
  EXPECT_TRUE(Contains(text, "# TYPE alongside_http_requests_total counter\n"));
  EXPECT_TRUE(Contains(text, "alongside_http_requests_total{route=\"GET /families/{id}\",status=\"200\"} 2\n"));
  EXPECT_TRUE(Contains(text, "alongside_http_requests_total{route=\"GET /families/{id}\",status=\"404\"} 1\n"));
}

TEST(HttpMetrics, HistogramBucketsAreCumulative) {
  Metrics metrics;
  metrics.Observe("r", 200, 0.003);
  metrics.Observe("r", 200, 0.02);
  metrics.Observe("r", 200, 30.0);
  const auto text = metrics.RenderPrometheus();
  EXPECT_TRUE(Contains(text, "# TYPE alongside_http_request_duration_seconds histogram\n"));
  EXPECT_TRUE(Contains(text, "alongside_http_request_duration_seconds_bucket{le=\"0.005\"} 1\n"));
  EXPECT_TRUE(Contains(text, "alongside_http_request_duration_seconds_bucket{le=\"0.01\"} 1\n"));
  EXPECT_TRUE(Contains(text, "alongside_http_request_duration_seconds_bucket{le=\"0.025\"} 2\n"));
  EXPECT_TRUE(Contains(text, "alongside_http_request_duration_seconds_bucket{le=\"10\"} 2\n"));
  EXPECT_TRUE(Contains(text, "alongside_http_request_duration_seconds_bucket{le=\"+Inf\"} 3\n"));
  EXPECT_TRUE(Contains(text, "alongside_http_request_duration_seconds_sum 30.023\n"));
  EXPECT_TRUE(Contains(text, "alongside_http_request_duration_seconds_count 3\n"));
}

TEST(HttpMetrics, LabelValuesAreEscaped) {
  Metrics metrics;
  metrics.Observe("GET /odd\"route\\with\nbreak", 500, 0.1);
  const auto text = metrics.RenderPrometheus();
  EXPECT_TRUE(Contains(text, "route=\"GET /odd\\\"route\\\\with\\nbreak\",status=\"500\"} 1\n"));
}

TEST(HttpMetrics, GaugesFromTheAppAreAppended) {
  Metrics metrics;
  const auto text = metrics.RenderPrometheus(
      {{"alongside_db_pool_connections_in_use", 3}, {"alongside_db_pool_connections_idle", 1.5}});
  EXPECT_TRUE(Contains(text, "# TYPE alongside_db_pool_connections_in_use gauge\nalongside_db_pool_connections_in_use 3\n"));
  EXPECT_TRUE(Contains(text, "alongside_db_pool_connections_idle 1.5\n"));
}

TEST(HttpMetrics, ObserveIsThreadSafe) {
  Metrics metrics;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 1000; ++i) metrics.Observe("GET /", 200, 0.001);
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_TRUE(Contains(metrics.RenderPrometheus(), "alongside_http_requests_total{route=\"GET /\",status=\"200\"} 4000\n"));
}

}  // namespace
}  // namespace alongside::http
