#pragma once
/// A fixed table of an enum's values with their stored codes and their words for people,
/// so each vocabulary is written once and read in both directions.

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace alongside {

template <typename E>
struct Named {
  E value;
  std::string_view code;   ///< stored in the database and used in the API
  std::string_view label;  ///< shown to people
};

template <typename E, std::size_t N>
constexpr std::string_view CodeOf(const std::array<Named<E>, N>& table, E value) {
  for (const auto& row : table)
    if (row.value == value) return row.code;
  return "";
}

template <typename E, std::size_t N>
constexpr std::string_view LabelOf(const std::array<Named<E>, N>& table, E value) {
  for (const auto& row : table)
    if (row.value == value) return row.label;
  return "";
}

template <typename E, std::size_t N>
constexpr std::optional<E> FromCode(const std::array<Named<E>, N>& table, std::string_view code) {
  for (const auto& row : table)
    if (row.code == code) return row.value;
  return std::nullopt;
}

template <typename E, std::size_t N>
std::vector<E> ValuesOf(const std::array<Named<E>, N>& table) {
  std::vector<E> out;
  for (const auto& row : table) out.push_back(row.value);
  return out;
}

}  // namespace alongside
