#pragma once
/// Checking of typed fields shared by the training and supervision forms: each adds one
/// message at its field to the Validation and returns nothing when the entry is wrong.

#include <optional>
#include <string>

#include "core/common/errors.hpp"
#include "core/families/calendar_date.hpp"

namespace alongside::fields {

/// A whole number from low to high; `required` false lets an empty entry through as none.
std::optional<int> Number(Validation& v, const std::string& field, const std::string& text, int low, int high,
                          const std::string& message, bool required = true);
/// A real date (required unless `required` is false), not after `latest` when given.
std::optional<Date> DateOf(Validation& v, const std::string& field, const std::string& text, const std::string& what,
                           const std::optional<Date>& latest, bool required = true);
/// Trimmed text of at most `max` characters without control characters; required when asked.
std::string Text(Validation& v, const std::string& field, const std::string& text, std::size_t max,
                 const std::string& what, const std::string& missing = "");

}  // namespace alongside::fields
