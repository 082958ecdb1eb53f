#include "storage/families/family_rows.hpp"

#include "core/families/name_match.hpp"

namespace alongside::storage {

std::optional<Date> DateColumn(const db::Row& row, std::size_t col) {
  const auto text = row.OptText(col);
  return text ? ParseDate(*text) : std::nullopt;
}

db::Value DateValue(const std::optional<Date>& date) {
  if (!date) return nullptr;
  return IsoDate(*date);
}

std::string PostcodeSearch(const std::string& postcode) {
  std::string out;
  for (char c : postcode)
    if (c != ' ') out += c;
  return out;
}

std::string NameSearch(const Caregiver& caregiver) {
  std::string names = NormaliseName(caregiver.name);
  if (!caregiver.preferred_name.empty()) names += " " + NormaliseName(caregiver.preferred_name);
  return names;
}

Baby ReadBaby(const db::Row& row) {
  Baby baby;
  baby.id = row.Text(0);
  baby.family_id = row.Text(1);
  baby.due_date = DateColumn(row, 2);
  baby.birth_date = DateColumn(row, 3);
  baby.name = row.Text(4);
  baby.born_early = row.Bool(5);
  if (const auto weeks = row.OptInt(6)) baby.gestation_weeks_at_birth = static_cast<int>(*weeks);
  baby.neonatal_care = row.Bool(7);
  baby.multiple_birth_group = row.Text(8);
  baby.created_at = row.Int(9);
  return baby;
}

Caregiver ReadCaregiver(const db::Row& row) {
  Caregiver c;
  c.id = row.Text(0);
  c.family_id = row.Text(1);
  c.name = row.Text(2);
  c.preferred_name = row.Text(3);
  c.pronouns = row.Text(4);
  c.date_of_birth = DateColumn(row, 5);
  c.phone = row.Text(6);
  c.email = row.Text(7);
  c.preferred_language = row.Text(8);
  c.interpreter_needed = row.Bool(9);
  c.relationship_to_baby = row.Text(10);
  c.linked_user_id = row.OptText(11);
  c.created_at = row.Int(12);
  return c;
}

}  // namespace alongside::storage
