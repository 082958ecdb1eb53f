#pragma once
/// Signposting a family to a service and asking later whether it helped.
///
/// Every call goes through FamilyAccess: recording needs update permission on an open
/// family that agrees to support (RequireWork); the list, a follow-up and the form need
/// update permission (the family's own accounts read what concerns them through
/// Involvement instead). A signpost sends nothing about the family anywhere. Recording one
/// adds its follow-up task (a manual task, written through the tasks' own repository so that
/// the signpost and its task commit or roll back together), held by the family's supporter
/// (or the person recording when nobody supports the family yet); following up completes it.
/// Reads and writes are audited in the same transaction.

#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/family_access.hpp"
#include "core/signposts/signpost_form.hpp"
#include "core/signposts/signpost_repository.hpp"
#include "core/tasks/task_repository.hpp"

namespace alongside {

struct FamilySignposts {
  std::string family_name;
  std::vector<Signpost> signposts;  ///< newest first
  Date today;
  bool may_add = false;  ///< open and agreed to support
};

/// What the signpost form offers: the area's directory.
struct SignpostChoices {
  std::string family_name;
  std::vector<DirectoryChoice> services;
};

class SignpostService {
 public:
  SignpostService(db::Database& database, SignpostRepository& signposts, TaskRepository& tasks, FamilyAccess& access,
                  const Clock& clock)
      : database_(database), signposts_(signposts), tasks_(tasks), access_(access), clock_(clock) {}

  FamilySignposts ListForFamily(const Actor& actor, const std::string& family_id);
  /// Refuses like Record would.
  SignpostChoices ChoicesFor(const Actor& actor, const std::string& family_id);
  /// Throws Invalid with a message per field; a service id must be an active service of the
  /// family's area.
  Signpost Record(const Actor& actor, const std::string& family_id, const SignpostForm& form);
  Signpost Get(const Actor& actor, const std::string& family_id, const std::string& signpost_id);
  /// Records what the family said and completes the follow-up task if it is still open.
  /// A signpost already followed up is a Conflict.
  Signpost FollowUp(const Actor& actor, const std::string& family_id, const std::string& signpost_id,
                    const FollowUpForm& form);

  /// Who is involved with the family, for the family's own page (read permission, so a
  /// linked parent may ask). Audited as "involvement.read".
  FamilyInvolvement Involvement(const Actor& actor, const std::string& family_id);

  Date Today() const;

 private:
  FamilyScopeFacts RequireWorker(db::Transaction& tx, const Actor& actor, const std::string& family_id);
  Signpost RequireSignpost(db::Transaction& tx, const std::string& family_id, const std::string& signpost_id);

  db::Database& database_;
  SignpostRepository& signposts_;
  TaskRepository& tasks_;
  FamilyAccess& access_;
  const Clock& clock_;
};

}  // namespace alongside
