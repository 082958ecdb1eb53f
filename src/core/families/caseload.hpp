#pragma once
/// The list of families a worker reaches: a peer supporter's caseload (their assigned
/// families) or a coordinator's whole programme, filtered and searched, always within the
/// actor's list scope (so it never shows a family the detail page would refuse).

#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/common/page.hpp"
#include "core/families/calendar_date.hpp"
#include "core/families/family.hpp"

namespace alongside {

/// Which families to show. An empty status shows open and closed alike.
struct CaseloadFilter {
  std::optional<FamilyStatus> status = FamilyStatus::kOpen;
  bool unassigned_only = false;
  std::string supporter_user_id;  ///< only families assigned to this supporter
  std::string query;              ///< a caregiver's name (any part) or a postcode (full or outward code)
  PageRequest page;
};

/// How a search text is read: a name, a full postcode or an outward code ("SW1A").
struct CaseloadSearch {
  enum class Kind { kNone, kName, kPostcode, kOutwardCode } kind = Kind::kNone;
  std::string text;  ///< normalised name (name_match.hpp), or postcode without spaces
};
CaseloadSearch ReadCaseloadSearch(const std::string& query);

/// One family on the list, with what a worker needs at a glance.
struct CaseloadEntry {
  std::string family_id;
  std::string display_name;
  std::string postcode;
  FamilyStatus status = FamilyStatus::kOpen;
  std::string supporter_user_id;
  std::string supporter_name;
  std::string next_task_title;
  std::optional<Date> next_task_due;
  std::optional<Millis> last_contact_at;
  bool interpreter_needed = false;
  std::vector<FocusArea> focus_areas;
  std::vector<Baby> babies;  ///< for the stage
};

}  // namespace alongside
