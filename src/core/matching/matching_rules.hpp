#pragma once
/// Which volunteers to suggest to the coordinator for a family waiting for a supporter, and
/// why, in plain words. A pure function over facts read elsewhere: the coordinator decides,
/// so every suggestion carries its reasons for and against rather than a hidden score.
///
/// Only active volunteers with an account are suggested (a family is assigned to the
/// account). Those with no free place are listed last, with the reason.

#include <string>
#include <string_view>
#include <vector>

#include "core/programme/volunteer.hpp"

namespace alongside {

/// What matching needs to know about a family.
struct FamilyFacts {
  std::string family_id;
  std::string postcode;                  ///< normalised, "RV2 4AB"; may be empty
  std::vector<std::string> languages;    ///< the caregivers' preferred languages
  std::vector<std::string> focus_areas;  ///< antenatal, neonatal_care, parental_mental_health, childrens_social_care
  bool neonatal_care = false;            ///< a baby was in neonatal care
  bool twins = false;                    ///< two or more babies with one due date
  bool young_parent = false;             ///< a caregiver under 20
  bool father = false;                   ///< a caregiver is the baby's father
};

/// What matching needs to know about a volunteer.
struct VolunteerFacts {
  std::string volunteer_id;
  std::string user_id;
  std::string name;
  VolunteerStage stage = VolunteerStage::kEnquiry;
  std::string postcode;
  std::vector<std::string> languages;
  std::vector<std::string> lived_experience;
  std::vector<std::string> availability;
  int max_families = 2;
  int current_families = 0;              ///< open families assigned to their account
  std::vector<std::string> training_topics;  ///< topics of modules they completed
};

struct VolunteerSuggestion {
  std::string volunteer_id;
  std::string user_id;
  std::string name;
  int score = 0;                         ///< for ordering only; higher first
  bool has_place = true;                 ///< fewer families than they offered
  std::vector<std::string> reasons;      ///< for
  std::vector<std::string> reasons_against;
};

/// The outward code of a postcode ("RV2 4AB" -> "RV2"); "" when none.
std::string PostcodeDistrict(std::string_view postcode);

/// Active volunteers with an account, best first: those with a free place before those
/// without, then by score, then by name.
std::vector<VolunteerSuggestion> SuggestVolunteers(const FamilyFacts& family, const std::vector<VolunteerFacts>& volunteers);

}  // namespace alongside
