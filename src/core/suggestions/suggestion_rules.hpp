#pragma once
/// Which services of the directory fit a family now, and why, in words a worker can repeat
/// to the family. Pure rules: the facts come in, the suggestions go out.
///
/// A service fits when it covers the family's postcode district (or the whole area), is open
/// at the family's stage (in pregnancy, or to a baby of this age), and is active. Every
/// reason it fits is given ("Covers RV1", "Open during pregnancy", "For babies up to 12
/// months; Layla is 5 months", "For parental mental health, a focus for this family").
/// Services already involved are kept and marked, so nobody suggests them twice unawares.
/// Ranking: more of the family's needs met first, then the level nearest the family's
/// current level (community first on a tie), then by name.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/families/journey_stage.hpp"
#include "core/services/service.hpp"

namespace alongside {

/// A need of the family and where it came from. Focus areas give these today; a needs
/// conversation will add its own, with `from` saying so ("from the needs conversation").
struct FamilyNeed {
  std::string code;   ///< matched against Service::needs: "parental_mental_health"
  std::string label;  ///< "Parental mental health"
  std::string from;   ///< "a focus for this family"
};

/// What the rules know of the family.
struct SuggestionFacts {
  JourneyStage stage;             ///< band kUnknown: no dates, so the stage decides nothing
  std::string baby_name;          ///< for "Layla is 5 months"; empty: "the baby"
  std::string postcode_district;  ///< "RV1"; empty when the address has no postcode
  std::vector<FamilyNeed> needs;
  ServiceLevel current_level = ServiceLevel::kCommunity;
  /// Services already involved, by id, with words for the state: "Referred", "Signposted".
  std::map<std::string, std::string> involved;
};

struct Suggestion {
  Service service;
  std::vector<std::string> reasons;  ///< coverage, stage, then each need met
  int needs_met = 0;
  std::string involvement;  ///< empty when the service is not involved yet
  bool own_programme = false;  ///< kept by the family's own programme: signpost, never refer
};

std::vector<Suggestion> SuggestServices(const SuggestionFacts& facts, const std::vector<Service>& candidates);

/// "5 months", "1 month", "under 1 month".
std::string AgeInMonthsWords(int months);

}  // namespace alongside
