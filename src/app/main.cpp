/// `alongside`: one binary with subcommands serve, migrate, seed-demo, create-user and send-digests.
/// Settings come from flags, then ALONGSIDE_* environment variables, then defaults.

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <iostream>
#include <string>

#include "app/application.hpp"
#include "app/demo_seed.hpp"
#include "app/organisation_lookup.hpp"
#include "core/access/role.hpp"
#include "core/common/errors.hpp"
#include "core/tasks/daily_task_job.hpp"
#include "db/database.hpp"

using namespace alongside;

namespace {

std::shared_ptr<spdlog::logger> MakeLogger() {
  auto log = spdlog::stderr_logger_mt("alongside");
  log->set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %l %v", spdlog::pattern_time_type::utc);
  return log;
}

/// The access log is JSON lines on stdout, one per request, nothing else on the line.
std::shared_ptr<spdlog::logger> MakeAccessLogger() {
  auto log = spdlog::stdout_logger_mt("access");
  log->set_pattern("%v");
  return log;
}

/// A sqlite: database in a folder that does not exist yet (data/ on a fresh clone).
void EnsureSqliteFolder(const std::string& url) {
  if (url.rfind("sqlite:", 0) != 0) return;
  const std::filesystem::path file(url.substr(7));
  if (file == ":memory:" || !file.has_parent_path()) return;
  std::filesystem::create_directories(file.parent_path());
}

void PrintSignIns(const std::vector<app::DemoSignIn>& sign_ins) {
  std::cout << "\nDemo area \"" << app::kDemoAreaName << "\" - every account's password is " << app::kDemoPassword
            << "\n";
  for (const auto& person : sign_ins) {
    std::cout << "  " << person.role_label << ": " << person.email;
    if (!person.organisation.empty()) std::cout << " (" << person.organisation << ")";
    std::cout << "\n";
  }
  std::cout << std::endl;
}

std::string ReadPasswordFromStdin() {
  std::string password;
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  return password;
}

}  // namespace

int main(int argc, char** argv) {
  app::Config config = app::Config::FromEnvironment();
  CLI::App cli{"Alongside: joined-up perinatal peer support and parent-infant relationship services"};
  cli.require_subcommand(1);

  auto add_database = [&config](CLI::App* command) {
    command->add_option("--database", config.database,
                        "sqlite:PATH or postgresql://... (env ALONGSIDE_DATABASE; default sqlite:data/alongside.db)");
  };

  auto* serve = cli.add_subcommand("serve", "Migrate the database and serve the site");
  add_database(serve);
  serve->add_option("--listen", config.listen, "HOST:PORT (env ALONGSIDE_LISTEN; default 127.0.0.1:8080)");
  bool seed_on_start = false;
  serve->add_flag("--seed-demo", seed_on_start, "Create the demo area first if it is missing");

  auto* migrate = cli.add_subcommand("migrate", "Apply database migrations and exit");
  add_database(migrate);

  auto* seed = cli.add_subcommand("seed-demo", "Create the fictional demo area and its sign-ins (idempotent)");
  add_database(seed);

  auto* create_user = cli.add_subcommand("create-user", "Create a person with one role; password read from stdin");
  add_database(create_user);
  std::string email, name, role, organisation_name;
  bool password_stdin = false;
  create_user->add_option("--email", email, "Their email address")->required();
  create_user->add_option("--name", name, "Their full name")->required();
  create_user->add_option("--role", role, "parent, peer_supporter, coordinator, practitioner, commissioner, administrator or member")
      ->required();
  create_user->add_option("--organisation", organisation_name, "The organisation's exact name (not for a platform administrator or member)");
  create_user->add_flag("--password-stdin", password_stdin, "Read the password from the first line of standard input")
      ->required();

  auto* send_digests = cli.add_subcommand(
      "send-digests", "Bring every open family's reminders up to date and queue today's task digests (once a day per person)");
  add_database(send_digests);

  CLI11_PARSE(cli, argc, argv);

  auto log = MakeLogger();
  try {
    if (config.PublicHttps()) config.log_emails = false;
    EnsureSqliteFolder(config.database);
    if (*serve) {
      config.Port();  // a bad --listen is reported before the database is touched
      app::Application application(config, log);
      if (seed_on_start) PrintSignIns(app::SeedDemo(application.services()));
      application.Serve(MakeAccessLogger());
      return 0;
    }
    app::Application application(config, log);
    if (*migrate) {
      std::cout << "The " << application.database().name() << " database is at schema version "
                << application.schema_version() << "\n";
    } else if (*seed) {
      PrintSignIns(app::SeedDemo(application.services()));
    } else if (*send_digests) {
      const auto run = RunDailyTaskJob(application.services().tasks, application.services().task_digests);
      std::cout << "Refreshed the reminders of " << run.families_refreshed << " open families; queued "
                << run.digests_queued << " digest emails\n";
    } else if (*create_user) {
      NewUser input;
      input.email = email;
      input.name = name;
      input.role = role;
      input.password = ReadPasswordFromStdin();
      if (input.password.empty()) throw std::runtime_error("no password was given on standard input");
      if (!organisation_name.empty()) {
        const auto organisation = app::FindOrganisationNamed(application.services(), SystemActor(), organisation_name);
        if (!organisation) throw std::runtime_error("no organisation is called \"" + organisation_name + "\"");
        input.organisation_id = organisation->id;
      }
      const User user = application.services().users.Create(SystemActor(), input);
      std::cout << "Created " << user.email << " (" << role << ")\n";
    }
    return 0;
  } catch (const Invalid& invalid) {
    for (const auto& error : invalid.errors()) std::cerr << error.field << ": " << error.message << "\n";
    return 2;
  } catch (const std::exception& error) {
    log->error("{}", error.what());
    return 1;
  }
}
