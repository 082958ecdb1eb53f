#pragma once
/// What a parent's own account sees of their family (/my-family): their goals and the
/// progress on them, their care plan, who supports them and how to reach them, and what is
/// coming up that the supporter has shared with them. Never sensitive notes, never the
/// supporter's contact notes, never another family.

#include <optional>
#include <string>
#include <vector>

#include "core/care_plans/care_plan.hpp"
#include "core/families/calendar_date.hpp"
#include "core/goals/goal.hpp"
#include "db/database.hpp"

namespace alongside {

/// Who supports the family, as the family should see it: the programme's name and the
/// supporter's first name only (no personal contact details of a volunteer).
struct ParentViewSummary {
  std::string family_id;
  std::string caregiver_name;      ///< the linked caregiver's preferred name, or name
  std::string programme_name;
  std::string supporter_first_name;  ///< empty while no supporter is assigned
  bool open = true;
  bool support_consent = false;
};

/// A task the supporter marked as shared with the family.
struct SharedTask {
  std::string title;
  Date due;
};

struct ParentGoal {
  Goal goal;
  std::vector<GoalProgress> progress;  ///< newest first
};

struct ParentFamilyView {
  ParentViewSummary summary;
  std::vector<ParentGoal> goals;     ///< being worked on
  std::vector<ParentGoal> achieved;  ///< newest first
  std::optional<CarePlanVersion> plan;
  int plan_versions = 0;
  std::vector<SharedTask> upcoming;  ///< open shared tasks, soonest first
  bool may_add_progress = false;     ///< support open and agreed
};

class ParentViewRepository {
 public:
  virtual ~ParentViewRepository() = default;
  /// Families with a caregiver linked to this account, oldest link first.
  virtual std::vector<std::string> LinkedFamilyIds(db::Transaction& tx, const std::string& user_id) = 0;
  virtual std::optional<ParentViewSummary> Summary(db::Transaction& tx, const std::string& family_id,
                                                   const std::string& user_id) = 0;
  /// Open tasks shared with the family, soonest first; nothing when this database has no
  /// tasks yet (the tasks migration is not there).
  virtual std::optional<std::vector<SharedTask>> SharedTasks(db::Transaction& tx, const std::string& family_id,
                                                             int limit) = 0;
};

}  // namespace alongside
