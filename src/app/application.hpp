#pragma once
/// The composition root: opens the database, applies migrations, builds every repository
/// and service once, and wires them into the HTTP pipeline. Nothing else news up a
/// service, so tests and commands get exactly what the server runs.

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include <spdlog/logger.h>

#include "app/config.hpp"
#include "core/common/clock.hpp"
#include "core/services.hpp"
#include "db/database.hpp"
#include "http/metrics.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::app {

struct Wiring;  // app/wiring.hpp

class Application {
 public:
  /// Opens the database and migrates it to the latest schema. Throws db::DatabaseError
  /// with an operator-facing message if the database cannot be opened or migrated.
  Application(Config config, std::shared_ptr<spdlog::logger> log);
  ~Application();

  Services& services();
  db::Database& database();
  int schema_version() const { return schema_version_; }
  const Config& config() const { return config_; }

  /// Serves until SIGTERM/SIGINT, sending queued emails in the background, then closes.
  /// Every route of the site: operations, pages and the API.
  http::RouteTable Routes(const web::Views& views, const http::Metrics& metrics);

  /// `access_log` receives one JSON line per request.
  void Serve(std::shared_ptr<spdlog::logger> access_log);

 private:
  void RunOutbox(std::stop_token stop);

  Config config_;
  SystemClock clock_;
  std::shared_ptr<spdlog::logger> log_;
  std::unique_ptr<db::Database> database_;
  int schema_version_ = 0;
  std::unique_ptr<Wiring> wiring_;
};

/// Opens a database and applies the migrations under `root`/migrations; returns the version.
int MigrateDatabase(db::Database& database, const std::string& root);

}  // namespace alongside::app
