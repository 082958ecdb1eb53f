#include "core/families/duplicate_check.hpp"

#include <algorithm>

#include "core/families/name_match.hpp"
#include "core/families/postcode.hpp"

namespace alongside {
namespace {

bool ShareADate(const std::vector<Date>& a, const std::vector<Date>& b) {
  return std::any_of(a.begin(), a.end(), [&](const Date& d) { return std::find(b.begin(), b.end(), d) != b.end(); });
}

/// The first recorded name that looks like any of the new names, or empty.
std::string SimilarName(const std::vector<std::string>& new_names, const std::vector<std::string>& recorded_names) {
  for (const auto& recorded : recorded_names)
    for (const auto& name : new_names)
      if (NamesLookAlike(name, recorded)) return recorded;
  return "";
}

}  // namespace

DuplicateCandidate CandidateOf(const Family& family) {
  DuplicateCandidate candidate;
  candidate.family_id = family.id;
  candidate.postcode = family.postcode;
  for (const auto& caregiver : family.caregivers) {
    candidate.caregiver_names.push_back(caregiver.name);
    if (!caregiver.preferred_name.empty()) candidate.caregiver_names.push_back(caregiver.preferred_name);
  }
  for (const auto& baby : family.babies) {
    if (baby.due_date) candidate.due_dates.push_back(*baby.due_date);
    if (baby.birth_date) candidate.birth_dates.push_back(*baby.birth_date);
  }
  return candidate;
}

std::vector<PossibleDuplicate> FindPossibleDuplicates(const DuplicateCandidate& new_family,
                                                      const std::vector<DuplicateCandidate>& recorded) {
  std::vector<PossibleDuplicate> found;
  const std::string new_postcode = NormalisePostcode(new_family.postcode);
  for (const auto& other : recorded) {
    if (!new_family.family_id.empty() && other.family_id == new_family.family_id) continue;
    const std::string name = SimilarName(new_family.caregiver_names, other.caregiver_names);
    if (name.empty()) continue;
    PossibleDuplicate duplicate{other.family_id, {}};
    if (ShareADate(new_family.due_dates, other.due_dates))
      duplicate.reasons.push_back("same due date and a similar name: " + name);
    if (ShareADate(new_family.birth_dates, other.birth_dates))
      duplicate.reasons.push_back("same birth date and a similar name: " + name);
    if (!new_postcode.empty() && new_postcode == NormalisePostcode(other.postcode))
      duplicate.reasons.push_back("same postcode and a similar name: " + name);
    if (!duplicate.reasons.empty()) found.push_back(std::move(duplicate));
  }
  return found;
}

}  // namespace alongside
