#pragma once
/// Reading and binding the family tables' rows, shared by the record and list queries.

#include <optional>
#include <string>

#include "core/families/family.hpp"
#include "db/database.hpp"

namespace alongside::storage {

/// The columns ReadBaby expects, for "SELECT <kBabyColumns> FROM babies".
inline constexpr const char* kBabyColumns =
    "id, family_id, due_date, birth_date, name, born_early, gestation_weeks_at_birth, neonatal_care, "
    "multiple_birth_group, created_at";
Baby ReadBaby(const db::Row& row);

inline constexpr const char* kCaregiverColumns =
    "id, family_id, name, preferred_name, pronouns, date_of_birth, phone, email, preferred_language, "
    "interpreter_needed, relationship_to_baby, linked_user_id, created_at";
Caregiver ReadCaregiver(const db::Row& row);

/// A stored 'YYYY-MM-DD' column, or NULL.
std::optional<Date> DateColumn(const db::Row& row, std::size_t col);
db::Value DateValue(const std::optional<Date>& date);
/// The postcode as searched: without spaces.
std::string PostcodeSearch(const std::string& postcode);
/// The caregiver's names as searched (name_match.hpp NormaliseName of both names).
std::string NameSearch(const Caregiver& caregiver);

}  // namespace alongside::storage
