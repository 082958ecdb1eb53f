#pragma once
/// Safety alerts raised by questionnaire answers (see QuestionnaireService::Answer): reading
/// them for a family or across a programme, and resolving one. An alert cannot be dismissed:
/// resolving it records what was done and a note, by whom and when, and is audited. A closed
/// family's alert can still be resolved, because the risk does not close with the record.

#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/common/page.hpp"
#include "core/families/family_access.hpp"
#include "core/questionnaires/questionnaire_repository.hpp"

namespace alongside {

struct FamilySafetyAlerts {
  std::string family_name;
  std::vector<SafetyAlert> alerts;  ///< open first, then newest first
  bool may_resolve = false;
};

class SafetyAlertService {
 public:
  SafetyAlertService(db::Database& database, QuestionnaireRepository& questionnaires, FamilyAccess& access,
                     const Clock& clock)
      : database_(database), questionnaires_(questionnaires), access_(access), clock_(clock) {}

  FamilySafetyAlerts ForFamily(const Actor& actor, const std::string& family_id);
  SafetyAlert Get(const Actor& actor, const std::string& family_id, const std::string& alert_id);
  /// Invalid at "action"/"note" when either is missing; Conflict when already resolved.
  SafetyAlert Resolve(const Actor& actor, const std::string& family_id, const std::string& alert_id,
                      const AlertResolutionForm& form);
  /// Open alerts of every family the actor may read sensitive data of (a coordinator: the
  /// programme's), the longest waiting first. AccessRefused for roles that reach none.
  Page<SafetyAlert> Open(const Actor& actor, const PageRequest& page);

 private:
  SafetyAlert Existing(db::Transaction& tx, const std::string& family_id, const std::string& alert_id);

  db::Database& database_;
  QuestionnaireRepository& questionnaires_;
  FamilyAccess& access_;
  const Clock& clock_;
};

}  // namespace alongside
