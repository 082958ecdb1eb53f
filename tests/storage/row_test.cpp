// Row accessors: what repositories can rely on when reading columns.

#include <gtest/gtest.h>

#include <limits>

#include "db/database.hpp"

namespace alongside::db {
namespace {

TEST(RowTest, NullReadsAsZeroOrEmptyAndOptionalsAreEmpty) {
  const Row row({nullptr});
  EXPECT_TRUE(row.IsNull(0));
  EXPECT_EQ(row.Int(0), 0);
  EXPECT_EQ(row.Real(0), 0.0);
  EXPECT_EQ(row.Text(0), "");
  EXPECT_FALSE(row.Bool(0));
  EXPECT_EQ(row.OptText(0), std::nullopt);
  EXPECT_EQ(row.OptInt(0), std::nullopt);
}

TEST(RowTest, NumbersStoredAsTextAreParsed) {
  const Row row({std::string("42"), std::string("-9223372036854775808"), std::string("2.5"), std::string("7.0")});
  EXPECT_EQ(row.Int(0), 42);
  EXPECT_EQ(row.Int(1), std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(row.Real(2), 2.5);
  EXPECT_EQ(row.Int(3), 7);
  EXPECT_EQ(row.OptInt(0), 42);
}

TEST(RowTest, TextThatIsNotANumberThrows) {
  const Row row({std::string("forty-two"), std::string(""), std::string("12abc")});
  EXPECT_THROW(row.Int(0), DatabaseError);
  EXPECT_THROW(row.Int(1), DatabaseError);
  EXPECT_THROW(row.Int(2), DatabaseError);
  EXPECT_THROW(row.Real(0), DatabaseError);
}

TEST(RowTest, NumbersConvertBetweenIntegerRealAndText) {
  const Row row({std::int64_t{3}, 2.75, -2.75, 1e300, 0.1});
  EXPECT_EQ(row.Real(0), 3.0);
  EXPECT_EQ(row.Text(0), "3");
  EXPECT_EQ(row.Int(1), 2) << "reals truncate toward zero";
  EXPECT_EQ(row.Int(2), -2);
  EXPECT_THROW(row.Int(3), DatabaseError) << "out of int64 range";
  EXPECT_EQ(row.Text(4), "0.1") << "shortest form that reads back the same";
  EXPECT_TRUE(row.Bool(0));
}

TEST(RowTest, ColumnOutOfRangeThrowsDatabaseError) {
  const Row row({std::int64_t{1}});
  EXPECT_THROW(row.Int(1), DatabaseError);
  EXPECT_THROW(row.Text(5), DatabaseError);
  EXPECT_THROW(row.IsNull(1), DatabaseError);
}

}  // namespace
}  // namespace alongside::db
