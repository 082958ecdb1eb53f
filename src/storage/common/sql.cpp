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

std::string JoinCommaList(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (item.empty()) continue;
    if (!out.empty()) out += ',';
    out += item;
  }
  return out;
}

std::vector<std::string> SplitCommaList(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace alongside::storage
