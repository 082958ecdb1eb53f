#include "app/operations_routes.hpp"

#include <boost/json.hpp>

namespace alongside::app {

void AddOperationsRoutes(http::RouteTable& routes, db::Database& database, const http::Metrics& metrics,
                         int schema_version) {
  routes.Page(
      "GET", "/healthz",
      [&database, schema_version](http::Request&, http::RequestContext&) {
        bool reachable = false;
        try {
          auto tx = database.Begin(db::TxMode::kRead);
          reachable = tx->QueryOne("SELECT 1").has_value();
        } catch (const std::exception&) {
          reachable = false;
        }
        boost::json::object body{{"status", reachable ? "ok" : "unavailable"},
                                 {"database", std::string(database.name())},
                                 {"schema_version", schema_version}};
        auto response = http::Response::Json(boost::json::serialize(body), reachable ? 200 : 503);
        response.personal = false;
        response.SetHeader("Cache-Control", "no-store");
        return response;
      },
      http::Access::kPublic);

  routes.Page(
      "GET", "/metrics",
      [&database, &metrics](http::Request& request, http::RequestContext&) {
        // Figures about traffic are for the machine's own scraper, not the internet.
        const std::string& peer = request.remote_address;
        if (peer != "127.0.0.1" && peer != "::1" && peer != "::ffff:127.0.0.1") {
          auto hidden = http::Response::Text("Not found", 404);
          hidden.personal = false;
          return hidden;
        }
        const db::PoolStats pool = database.Stats();
        auto response = http::Response::Text(metrics.RenderPrometheus({
            {"alongside_db_pool_connections{state=\"in_use\"}", static_cast<double>(pool.in_use)},
            {"alongside_db_pool_connections{state=\"idle\"}", static_cast<double>(pool.size - pool.in_use)},
            {"alongside_db_pool_size", static_cast<double>(pool.size)},
            {"alongside_db_pool_waits_total", static_cast<double>(pool.waits)},
        }));
        response.content_type = "text/plain; version=0.0.4; charset=utf-8";
        response.personal = false;
        return response;
      },
      http::Access::kPublic);
}

}  // namespace alongside::app
