// The Database / Transaction contract, run on SQLite and on PostgreSQL.

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <limits>
#include <string>
#include <thread>
#include <vector>

#include "db/database.hpp"
#include "test_databases.hpp"

namespace alongside::db {
namespace {

using test::BackendTest;

constexpr const char* kSchema =
    "CREATE TABLE items ("
    "  id INTEGER PRIMARY KEY,"
    "  label TEXT UNIQUE,"
    "  amount BIGINT,"
    "  score DOUBLE PRECISION,"
    "  note TEXT NOT NULL DEFAULT ''"
    ")";
constexpr const char* kInsert = "INSERT INTO items (id, label, amount, score, note) VALUES ($1, $2, $3, $4, $5)";
constexpr const char* kSelectById = "SELECT label, amount, score, note FROM items WHERE id = $1";
constexpr const char* kCount = "SELECT COUNT(*) FROM items";

class DatabaseTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    database_ = test::OpenFreshTestDatabase(backend());
    database_->ExecuteScript(kSchema);
  }

  Database& database() { return *database_; }

  void InsertCommitted(std::int64_t id, const Value& label, const Value& amount, const Value& score,
                       const std::string& note = "") {
    auto tx = database_->Begin();
    tx->Execute(kInsert, {id, label, amount, score, note});
    tx->Commit();
  }

  Row ReadBack(std::int64_t id) {
    auto tx = database_->Begin(TxMode::kRead);
    auto row = tx->QueryOne(kSelectById, {id});
    EXPECT_TRUE(row.has_value()) << "row " << id << " was not stored";
    return row.value_or(Row{});
  }

  std::int64_t CountItems() {
    auto tx = database_->Begin(TxMode::kRead);
    return tx->QueryOne(kCount)->Int(0);
  }

  std::unique_ptr<Database> database_;
};

TEST_P(DatabaseTest, NullRoundTripsAsNullAndReadsAsEmpty) {
  InsertCommitted(1, nullptr, nullptr, nullptr);
  const Row row = ReadBack(1);
  ASSERT_EQ(row.size(), 4u);
  EXPECT_TRUE(row.IsNull(0));
  EXPECT_TRUE(row.IsNull(1));
  EXPECT_TRUE(row.IsNull(2));
  EXPECT_FALSE(row.IsNull(3));
  EXPECT_EQ(row.Text(0), "");
  EXPECT_EQ(row.Int(1), 0);
  EXPECT_EQ(row.Real(2), 0.0);
  EXPECT_EQ(row.OptText(0), std::nullopt);
  EXPECT_EQ(row.OptInt(1), std::nullopt);
  EXPECT_TRUE(std::holds_alternative<std::nullptr_t>(row.At(0)));
}

TEST_P(DatabaseTest, Int64ExtremesRoundTripExactly) {
  const std::vector<std::int64_t> values = {std::numeric_limits<std::int64_t>::min(),
                                            std::numeric_limits<std::int64_t>::max(), 0, -1,
                                            std::int64_t{1} << 53, 1'700'000'000'123};
  for (std::size_t i = 0; i < values.size(); ++i) {
    InsertCommitted(static_cast<std::int64_t>(i + 1), nullptr, values[i], nullptr);
  }
  for (std::size_t i = 0; i < values.size(); ++i) {
    const Row row = ReadBack(static_cast<std::int64_t>(i + 1));
    EXPECT_EQ(row.Int(1), values[i]);
    ASSERT_TRUE(std::holds_alternative<std::int64_t>(row.At(1))) << "BIGINT should read as int64";
    EXPECT_EQ(row.OptInt(1), values[i]);
  }
}

TEST_P(DatabaseTest, DoublesRoundTripExactly) {
  const std::vector<double> values = {0.1, -2.5, 3.141592653589793, 1e-300, -1.7976931348623157e308,
                                      123456789.123456789, 0.0};
  for (std::size_t i = 0; i < values.size(); ++i) {
    InsertCommitted(static_cast<std::int64_t>(i + 1), nullptr, nullptr, values[i]);
  }
  for (std::size_t i = 0; i < values.size(); ++i) {
    const Row row = ReadBack(static_cast<std::int64_t>(i + 1));
    ASSERT_TRUE(std::holds_alternative<double>(row.At(2))) << "DOUBLE PRECISION should read as double";
    EXPECT_EQ(row.Real(2), values[i]);
  }
}

TEST_P(DatabaseTest, UnicodeTextRoundTrips) {
  const std::string text = "Zoë Ní Bhriain – 家族 👪 ślęża «ℵ» \u00a0end";
  InsertCommitted(1, text, nullptr, nullptr, text);
  const Row row = ReadBack(1);
  EXPECT_EQ(row.Text(0), text);
  EXPECT_EQ(row.Text(3), text);
  auto tx = database().Begin(TxMode::kRead);
  EXPECT_EQ(tx->QueryOne("SELECT id FROM items WHERE label = $1", {text})->Int(0), 1);
}

