// db::Open: URL schemes, SQLite files, and passwords kept out of error messages.

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "db/database.hpp"
#include "db/postgres_url.hpp"

namespace alongside::db {
namespace {

TEST(OpenTest, UnknownSchemeIsRejectedWithTheSupportedForms) {
  try {
    Open("mysql://root@localhost/app", 2);
    FAIL() << "mysql URL accepted";
  } catch (const DatabaseError& error) {
    EXPECT_STREQ(error.what(), "Unsupported database URL: use sqlite:PATH or postgresql://...");
  }
}

TEST(OpenTest, InMemorySqliteUsesASingleConnection) {
  auto database = Open("sqlite::memory:", 8);
  EXPECT_EQ(database->Stats().size, 1) << "each :memory: connection would be a separate database";
  database->ExecuteScript("CREATE TABLE t (x INTEGER)");
  auto tx = database->Begin();
  tx->Execute("INSERT INTO t VALUES ($1)", {std::int64_t{1}});
  tx->Commit();
  EXPECT_EQ(database->Begin(TxMode::kRead)->QueryOne("SELECT COUNT(*) FROM t")->Int(0), 1);
}

TEST(OpenTest, SqliteCreatesMissingFoldersAndUsesWal) {
  const auto folder = std::filesystem::temp_directory_path() /
                      ("alongside-open-" + std::to_string(std::random_device{}())) / "nested";
  {
    auto database = Open("sqlite:" + (folder / "app.db").string(), 2);
    EXPECT_TRUE(std::filesystem::exists(folder / "app.db"));
    auto tx = database->Begin(TxMode::kRead);
    EXPECT_EQ(tx->QueryOne("PRAGMA journal_mode")->Text(0), "wal");
    EXPECT_EQ(tx->QueryOne("PRAGMA foreign_keys")->Int(0), 1);
    EXPECT_EQ(tx->QueryOne("PRAGMA synchronous")->Int(0), 2) << "FULL";
    EXPECT_EQ(tx->QueryOne("PRAGMA busy_timeout")->Int(0), 5000);
  }
  std::filesystem::remove_all(folder.parent_path());
}

TEST(OpenTest, SqliteForeignKeysAreEnforced) {
  auto database = Open("sqlite::memory:", 1);
  database->ExecuteScript(
      "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
      "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id));");
  auto tx = database->Begin();
  EXPECT_THROW(tx->Execute("INSERT INTO child VALUES ($1, $2)", {std::int64_t{1}, std::int64_t{99}}), DatabaseError);
}

TEST(OpenTest, PostgresConnectionFailureNeverShowsThePassword) {
  // Port 1 on loopback refuses at once.
  try {
    Open("postgresql://alongside:hunter2-secret@127.0.0.1:1/alongside", 2);
    FAIL() << "connected to a closed port";
  } catch (const DatabaseError& error) {
    const std::string message = error.what();
    EXPECT_EQ(message.find("hunter2-secret"), std::string::npos) << message;
    EXPECT_NE(message.find("127.0.0.1"), std::string::npos) << "the operator needs to know which server";
  }
}

TEST(PostgresUrlTest, RedactsPasswordsWhereverTheyAre) {
  EXPECT_EQ(RedactPostgresUrl("postgresql://u:p%40ss@db:5432/app"), "postgresql://u:***@db:5432/app");
  EXPECT_EQ(RedactPostgresUrl("postgres://u@db/app?sslmode=require&password=s3cret"),
            "postgres://u@db/app?sslmode=require&password=***");
  EXPECT_EQ(RedactPostgresUrl("postgresql://db/app"), "postgresql://db/app");
  EXPECT_EQ(PostgresUrlPassword("postgresql://u:p%40ss@db:5432/app"), "p%40ss");
  EXPECT_EQ(StripSecret("failed for p%40ss twice p%40ss", "p%40ss"), "failed for *** twice ***");
}

TEST(PostgresUrlTest, SwapsTheDatabaseKeepingOptions) {
  EXPECT_EQ(PostgresUrlWithDatabase("postgresql://postgres@127.0.0.1:5432/postgres", "t1"),
            "postgresql://postgres@127.0.0.1:5432/t1");
  EXPECT_EQ(PostgresUrlWithDatabase("postgresql://u@h:1?sslmode=disable", "t2"), "postgresql://u@h:1/t2?sslmode=disable");
}

}  // namespace
}  // namespace alongside::db
