// A sensitive note as typed: what it is about (one of the categories the schema allows)
// and the note itself, trimmed; every code round-trips.

#include <gtest/gtest.h>

#include <set>

#include "core/families/sensitive_note.hpp"

namespace alongside {
namespace {

TEST(CoreFamilySensitiveNote, KeepsTheCategoryAndTheTrimmedNote) {
  Validation v;
  const auto note = ValidateSensitiveNote({" intimate_partner_violence ", "  Told me at the clinic.\nAfraid at home.  "}, v);
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(note.category, SensitiveCategory::kIntimatePartnerViolence);
  EXPECT_EQ(note.body, "Told me at the clinic.\nAfraid at home.") << "line breaks inside are kept";
}

TEST(CoreFamilySensitiveNote, ReportsEachBadField) {
  Validation v;
  ValidateSensitiveNote({"rumour", " \n "}, v);
  EXPECT_TRUE(v.Has("category"));
  EXPECT_TRUE(v.Has("body"));

  Validation too_long;
  ValidateSensitiveNote({"poverty", std::string(kMaxSensitiveNoteLength + 1, 'a')}, too_long);
  EXPECT_TRUE(too_long.Has("body"));
  Validation longest;
  ValidateSensitiveNote({"poverty", std::string(kMaxSensitiveNoteLength, 'a')}, longest);
  EXPECT_TRUE(longest.ok());

  Validation control;
  ValidateSensitiveNote({"poverty", std::string("bell\x07")}, control);
  EXPECT_TRUE(control.Has("body"));
}

TEST(CoreFamilySensitiveNote, CodesRoundTripAndMatchTheSchema) {
  // The CHECK constraint of sensitive_notes.category in migrations/*/0002_families.sql.
  const std::set<std::string> schema = {"poverty", "substance_misuse", "intimate_partner_violence", "couple_conflict",
                                        "parental_mental_health", "safeguarding"};
  std::set<std::string> codes;
  for (auto category : AllSensitiveCategories()) {
    const std::string code(SensitiveCategoryCode(category));
    codes.insert(code);
    EXPECT_EQ(SensitiveCategoryFromCode(code), category);
    EXPECT_FALSE(SensitiveCategoryLabel(category).empty());
  }
  EXPECT_EQ(codes, schema);
  EXPECT_FALSE(SensitiveCategoryFromCode("Poverty"));
}

}  // namespace
}  // namespace alongside