TEST_P(DatabaseTest, HostileTextIsStoredLiterallyAndNeverRunAsSql) {
  const std::vector<std::string> values = {
      "'; DROP TABLE items; --",
      "Robert'); DELETE FROM items WHERE ('1'='1",
      "<script>alert(\"x\")</script>",
      "$1 $2 ? :name @p %s %_ \\ \\\\ \" ` ;",
      "line one\nline two\ttabbed\r\n",
      "O'Brien & \"Sons\" <b>bold</b> &amp;",
  };
  for (std::size_t i = 0; i < values.size(); ++i) {
    InsertCommitted(static_cast<std::int64_t>(i + 1), values[i], nullptr, nullptr, values[i]);
  }
  EXPECT_EQ(CountItems(), static_cast<std::int64_t>(values.size())) << "the table must survive";
  for (std::size_t i = 0; i < values.size(); ++i) {
    const Row row = ReadBack(static_cast<std::int64_t>(i + 1));
    EXPECT_EQ(row.Text(0), values[i]);
    EXPECT_EQ(row.Text(3), values[i]);
    auto tx = database().Begin(TxMode::kRead);
    EXPECT_EQ(tx->QueryOne("SELECT id FROM items WHERE note = $1", {values[i]})->Int(0),
              static_cast<std::int64_t>(i + 1));
  }
}

TEST_P(DatabaseTest, TransactionDestroyedWithoutCommitRollsBack) {
  {
    auto tx = database().Begin();
    tx->Execute(kInsert, {std::int64_t{1}, std::string("draft"), nullptr, nullptr, std::string()});
    EXPECT_EQ(tx->QueryOne(kCount)->Int(0), 1) << "visible inside its own transaction";
  }
  EXPECT_EQ(CountItems(), 0);
}

TEST_P(DatabaseTest, ExceptionInsideAUnitOfWorkLeavesNothingBehind) {
  const auto unit_of_work = [&] {
    auto tx = database().Begin();
    tx->Execute(kInsert, {std::int64_t{1}, std::string("a"), nullptr, nullptr, std::string()});
    throw std::runtime_error("service rule failed");
  };
  EXPECT_THROW(unit_of_work(), std::runtime_error);
  EXPECT_EQ(CountItems(), 0);
  EXPECT_EQ(database().Stats().in_use, 0) << "the connection went back to the pool";
}

TEST_P(DatabaseTest, CommitKeepsTheRowForOtherTransactions) {
  InsertCommitted(7, std::string("kept"), std::int64_t{42}, 1.5);
  EXPECT_EQ(CountItems(), 1);
  EXPECT_EQ(ReadBack(7).Text(0), "kept");
}

TEST_P(DatabaseTest, UsingATransactionAfterCommitThrows) {
  auto tx = database().Begin();
  tx->Commit();
  EXPECT_THROW(tx->Query(kCount), DatabaseError);
  EXPECT_THROW(tx->Execute(kCount), DatabaseError);
  EXPECT_THROW(tx->Commit(), DatabaseError);
}

TEST_P(DatabaseTest, ExecuteReportsRowsChanged) {
  for (std::int64_t id = 1; id <= 3; ++id) InsertCommitted(id, nullptr, std::int64_t{10}, nullptr);
  auto tx = database().Begin();
  EXPECT_EQ(tx->Execute("UPDATE items SET amount = amount + 1 WHERE amount = $1", {std::int64_t{10}}), 3);
  EXPECT_EQ(tx->Execute("DELETE FROM items WHERE id = $1", {std::int64_t{99}}), 0);
  EXPECT_EQ(tx->Execute("DELETE FROM items WHERE id = $1", {std::int64_t{2}}), 1);
  tx->Commit();
  EXPECT_EQ(CountItems(), 2);
}

TEST_P(DatabaseTest, PlaceholderReuseAndOrderFollowTheNumbers) {
  auto tx = database().Begin();
  tx->Execute("INSERT INTO items (id, label, note) VALUES ($2, $1, $1)", {std::string("twice"), std::int64_t{5}});
  const auto row = tx->QueryOne("SELECT id, label, note FROM items WHERE label = $1 AND note = $1", {std::string("twice")});
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->Int(0), 5);
  EXPECT_EQ(row->Text(2), "twice");
}

TEST_P(DatabaseTest, WrongNumberOfParametersIsAnError) {
  {
    auto tx = database().Begin();
    EXPECT_THROW(tx->Query(kSelectById, {}), DatabaseError);
  }
  {
    auto tx = database().Begin();
    EXPECT_THROW(tx->Query(kSelectById, {std::int64_t{1}, std::int64_t{2}}), DatabaseError);
  }
}

