#pragma once
/// Fresh, empty databases for storage tests, on every backend the product supports.
///
/// Usage: derive the fixture from BackendTest (or MigratedBackendTest) and instantiate it
/// over TestBackends(), so each test runs on SQLite and on a real PostgreSQL server:
///
///   class FamilyRepositoryTest : public alongside::test::MigratedBackendTest {};
///   TEST_P(FamilyRepositoryTest, ...) { auto tx = database().Begin(); ... }
///   INSTANTIATE_TEST_SUITE_P(Backends, FamilyRepositoryTest,
///                            ::testing::ValuesIn(alongside::test::TestBackends()),
///                            alongside::test::BackendName);
///
/// PostgreSQL comes from env ALONGSIDE_TEST_POSTGRES_URL, else from the file named by the
/// compile definition ALONGSIDE_PG_URL_FILE (written by scripts/postgres-test-server.sh,
/// which ctest runs as a fixture). Without either, PostgreSQL tests FAIL with a message
/// saying how to get one, unless ALONGSIDE_SKIP_POSTGRES=1 is set, which skips them.

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"

namespace alongside::test {

/// {"sqlite", "postgresql"}.
std::vector<std::string> TestBackends();

/// Test-name suffix for INSTANTIATE_TEST_SUITE_P: the backend name.
std::string BackendName(const ::testing::TestParamInfo<std::string>& info);

/// The PostgreSQL server URL for tests, if one is configured.
std::optional<std::string> TestPostgresUrl();

/// True when ALONGSIDE_SKIP_POSTGRES=1: PostgreSQL tests skip instead of failing.
bool SkipPostgresRequested();

/// A brand-new empty database: a new SQLite file in a temporary folder, or a new database
/// (CREATE DATABASE alongside_test_<random>) on the test PostgreSQL server. It is removed
/// (file deleted, database dropped) when the returned object is destroyed.
/// Throws std::runtime_error when the backend is unknown or PostgreSQL is not configured;
/// call from a BackendTest fixture so that ALONGSIDE_SKIP_POSTGRES is honoured.
std::unique_ptr<db::Database> OpenFreshTestDatabase(const std::string& backend);

/// OpenFreshTestDatabase + the project's migrations (ALONGSIDE_SOURCE_DIR "/migrations").
std::unique_ptr<db::Database> MigratedTestDatabase(const std::string& backend);

/// Value-parameterised by backend name; SetUp fails (or, when asked, skips) a PostgreSQL
/// run that has no server, before the test body can run.
class BackendTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override;
  const std::string& backend() const { return GetParam(); }
};

/// A BackendTest with a freshly migrated database ready in database().
class MigratedBackendTest : public BackendTest {
 protected:
  void SetUp() override;
  void TearDown() override { database_.reset(); }
  db::Database& database() { return *database_; }

 private:
  std::unique_ptr<db::Database> database_;
};

}  // namespace alongside::test
