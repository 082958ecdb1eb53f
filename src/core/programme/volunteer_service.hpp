#pragma once
/// A programme's volunteers from first enquiry to active, paused or left, their pathway to
/// paid work, and the roles the programme names for itself.
///
/// A coordinator of the programme creates and changes records (Resource::kVolunteer); a
/// volunteer reads their own (the account linked to the record). Every read and write is
/// audited in its transaction against record type "volunteer" (or "organisation" for a
/// programme-wide list); refusals are audited by the pipeline.

#include <optional>
#include <string>
#include <vector>

#include "core/accounts/account_repositories.hpp"
#include "core/common/clock.hpp"
#include "core/families/family_record.hpp"
#include "core/programme/programme_access.hpp"
#include "core/programme/volunteer_form.hpp"

namespace alongside {

/// One volunteer's record page.
struct VolunteerRecord {
  Volunteer volunteer;
  std::vector<StageChange> journey;  ///< oldest first
  std::vector<Position> positions;   ///< oldest first
  std::string account_email;         ///< the linked account's, "" when none
  std::vector<std::string> activation_gaps;  ///< what stops them becoming active today
  bool may_change = false;           ///< the actor coordinates their programme
  Date today;
};

struct VolunteerList {
  Page<Volunteer> page;
  std::vector<ProgrammeChoice> programmes;  ///< those the list covers
  bool may_add = false;
  Date today;
};

class VolunteerService {
 public:
  VolunteerService(db::Database& database, VolunteerRepository& volunteers, UserRepository& users,
                   ProgrammeAccess& access, const Clock& clock)
      : database_(database), volunteers_(volunteers), users_(users), access_(access), clock_(clock) {}

  /// The programmes whose volunteers the actor runs (AccessRefused when none).
  std::vector<ProgrammeChoice> Programmes(const Actor& actor) const;
  /// A coordinator's volunteers (filter.organisation_ids narrowed to theirs; all of theirs
  /// when empty); AccessRefused for anyone else.
  VolunteerList List(const Actor& actor, VolunteerFilter filter);
  /// The volunteer records of the actor's own account (empty when none).
  std::vector<Volunteer> Mine(const Actor& actor);

  /// A new enquiry in the coordinator's programme; Invalid at each field.
  Volunteer Enquire(const Actor& actor, const std::string& organisation_id, const VolunteerForm& form);
  VolunteerRecord Get(const Actor& actor, const std::string& volunteer_id);
  /// Details and checks; Conflict when someone saved first (version differs).
  Volunteer Update(const Actor& actor, const std::string& volunteer_id, std::int64_t version,
                   const VolunteerForm& form);
  /// A move along the journey (volunteer_journey.hpp); Invalid{stage} with the reason when
  /// the move is not allowed or (to active) what is missing. Becoming active for the first
  /// time starts their "volunteer" position; leaving ends every current position.
  Volunteer MoveStage(const Actor& actor, const std::string& volunteer_id, const StageForm& form);
  /// A new position on the pathway; the current ones end the day before it starts.
  Position AddPosition(const Actor& actor, const std::string& volunteer_id, const PositionForm& form);
  /// Links the account with this email, which must hold the peer supporter role in the
  /// volunteer's programme; an empty email unlinks. Invalid{email} otherwise.
  Volunteer LinkAccount(const Actor& actor, const std::string& volunteer_id, const std::string& email);

  /// The first peer support programme the actor holds a role in ("" when none): the
  /// programme a request means when it names none.
  static std::string DefaultProgramme(const Actor& actor);
  /// The programme's roles (archived ones too when asked); any worker of the programme may read.
  std::vector<ProgrammeRole> Roles(const Actor& actor, const std::string& organisation_id, bool include_archived);
  ProgrammeRole CreateRole(const Actor& actor, const std::string& organisation_id, const RoleForm& form);
  ProgrammeRole UpdateRole(const Actor& actor, const std::string& role_id, const RoleForm& form);
  /// Archived roles stay on the volunteers who hold them but are not offered for new ones.
  ProgrammeRole SetRoleArchived(const Actor& actor, const std::string& role_id, bool archived);

  Date Today() const;

 private:
  ProgrammeRole RequireRole(db::Transaction& tx, const Actor& actor, const std::string& role_id, Action action);
  /// Checks the role belongs to the programme and is not archived (unless unchanged).
  void CheckRoleChoice(db::Transaction& tx, const std::string& organisation_id, const std::string& role_id,
                       const std::string& current_role_id);
  void Save(db::Transaction& tx, Volunteer& volunteer);

  db::Database& database_;
  VolunteerRepository& volunteers_;
  UserRepository& users_;
  ProgrammeAccess& access_;
  const Clock& clock_;
};

}  // namespace alongside
