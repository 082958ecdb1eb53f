#pragma once
/// One line of the append-only audit log: who did what to which record, when, and whether
/// it was allowed. Never the data itself.

#include <string>

#include "core/access/policy.hpp"
#include "core/common/clock.hpp"
#include "core/common/page.hpp"

namespace alongside {

enum class AuditOutcome { kAllowed, kRefused, kFailed };
std::string_view AuditOutcomeCode(AuditOutcome outcome);

struct AuditEntry {
  std::string id;
  Millis at = 0;
  std::string actor_user_id;          ///< empty for an anonymous attempt
  std::string actor_name;             ///< filled when listing, from the users table
  std::string actor_organisation_id;  ///< the organisation the actor acted from, if any
  std::string action;                 ///< e.g. "session.sign_in", "user.update"
  std::string record_type;            ///< e.g. "user", "organisation"
  std::string record_id;
  std::string outcome;                ///< AuditOutcomeCode
  std::string request_id;
};

struct AuditFilter {
  std::string actor_user_id;
  std::string action;       ///< exact action, or a prefix ending in '.' ("session.")
  std::string record_type;
  std::string record_id;
  std::string outcome;
  Millis from = 0;          ///< inclusive; 0 = no bound
  Millis to = 0;            ///< exclusive; 0 = no bound
  PageRequest page;
};

}  // namespace alongside
