#pragma once
/// Caseloads and the programme's families; assigning a peer supporter; closing and
/// reopening support. Lists apply the actor's list scope in SQL and are audited once per
/// read ("family.list"); every change goes through FamilyAccess and is audited.

#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/family_access.hpp"
#include "core/families/family_repository.hpp"
#include "core/families/family_validation.hpp"

namespace alongside {

struct CaseloadView {
  Page<CaseloadEntry> page;
  /// The actor reaches families through an organisation (a coordinator): they see the
  /// supporter column and may filter by supporter.
  bool programme_wide = false;
  std::vector<SupporterChoice> supporters;  ///< for the filter, when programme_wide
  Date today;  ///< in the UK, for stages and overdue tasks
};

/// What the assign form needs.
struct AssignChoices {
  std::string display_name;
  std::string current_supporter_user_id;
  std::vector<SupporterChoice> supporters;
};

class CaseloadService {
 public:
  CaseloadService(db::Database& database, FamilyRepository& families, FamilyAccess& access, const Clock& clock)
      : database_(database), families_(families), access_(access), clock_(clock) {}

  CaseloadView List(const Actor& actor, const CaseloadFilter& filter);

  /// Assigning needs the organisation-wide reach of a coordinator, not a caseload.
  AssignChoices AssignForm(const Actor& actor, const std::string& family_id);
  /// Throws Invalid{supporter_user_id} unless a peer supporter of the family's programme.
  void Assign(const Actor& actor, const std::string& family_id, const std::string& supporter_user_id);

  /// Conflict when already closed; Invalid with a message per field.
  void Close(const Actor& actor, const std::string& family_id, const ClosingForm& form);
  /// Conflict when already open.
  void Reopen(const Actor& actor, const std::string& family_id);

 private:
  /// Require(kUpdate) and that the actor reaches the family through its organisation.
  FamilyScopeFacts RequireProgrammeWide(db::Transaction& tx, const Actor& actor, const std::string& family_id);

  db::Database& database_;
  FamilyRepository& families_;
  FamilyAccess& access_;
  const Clock& clock_;
};

}  // namespace alongside
