#pragma once
/// A signpost and its follow-up as typed in a form or sent to the API, and their checks.

#include <string>

#include "core/common/errors.hpp"
#include "core/signposts/signpost.hpp"

namespace alongside {

struct SignpostForm {
  std::string service_id;    ///< a service from the directory, or empty
  std::string service_name;  ///< typed when the service is not in the directory
  std::string how;           ///< a SignpostHow code
  std::string note;
  std::string follow_up_days = "14";  ///< one of FollowUpDayChoices()
};

/// The checked values of a SignpostForm (the service id is checked against the directory
/// by the service, which knows the family's area).
struct SignpostChange {
  std::string service_id;
  std::string service_name;
  SignpostHow how = SignpostHow::kInPerson;
  std::string note;
  int follow_up_days = kDefaultFollowUpDays;
};

/// Throws Invalid with a message at each bad field: a directory service or a typed name (not
/// both, at most 200 characters), how it was given, a note of at most 2,000 characters, and
/// a follow-up of 7, 14 or 28 days.
SignpostChange ValidateSignpostForm(const SignpostForm& form);

struct FollowUpForm {
  std::string outcome;  ///< a SignpostOutcome code
  std::string note;
};

struct FollowUpChange {
  SignpostOutcome outcome = SignpostOutcome::kHelped;
  std::string note;
};

/// Throws Invalid: an outcome is required, the note at most 2,000 characters.
FollowUpChange ValidateFollowUpForm(const FollowUpForm& form);

}  // namespace alongside
