#pragma once
/// Reads supporters' hours: your own, and, for a programme's coordinator, every supporter's
/// in a month. Hours come from submitted contacts and, for volunteers of the peer support
/// programme, the time they log beyond contacts (volunteer_time), counted in the month of the
/// contact's UK date.

#include "core/audit/audit_log.hpp"
#include "core/common/clock.hpp"
#include "core/contacts/hours.hpp"

namespace alongside {

class HoursService {
 public:
  HoursService(db::Database& database, HoursRepository& hours, const AccessPolicy& policy, AuditLog& audit,
               const Clock& clock)
      : database_(database), hours_(hours), policy_(policy), audit_(audit), clock_(clock) {}

  /// The actor's own hours; for anyone who records contacts (refused otherwise).
  SupporterHours Mine(const Actor& actor);
  /// Whether the actor may see the hours of everyone in their programme.
  bool MaySeeProgramme(const Actor& actor) const;
  /// Every supporter's hours in `month` over the families of the actor's programmes.
  /// Throws Invalid{month} for a malformed month, AccessRefused unless MaySeeProgramme.
  ProgrammeHours Programme(const Actor& actor, const Month& month);
  /// The UK month now.
  Month ThisMonth() const;

 private:
  std::vector<std::string> ProgrammeOrganisations(const Actor& actor) const;
  db::Database& database_;
  HoursRepository& hours_;
  const AccessPolicy& policy_;
  AuditLog& audit_;
  const Clock& clock_;
};

}  // namespace alongside
