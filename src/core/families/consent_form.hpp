#pragma once
/// Checks a consent decision as typed on the consent page or sent to the API, and turns it
/// into a ConsentRecord to append to the family's history.

#include <string>

#include "core/common/clock.hpp"
#include "core/common/errors.hpp"
#include "core/families/consent.hpp"

namespace alongside {

struct ConsentForm {
  std::string kind;             ///< ConsentKindCode
  std::string organisation_id;  ///< the named service, for sharing
  std::string decision;         ///< "given" or "withdrawn"
  std::string method;           ///< ConsentMethodCode
  std::string decided_on;       ///< the date on a signed form; empty means now
  std::string note;
};

/// Adds a message to `v` for every bad field. decided_at is `now` unless a date is given,
/// then the start of that day in the UK: a form signed earlier today or before never
/// outranks a decision recorded later the same day. recorded_at is `now`.
ConsentRecord ValidateConsentForm(const ConsentForm& form, Millis now, const std::string& recorded_by_user_id,
                                  Validation& v);

}  // namespace alongside
