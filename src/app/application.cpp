#include "app/application.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "api/api_routes.hpp"
#include "app/daily_task_thread.hpp"
#include "app/log_email_sender.hpp"
#include "app/operations_routes.hpp"
#include "app/pipeline.hpp"
#include "app/wiring.hpp"
#include "core/common/ids.hpp"
#include "core/mail/outbox_dispatcher.hpp"
#include "db/migrator.hpp"
#include "http/metrics.hpp"
#include "http/server.hpp"
#include "http/static_files.hpp"
#include "web/web_routes.hpp"

namespace alongside::app {
namespace fs = std::filesystem;


namespace {

std::string ReadWholeFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

int MigrateDatabase(db::Database& database, const std::string& root) {
  return db::Migrate(database, db::LoadMigrations(fs::path(root) / "migrations", database.dialect()));
}

Application::Application(Config config, std::shared_ptr<spdlog::logger> log)
    : config_(std::move(config)), log_(std::move(log)) {
  // One connection per worker plus a few for the outbox and commands.
  database_ = db::Open(config_.database, config_.workers + 2);
  schema_version_ = MigrateDatabase(*database_, config_.root);
  AccountSettings settings;
  settings.public_url = config_.EffectivePublicUrl();
  wiring_ = std::make_unique<Wiring>(
      *database_, clock_, PasswordRules::FromFile((fs::path(config_.root) / "data" / "common-passwords.txt").string()),
      std::move(settings), fs::path(config_.root) / "data");
}

Application::~Application() = default;

Services& Application::services() { return wiring_->services; }
db::Database& Application::database() { return *database_; }

void Application::RunOutbox(std::stop_token stop) {
  LogEmailSender sender(log_);
  OutboxDispatcher dispatcher(*database_, wiring_->outbox, sender, wiring_->clock, "serve-" + NewId());
  while (!stop.stop_requested()) {
    try {
      dispatcher.RunOnce();
    } catch (const std::exception& error) {
      log_->error("outbox: {}", error.what());
    }
    for (int i = 0; i < 20 && !stop.stop_requested(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

http::RouteTable Application::Routes(const web::Views& views, const http::Metrics& metrics) {
  http::RouteTable routes;
  AddOperationsRoutes(routes, *database_, metrics, schema_version_);
  web::AddWebRoutes(routes, wiring_->services, views);
  api::AddApiRoutes(routes, wiring_->services, ReadWholeFile(fs::path(config_.root) / "openapi" / "openapi.json"));
  return routes;
}

void Application::Serve(std::shared_ptr<spdlog::logger> access_log) {
  http::StaticFiles assets(config_.assets);
  web::Views views(fs::path(config_.root) / "templates", assets);
  http::Metrics metrics;
  Pipeline pipeline(wiring_->services, views, assets, config_.PublicHttps(), log_);

  pipeline.Mount(Routes(views, metrics));

  http::ServerConfig server_config;
  server_config.host = config_.Host();
  server_config.port = config_.Port();
  server_config.worker_threads = config_.workers;
  server_config.public_https = config_.PublicHttps();
  http::Server server(server_config, [&pipeline](http::Request& request) { return pipeline.Handle(request); },
                      metrics, std::move(access_log));
  const unsigned short port = server.Start();
  log_->info("Alongside is serving at http://{}:{} on {} (schema version {})", server_config.host, port,
             database_->name(), schema_version_);

  // Without a real sender configured, emails wait in the outbox for one.
  std::jthread outbox;
  if (config_.log_emails) outbox = std::jthread([this](std::stop_token stop) { RunOutbox(stop); });
  else log_->warn("no email sender is configured: emails stay in the outbox");
  std::jthread daily_tasks([this](std::stop_token stop) {
    RunDailyTaskThread(stop, wiring_->services, wiring_->clock, *log_);
  });
  server.RunUntilSignalled();
  daily_tasks.request_stop();
  daily_tasks.join();
  if (outbox.joinable()) {
    outbox.request_stop();
    outbox.join();
  }
  log_->info("Alongside stopped");
}

}  // namespace alongside::app
