// Migrations: applied once, in order, atomically, on both dialects.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "db/migrator.hpp"
#include "test_databases.hpp"
#include "alongside_paths.hpp"  // ALONGSIDE_SOURCE_DIR

namespace alongside::db {
namespace {

namespace fs = std::filesystem;

/// A migrations root with sqlite/ and postgres/ folders, removed afterwards.
class MigrationFolder {
 public:
  MigrationFolder()
      : root_(fs::temp_directory_path() / ("alongside-migrations-" + std::to_string(std::random_device{}()))) {
    fs::create_directories(root_ / "sqlite");
    fs::create_directories(root_ / "postgres");
  }
  ~MigrationFolder() {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }
  /// Writes the same file into both dialect folders.
  void Write(const std::string& file_name, const std::string& sql) const {
    for (const char* dialect : {"sqlite", "postgres"}) std::ofstream(root_ / dialect / file_name) << sql;
  }
  const fs::path& root() const { return root_; }

 private:
  fs::path root_;
};

constexpr const char* kPeople =
    "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
    "INSERT INTO people (id, name) VALUES (1, 'first');\n";
constexpr const char* kPets =
    "CREATE TABLE pets (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people(id));\n"
    "INSERT INTO pets (id, person_id) VALUES (1, 1);\n";
constexpr const char* kNotes = "ALTER TABLE people ADD COLUMN note TEXT;\n";

class MigratorTest : public test::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    database_ = test::OpenFreshTestDatabase(backend());
    folder_.Write("0001_people.sql", kPeople);
    folder_.Write("0002_pets.sql", kPets);
    folder_.Write("README.md", "not a migration");
  }

  std::vector<Migration> Load() { return LoadMigrations(folder_.root(), database_->dialect()); }

  std::int64_t Count(const std::string& sql) { return database_->Begin(TxMode::kRead)->QueryOne(sql)->Int(0); }

  std::unique_ptr<Database> database_;
  MigrationFolder folder_;
};

TEST_P(MigratorTest, EmptyDatabaseIsVersionZero) { EXPECT_EQ(SchemaVersion(*database_), 0); }

TEST_P(MigratorTest, LoadsMigrationsInNumberOrderIgnoringOtherFiles) {
  folder_.Write("0010_later.sql", "SELECT 1;");
  const auto migrations = Load();
  ASSERT_EQ(migrations.size(), 3u);
  EXPECT_EQ(migrations[0].version, 1);
  EXPECT_EQ(migrations[0].name, "people");
  EXPECT_EQ(migrations[0].sql, kPeople);
  EXPECT_EQ(migrations[1].version, 2);
  EXPECT_EQ(migrations[2].version, 10);
  EXPECT_EQ(migrations[2].name, "later");
}

TEST_P(MigratorTest, AppliesInOrderAndRecordsEachOnce) {
  EXPECT_EQ(Migrate(*database_, Load()), 2);
  EXPECT_EQ(SchemaVersion(*database_), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM pets"), 1) << "0002 ran after 0001 (its foreign key needs people)";
  auto tx = database_->Begin(TxMode::kRead);
  const auto rows = tx->Query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].Int(0), 1);
  EXPECT_EQ(rows[0].Text(1), "people");
  EXPECT_EQ(rows[1].Text(1), "pets");
  EXPECT_GT(rows[1].Int(2), 1'600'000'000'000) << "applied_at is UTC milliseconds";
}

TEST_P(MigratorTest, RunningTwiceChangesNothing) {
  Migrate(*database_, Load());
  EXPECT_EQ(Migrate(*database_, Load()), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM people"), 1) << "0001's insert must not run again";
  EXPECT_EQ(Count("SELECT COUNT(*) FROM schema_migrations"), 2);
}

TEST_P(MigratorTest, NewMigrationsAreAppliedOnTheNextRun) {
  Migrate(*database_, Load());
  folder_.Write("0003_notes.sql", kNotes);
  EXPECT_EQ(Migrate(*database_, Load()), 3);
  auto tx = database_->Begin();
  tx->Execute("UPDATE people SET note = $1 WHERE id = $2", {std::string("added"), std::int64_t{1}});
  tx->Commit();
  EXPECT_EQ(Count("SELECT COUNT(*) FROM people WHERE note = 'added'"), 1);
}

TEST_P(MigratorTest, AFailingMigrationLeavesNoTraceAndStopsTheRun) {
  Migrate(*database_, Load());
  folder_.Write("0003_broken.sql", "CREATE TABLE half_done (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n");
  folder_.Write("0004_after.sql", "CREATE TABLE after_broken (id INTEGER);\n");
  try {
    Migrate(*database_, Load());
    FAIL() << "a broken migration was reported as applied";
  } catch (const DatabaseError& error) {
    EXPECT_NE(std::string(error.what()).find("0003_broken"), std::string::npos) << error.what();
  }
  EXPECT_EQ(SchemaVersion(*database_), 2);
  const char* table_exists = database_->dialect() == Dialect::kSqlite
                                 ? "SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'"
                                 : "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'half_done'";
  EXPECT_EQ(Count(table_exists), 0) << "the first statement of the broken migration was rolled back";
  EXPECT_EQ(database_->Stats().in_use, 0);
}

TEST_P(MigratorTest, ConcurrentMigratorsApplyEachMigrationOnce) {
  folder_.Write("0003_notes.sql", kNotes);
  const auto migrations = Load();
  std::vector<int> versions(4, -1);
  std::vector<std::string> errors(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      try {
        versions[t] = Migrate(*database_, migrations);
      } catch (const std::exception& error) {
        errors[t] = error.what();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int t = 0; t < 4; ++t) {
    EXPECT_EQ(errors[t], "");
    EXPECT_EQ(versions[t], 3);
  }
  EXPECT_EQ(Count("SELECT COUNT(*) FROM people"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM schema_migrations"), 3);
}

INSTANTIATE_TEST_SUITE_P(Backends, MigratorTest, ::testing::ValuesIn(test::TestBackends()), test::BackendName);

TEST(LoadMigrationsTest, RejectsMalformedAndDuplicateNumbers) {
  {
    MigrationFolder folder;
    folder.Write("01_short.sql", "SELECT 1;");
    EXPECT_THROW(LoadMigrations(folder.root(), Dialect::kSqlite), DatabaseError);
  }
  {
    MigrationFolder folder;
    folder.Write("0001_a.sql", "SELECT 1;");
    folder.Write("0001_b.sql", "SELECT 1;");
    EXPECT_THROW(LoadMigrations(folder.root(), Dialect::kPostgres), DatabaseError);
  }
  EXPECT_THROW(LoadMigrations("/nonexistent/alongside/migrations", Dialect::kSqlite), DatabaseError);
}

TEST(LoadMigrationsTest, ProjectMigrationsLoadForBothDialects) {
  const auto sqlite = LoadMigrations(ALONGSIDE_SOURCE_DIR "/migrations", Dialect::kSqlite);
  const auto postgres = LoadMigrations(ALONGSIDE_SOURCE_DIR "/migrations", Dialect::kPostgres);
  ASSERT_EQ(sqlite.size(), postgres.size()) << "every migration needs a version for each dialect";
  for (std::size_t i = 0; i < sqlite.size(); ++i) {
    EXPECT_EQ(sqlite[i].version, postgres[i].version);
    EXPECT_EQ(sqlite[i].name, postgres[i].name);
  }
}

}  // namespace
}  // namespace alongside::db
