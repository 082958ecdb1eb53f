#include "core/training/form_fields.hpp"

#include <charconv>

#include "core/common/text.hpp"

namespace alongside::fields {

std::optional<int> Number(Validation& v, const std::string& field, const std::string& text, int low, int high,
                          const std::string& message, bool required) {
  const auto trimmed = Trim(text);
  if (trimmed.empty() && !required) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), value);
  if (trimmed.empty() || error != std::errc() || end != trimmed.data() + trimmed.size() || value < low ||
      value > high) {
    v.Add(field, message);
    return std::nullopt;
  }
  return value;
}

std::optional<Date> DateOf(Validation& v, const std::string& field, const std::string& text, const std::string& what,
                           const std::optional<Date>& latest, bool required) {
  const auto trimmed = Trim(text);
  if (trimmed.empty()) {
    if (required) v.Add(field, "Enter " + what);
    return std::nullopt;
  }
  const auto date = ParseDate(trimmed);
  if (!date) {
    v.Add(field, "Enter " + what + " as a real date, like 2026-03-14");
    return std::nullopt;
  }
  if (latest && *latest < *date) {
    v.Add(field, "The date of " + what + " cannot be in the future");
    return std::nullopt;
  }
  return date;
}

std::string Text(Validation& v, const std::string& field, const std::string& text, std::size_t max,
                 const std::string& what, const std::string& missing) {
  auto trimmed = Trim(text);
  if (trimmed.empty() && !missing.empty()) v.Add(field, missing);
  else if (CharCount(trimmed) > max) v.Add(field, what + " must be " + std::to_string(max) + " characters or fewer");
  else if (HasControlCharacters(trimmed)) v.Add(field, what + " must not contain control characters");
  return trimmed;
}

}  // namespace alongside::fields
