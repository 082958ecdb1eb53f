#pragma once
/// Adversities and safeguarding notes about a family. Read only by workers who need to know
/// (Resource::kFamilySensitive) and never by any family member's own account: a disclosure
/// of domestic abuse must never reach the partner. Notes are never edited or deleted; a
/// correction is a new note, so what was known when stays on the record.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"
#include "core/common/errors.hpp"

namespace alongside {

enum class SensitiveCategory {
  kPoverty,
  kSubstanceMisuse,
  kIntimatePartnerViolence,
  kCoupleConflict,
  kParentalMentalHealth,
  kSafeguarding,  ///< a safeguarding concern, whatever its cause
};

struct SensitiveNote {
  std::string id;
  std::string family_id;
  SensitiveCategory category = SensitiveCategory::kSafeguarding;
  std::string body;
  std::string recorded_by_user_id;
  std::string recorded_by_name;  ///< filled when read
  Millis recorded_at = 0;
};

/// A note as typed on the page or sent to the API.
struct SensitiveNoteForm {
  std::string category;  ///< SensitiveCategoryCode
  std::string body;
};

inline constexpr std::size_t kMaxSensitiveNoteLength = 5000;

/// Adds a message to `v` for every bad field; ids and times are the service's to set.
SensitiveNote ValidateSensitiveNote(const SensitiveNoteForm& form, Validation& v);

std::string_view SensitiveCategoryCode(SensitiveCategory category);
std::optional<SensitiveCategory> SensitiveCategoryFromCode(std::string_view code);
std::string_view SensitiveCategoryLabel(SensitiveCategory category);
const std::vector<SensitiveCategory>& AllSensitiveCategories();

}  // namespace alongside
