// PostgreSQL-only behaviour: type mapping, read-only transactions, broken connections.

#include <gtest/gtest.h>

#include "db/database.hpp"
#include "test_databases.hpp"

namespace alongside::db {
namespace {

class PostgresTest : public test::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    database_ = test::OpenFreshTestDatabase(backend());
  }
  std::unique_ptr<Database> database_;
};

TEST_P(PostgresTest, ColumnTypesMapToIntegerRealOrText) {
  auto tx = database_->Begin(TxMode::kRead);
  const auto row = tx->QueryOne(
      "SELECT 1::int2, 2::int4, 3::int8, true, false, 1.5::float4, 2.25::float8, 10.5::numeric, "
      "'x'::text, DATE '2024-01-02', SUM(x), NULL::int8 FROM (VALUES (4::int8), (5::int8)) AS v(x)");
  ASSERT_TRUE(row.has_value());
  for (int col = 0; col < 5; ++col) {
    EXPECT_TRUE(std::holds_alternative<std::int64_t>(row->At(col))) << "column " << col;
  }
  EXPECT_EQ(row->Int(2), 3);
  EXPECT_TRUE(row->Bool(3));
  EXPECT_FALSE(row->Bool(4));
  EXPECT_EQ(row->Real(5), 1.5);
  EXPECT_EQ(row->Real(6), 2.25);
  EXPECT_EQ(row->Real(7), 10.5);
  EXPECT_EQ(row->Text(8), "x");
  EXPECT_EQ(row->Text(9), "2024-01-02");
  EXPECT_EQ(row->Int(10), 9) << "SUM of bigint is numeric in PostgreSQL; Int still reads it";
  EXPECT_TRUE(row->IsNull(11));
}

TEST_P(PostgresTest, ReadTransactionsRefuseWrites) {
  database_->ExecuteScript("CREATE TABLE t (x INTEGER)");
  auto tx = database_->Begin(TxMode::kRead);
  EXPECT_THROW(tx->Execute("INSERT INTO t VALUES ($1)", {std::int64_t{1}}), DatabaseError);
}

TEST_P(PostgresTest, BrokenConnectionIsReconnectedOnCheckout) {
  std::int64_t victim = 0;
  std::int64_t survivor = 0;
  {
    auto doomed = database_->Begin();
    victim = doomed->QueryOne("SELECT pg_backend_pid()")->Int(0);
    auto killer = database_->Begin();
    survivor = killer->QueryOne("SELECT pg_backend_pid()")->Int(0);
    EXPECT_TRUE(killer->QueryOne("SELECT pg_terminate_backend($1)", {victim})->Bool(0));
    killer->Commit();
  }  // the doomed connection goes back last, so it is the next one lent out
  auto tx = database_->Begin();
  const auto pid = tx->QueryOne("SELECT pg_backend_pid()")->Int(0);
  EXPECT_NE(pid, victim);
  EXPECT_NE(pid, survivor) << "expected the doomed connection, reconnected";
  EXPECT_EQ(tx->QueryOne("SELECT pg_backend_pid()")->Int(0), pid)
      << "a statement prepared before the reset is prepared again on the new session";
  tx->Commit();
}

INSTANTIATE_TEST_SUITE_P(Postgres, PostgresTest, ::testing::Values(std::string("postgresql")), test::BackendName);

}  // namespace
}  // namespace alongside::db
