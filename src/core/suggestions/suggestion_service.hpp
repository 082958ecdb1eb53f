#pragma once
/// Suggestions of services for one family, read through FamilyAccess (update permission:
/// they are for the people working with the family) and audited as "suggestion.list".
/// The candidates are the area's active services covering the family's postcode district
/// (the first page of the directory's own search, and the first page for each of the
/// family's needs); the rules (suggestion_rules.hpp) decide.
/// Services are marked as involved by the family's newest referral to them, a signpost, or
/// being kept by the programme that already supports the family.

#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/family_access.hpp"
#include "core/families/family_repository.hpp"
#include "core/needs/decided_needs.hpp"
#include "core/services/service_repository.hpp"
#include "core/signposts/signpost_repository.hpp"
#include "core/suggestions/suggestion_rules.hpp"

namespace alongside {

struct FamilySuggestions {
  std::string family_id;
  std::string family_name;
  std::string stage_label;        ///< "24 weeks pregnant"; empty without dates
  std::string postcode_district;  ///< empty without a postcode
  std::vector<FamilyNeed> needs;
  std::vector<Suggestion> suggestions;
};

class SuggestionService {
 public:
  SuggestionService(db::Database& database, FamilyRepository& families, ServiceRepository& directory,
                    SignpostRepository& signposts, FamilyAccess& access, const Clock& clock)
      : database_(database), families_(families), directory_(directory), signposts_(signposts), access_(access),
        clock_(clock) {}

  FamilySuggestions ForFamily(const Actor& actor, const std::string& family_id);
  /// Once set, the needs decided after the family's latest needs conversation count too.
  void SetDecidedNeeds(DecidedNeedsSource& source) { decided_needs_ = &source; }

 private:
  db::Database& database_;
  FamilyRepository& families_;
  ServiceRepository& directory_;
  SignpostRepository& signposts_;
  FamilyAccess& access_;
  const Clock& clock_;
  DecidedNeedsSource* decided_needs_ = nullptr;
};

/// How an involved service is marked, from its newest referral's status ("draft" …), or
/// nothing when that referral no longer involves it (closed, withdrawn).
std::optional<std::string> InvolvementMark(std::string_view referral_status);

}  // namespace alongside
