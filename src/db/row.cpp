// Row accessors: lenient about NULL, strict about values that are not numbers.

#include <charconv>
#include <cmath>
#include <string>
#include <system_error>

#include "db/database.hpp"

namespace alongside::db {
namespace {

const Value& Column(const std::vector<Value>& values, std::size_t col) {
  if (col >= values.size()) {
    throw DatabaseError("Row column " + std::to_string(col) + " out of range (row has " +
                        std::to_string(values.size()) + " columns)");
  }
  return values[col];
}

bool ParseWhole(const std::string& text, std::int64_t& out) {
  const char* first = text.data();
  const char* last = text.data() + text.size();
  auto [end, error] = std::from_chars(first, last, out);
  return error == std::errc{} && end == last && first != last;
}

bool ParseWhole(const std::string& text, double& out) {
  const char* first = text.data();
  const char* last = text.data() + text.size();
  auto [end, error] = std::from_chars(first, last, out);
  return error == std::errc{} && end == last && first != last;
}

std::int64_t Truncate(double value, std::size_t col) {
  // 2^63 is exactly representable; anything at or beyond it does not fit in int64.
  constexpr double kLimit = 9223372036854775808.0;
  if (!std::isfinite(value) || value >= kLimit || value < -kLimit) {
    throw DatabaseError("Row column " + std::to_string(col) + " holds a real that does not fit an integer");
  }
  return static_cast<std::int64_t>(value);
}

std::string FormatReal(double value) {
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (error != std::errc{}) return std::to_string(value);
  return std::string(buffer, end);
}

}  // namespace

bool Row::IsNull(std::size_t col) const {
  return std::holds_alternative<std::nullptr_t>(Column(values_, col));
}

std::int64_t Row::Int(std::size_t col) const {
  const Value& value = Column(values_, col);
  if (std::holds_alternative<std::nullptr_t>(value)) return 0;
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return *integer;
  if (const auto* real = std::get_if<double>(&value)) return Truncate(*real, col);
  const auto& text = std::get<std::string>(value);
  std::int64_t parsed = 0;
  if (ParseWhole(text, parsed)) return parsed;
  double real = 0;
  if (ParseWhole(text, real)) return Truncate(real, col);
  throw DatabaseError("Row column " + std::to_string(col) + " holds text that is not an integer");
}

double Row::Real(std::size_t col) const {
  const Value& value = Column(values_, col);
  if (std::holds_alternative<std::nullptr_t>(value)) return 0.0;
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return static_cast<double>(*integer);
  if (const auto* real = std::get_if<double>(&value)) return *real;
  double parsed = 0;
  if (ParseWhole(std::get<std::string>(value), parsed)) return parsed;
  throw DatabaseError("Row column " + std::to_string(col) + " holds text that is not a number");
}

std::string Row::Text(std::size_t col) const {
  const Value& value = Column(values_, col);
  if (std::holds_alternative<std::nullptr_t>(value)) return {};
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return std::to_string(*integer);
  if (const auto* real = std::get_if<double>(&value)) return FormatReal(*real);
  return std::get<std::string>(value);
}

std::optional<std::string> Row::OptText(std::size_t col) const {
  if (IsNull(col)) return std::nullopt;
  return Text(col);
}

std::optional<std::int64_t> Row::OptInt(std::size_t col) const {
  if (IsNull(col)) return std::nullopt;
  return Int(col);
}

}  // namespace alongside::db
