#include "storage/common/sql.hpp"

namespace alongside::storage {

std::string Bind(db::Params& params, db::Value value) {
  params.push_back(std::move(value));
  return "$" + std::to_string(params.size());
}

std::string BindList(db::Params& params, const std::vector<std::string>& values) {
  if (values.empty()) return "NULL";
  std::string out;
  for (const auto& value : values) {
    if (!out.empty()) out += ", ";
    out += Bind(params, value);
  }
  return out;
}

db::Value OptionalMillis(const std::optional<std::int64_t>& value) {
  if (value) return *value;
  return nullptr;
}

db::Value TextOrNull(const std::string& value) {
  if (value.empty()) return nullptr;
  return value;
}

std::string ContainsPattern(const std::string& text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back('%');
  return out;
}

}  // namespace alongside::storage