TEST_P(DatabaseTest, DuplicateKeysRaiseUniqueViolationWithoutTheValue) {
  InsertCommitted(1, std::string("secret-label"), nullptr, nullptr);
  {
    auto tx = database().Begin();
    try {
      tx->Execute(kInsert, {std::int64_t{2}, std::string("secret-label"), nullptr, nullptr, std::string()});
      FAIL() << "a duplicate label was accepted";
    } catch (const UniqueViolation& error) {
      EXPECT_EQ(std::string(error.what()).find("secret-label"), std::string::npos)
          << "error text must not carry stored data: " << error.what();
    }
  }
  {
    auto tx = database().Begin();
    EXPECT_THROW(tx->Execute(kInsert, {std::int64_t{1}, std::string("other"), nullptr, nullptr, std::string()}),
                 UniqueViolation)
        << "a duplicate primary key is a unique violation too";
  }
  {
    auto tx = database().Begin();
    try {
      tx->Execute("INSERT INTO items (id, note) VALUES ($1, $2)", {std::int64_t{3}, nullptr});
      FAIL() << "NULL accepted in a NOT NULL column";
    } catch (const UniqueViolation&) {
      FAIL() << "a NOT NULL violation is not a unique violation";
    } catch (const DatabaseError&) {
    }
  }
  EXPECT_EQ(CountItems(), 1);
}

TEST_P(DatabaseTest, PoolStatsCountConnectionsLentOut) {
  const PoolStats idle = database().Stats();
  EXPECT_GE(idle.size, 2);
  EXPECT_EQ(idle.in_use, 0);
  {
    auto first = database().Begin(TxMode::kRead);
    EXPECT_EQ(database().Stats().in_use, 1);
    auto second = database().Begin(TxMode::kRead);
    EXPECT_EQ(database().Stats().in_use, 2);
    first->Commit();
    EXPECT_EQ(database().Stats().in_use, 1) << "Commit returns the connection";
  }
  EXPECT_EQ(database().Stats().in_use, 0);
}

TEST_P(DatabaseTest, ConcurrentWritersAllSucceed) {
  constexpr int kThreads = 6;
  constexpr int kRowsEach = 40;
  std::atomic<int> failures{0};
  std::vector<std::string> errors(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      try {
        for (int i = 0; i < kRowsEach; ++i) {
          auto tx = database().Begin(TxMode::kWrite);
          const std::int64_t id = t * 1000 + i;
          tx->Execute(kInsert, {id, "t" + std::to_string(id), std::int64_t{i}, nullptr, std::string()});
          tx->Execute("UPDATE items SET amount = amount + 1 WHERE id = $1", {id});
          tx->Commit();
        }
      } catch (const std::exception& error) {
        ++failures;
        errors[t] = error.what();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (const auto& error : errors) EXPECT_EQ(error, "");
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(CountItems(), kThreads * kRowsEach);
}

TEST_P(DatabaseTest, ReadTransactionSeesCommittedData) {
  InsertCommitted(1, std::string("a"), std::int64_t{1}, 0.5);
  auto tx = database().Begin(TxMode::kRead);
  const auto rows = tx->Query("SELECT id, label FROM items ORDER BY id");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].Text(1), "a");
  EXPECT_EQ(tx->dialect(), database().dialect());
}

TEST_P(DatabaseTest, ScriptThatFailsHalfwayLeavesNoOpenTransaction) {
  EXPECT_THROW(database().ExecuteScript("BEGIN; INSERT INTO items (id, note) VALUES (1, 'x'); "
                                        "INSERT INTO no_such_table VALUES (1); COMMIT;"),
               DatabaseError);
  EXPECT_EQ(CountItems(), 0);
  InsertCommitted(2, nullptr, nullptr, nullptr);  // the pooled connection is usable again
  EXPECT_EQ(CountItems(), 1);
}

TEST_P(DatabaseTest, ScriptInsideATransactionRollsBackWithIt) {
  {
    auto tx = database().Begin();
    tx->ExecuteScript("INSERT INTO items (id, note) VALUES (1, 'a'); INSERT INTO items (id, note) VALUES (2, 'b');");
    EXPECT_EQ(tx->QueryOne(kCount)->Int(0), 2);
  }
  EXPECT_EQ(CountItems(), 0);
}

TEST_P(DatabaseTest, NameMatchesBackend) { EXPECT_EQ(database().name(), backend()); }

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseTest, ::testing::ValuesIn(test::TestBackends()), test::BackendName);

}  // namespace
}  // namespace alongside::db
