// Disposable databases for storage tests on SQLite and PostgreSQL.

#include "test_databases.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <stdexcept>

#include "db/migrator.hpp"
#include "db/postgres_url.hpp"
#include "alongside_paths.hpp"  // ALONGSIDE_SOURCE_DIR

namespace alongside::test {
namespace {

constexpr int kTestPoolSize = 4;
constexpr const char* kNoPostgresMessage =
    "No PostgreSQL server for the storage tests. Run them through ctest (the postgres.start "
    "fixture starts one with scripts/postgres-test-server.sh), or set "
    "ALONGSIDE_TEST_POSTGRES_URL=postgresql://..., or set ALONGSIDE_SKIP_POSTGRES=1 to skip "
    "the PostgreSQL variants.";

std::string RandomSuffix() {
  static thread_local std::mt19937_64 generator{std::random_device{}()};
  constexpr char kDigits[] = "0123456789abcdef";
  std::string suffix;
  std::uint64_t bits = generator();
  for (int i = 0; i < 16; ++i, bits >>= 4) suffix += kDigits[bits & 0xf];
  return suffix;
}

/// Forwards to a real database and runs a clean-up once it is closed.
class DisposableDatabase : public db::Database {
 public:
  DisposableDatabase(std::unique_ptr<db::Database> inner, std::function<void()> cleanup)
      : inner_(std::move(inner)), cleanup_(std::move(cleanup)) {}
  ~DisposableDatabase() override {
    inner_.reset();
    try {
      cleanup_();
    } catch (...) {
      // Leftovers only cost disk space in a temporary folder or test server.
    }
  }

  std::unique_ptr<db::Transaction> Begin(db::TxMode mode) override { return inner_->Begin(mode); }
  void ExecuteScript(std::string_view sql) override { inner_->ExecuteScript(sql); }
  db::Dialect dialect() const override { return inner_->dialect(); }
  db::PoolStats Stats() const override { return inner_->Stats(); }

 private:
  std::unique_ptr<db::Database> inner_;
  std::function<void()> cleanup_;
};

std::unique_ptr<db::Database> FreshSqlite() {
  const auto folder = std::filesystem::temp_directory_path() /
                      ("alongside-test-" + std::to_string(::getpid()) + "-" + RandomSuffix());
  // The folder does not exist yet: opening also checks that the parent is created.
  auto database = db::Open("sqlite:" + (folder / "test.db").string(), kTestPoolSize);
  return std::make_unique<DisposableDatabase>(std::move(database), [folder] {
    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
  });
}

std::unique_ptr<db::Database> FreshPostgres() {
  const auto server_url = TestPostgresUrl();
  if (!server_url) throw std::runtime_error(kNoPostgresMessage);
  const std::string name = "alongside_test_" + RandomSuffix();
  std::shared_ptr<db::Database> admin = db::Open(*server_url, 1);
  admin->ExecuteScript("CREATE DATABASE " + name);
  auto database = db::Open(db::PostgresUrlWithDatabase(*server_url, name), kTestPoolSize);
  return std::make_unique<DisposableDatabase>(std::move(database), [admin, name] {
    admin->ExecuteScript("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  });
}

}  // namespace

std::vector<std::string> TestBackends() { return {"sqlite", "postgresql"}; }

std::string BackendName(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

std::optional<std::string> TestPostgresUrl() {
  if (const char* url = std::getenv("ALONGSIDE_TEST_POSTGRES_URL"); url != nullptr && *url != '\0') {
    return std::string(url);
  }
#ifdef ALONGSIDE_PG_URL_FILE
  std::ifstream file(ALONGSIDE_PG_URL_FILE);
  std::string url;
  if (file && std::getline(file, url)) {
    while (!url.empty() && (url.back() == '\r' || url.back() == ' ')) url.pop_back();
    if (!url.empty()) return url;
  }
#endif
  return std::nullopt;
}

bool SkipPostgresRequested() {
  const char* skip = std::getenv("ALONGSIDE_SKIP_POSTGRES");
  return skip != nullptr && std::string(skip) == "1";
}

std::unique_ptr<db::Database> OpenFreshTestDatabase(const std::string& backend) {
  if (backend == "sqlite") return FreshSqlite();
  if (backend == "postgresql") return FreshPostgres();
  throw std::runtime_error("Unknown test backend: " + backend);
}

std::unique_ptr<db::Database> MigratedTestDatabase(const std::string& backend) {
  auto database = OpenFreshTestDatabase(backend);
  db::Migrate(*database, db::LoadMigrations(ALONGSIDE_SOURCE_DIR "/migrations", database->dialect()));
  return database;
}

void BackendTest::SetUp() {
  if (backend() != "postgresql" || TestPostgresUrl()) return;
  if (SkipPostgresRequested()) GTEST_SKIP() << "ALONGSIDE_SKIP_POSTGRES=1: PostgreSQL variant skipped";
  FAIL() << kNoPostgresMessage;
}

void MigratedBackendTest::SetUp() {
  BackendTest::SetUp();
  if (IsSkipped() || HasFatalFailure()) return;
  database_ = MigratedTestDatabase(backend());
}

}  // namespace alongside::test
