#pragma once
/// Helpers for composing SQL from constant fragments. Values are always bound: these only
/// generate placeholders ($n) and append the values to the parameter list.

#include <optional>
#include <string>
#include <vector>

#include "core/access/policy.hpp"
#include "db/database.hpp"

namespace alongside::storage {

/// Appends a value and returns its placeholder, e.g. "$3".
std::string Bind(db::Params& params, db::Value value);
/// Appends each value and returns "$3, $4, $5"; an empty list gives "NULL" (matches nothing).
std::string BindList(db::Params& params, const std::vector<std::string>& values);

db::Value OptionalMillis(const std::optional<std::int64_t>& value);
db::Value TextOrNull(const std::string& value);

/// A list stored in one text column, comma-separated; items never hold a comma (codes,
/// language names). Empty items are dropped both ways.
std::string JoinCommaList(const std::vector<std::string>& items);
std::vector<std::string> SplitCommaList(const std::string& text);

/// A LIKE pattern that matches `text` anywhere, with %, _ and \ escaped (use ESCAPE '\').
std::string ContainsPattern(const std::string& text);

}  // namespace alongside::storage
