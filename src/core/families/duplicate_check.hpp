#pragma once
/// The warning shown before a new family is saved when it looks like one already recorded:
/// a similar caregiver name (name_match.hpp) together with the same due date, the same
/// birth date, or the same postcode. A name alone is too common to mean anything, and a
/// due date or postcode alone is shared by many families. The person recording decides;
/// this only shows them why it looked the same.

#include <string>
#include <vector>

#include "core/families/calendar_date.hpp"
#include "core/families/family.hpp"

namespace alongside {

/// What the check compares of one family, new or recorded.
struct DuplicateCandidate {
  std::string family_id;                  ///< empty for the family being recorded
  std::vector<std::string> caregiver_names;  ///< names and preferred names
  std::vector<Date> due_dates;
  std::vector<Date> birth_dates;
  std::string postcode;                   ///< compared normalised
};

/// A recorded family that looks like the new one, with the reasons in words a page can
/// show as they are: "same due date and a similar name: Jo Smith".
struct PossibleDuplicate {
  std::string family_id;
  std::vector<std::string> reasons;
};

/// The candidate view of a family read with its caregivers and babies.
DuplicateCandidate CandidateOf(const Family& family);

/// Every recorded family that looks like `new_family`, in the order given; a recorded
/// family with the same id as `new_family` (the one being edited) is skipped. The name in
/// a reason is the recorded caregiver's, since that is the record the person should open.
std::vector<PossibleDuplicate> FindPossibleDuplicates(const DuplicateCandidate& new_family,
                                                      const std::vector<DuplicateCandidate>& recorded);

}  // namespace alongside
