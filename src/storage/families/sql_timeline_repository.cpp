#include "storage/families/sql_timeline_repository.hpp"

#include <vector>

#include "storage/common/sql.hpp"
#include "storage/families/family_display_name.hpp"

namespace alongside::storage {
namespace {

// Every branch gives: at, event, record_id, detail, extra, actor_name; $1 is the family id.
constexpr const char* kFamilyRecorded =
    "SELECT f.created_at AS at, 'family_recorded' AS event, f.id AS record_id, '' AS detail, '' AS extra, "
    "COALESCE(u.name, '') AS actor_name FROM families f LEFT JOIN users u ON u.id = f.created_by WHERE f.id = $1";
constexpr const char* kAssigned =
    "SELECT a.assigned_at, 'assigned', a.id, COALESCE(s.name, ''), '', COALESCE(b.name, '') "
    "FROM family_assignments a LEFT JOIN users s ON s.id = a.supporter_user_id "
    "LEFT JOIN users b ON b.id = a.assigned_by WHERE a.family_id = $1";
constexpr const char* kStatusChanged =
    "SELECT c.changed_at, 'status_changed', c.id, c.status, COALESCE(c.closing_reason, ''), COALESCE(u.name, '') "
    "FROM family_status_changes c LEFT JOIN users u ON u.id = c.changed_by WHERE c.family_id = $1";
constexpr const char* kConsent =
    "SELECT r.decided_at, 'consent', r.id, r.kind, r.decision, COALESCE(u.name, '') "
    "FROM consent_records r LEFT JOIN users u ON u.id = r.recorded_by WHERE r.family_id = $1";
constexpr const char* kContactsWithMinutes =
    "SELECT c.occurred_at, 'contact', c.id, c.kind, CAST(c.duration_minutes AS TEXT), u.name "
    "FROM contacts c JOIN users u ON u.id = c.author_user_id "
    "WHERE c.family_id = $1 AND c.status = 'submitted'";
constexpr const char* kContacts =
    "SELECT c.occurred_at, 'contact', c.id, c.kind, '', u.name "
    "FROM contacts c JOIN users u ON u.id = c.author_user_id "
    "WHERE c.family_id = $1 AND c.status = 'submitted'";
constexpr const char* kTasksDone =
    "SELECT t.completed_at, 'task_done', t.id, t.title, '', COALESCE(u.name, '') "
    "FROM tasks t LEFT JOIN users u ON u.id = t.completed_by WHERE t.family_id = $1 AND t.status = 'done'";
constexpr const char* kSignposts =
    "SELECT p.given_at, 'signpost', p.id, COALESCE(s.name, p.service_name), '', COALESCE(u.name, '') "
    "FROM signposts p LEFT JOIN services s ON s.id = p.service_id LEFT JOIN users u ON u.id = p.given_by "
    "WHERE p.family_id = $1";
// Shared with the family: their goals, progress and care plan versions.
constexpr const char* kGoalsSet =
    "SELECT g.created_at, 'goal_set', g.id, g.text, '', COALESCE(u.name, '') "
    "FROM goals g LEFT JOIN users u ON u.id = g.created_by WHERE g.family_id = $1";
constexpr const char* kGoalProgress =
    "SELECT p.recorded_at, 'goal_progress', p.id, g.text, '', COALESCE(u.name, '') FROM goal_progress p "
    "JOIN goals g ON g.id = p.goal_id LEFT JOIN users u ON u.id = p.recorded_by WHERE p.family_id = $1";
constexpr const char* kGoalStatus =
    "SELECT s.changed_at, 'goal_status', s.id, g.text, s.status, COALESCE(u.name, '') FROM goal_status_changes s "
    "JOIN goals g ON g.id = s.goal_id LEFT JOIN users u ON u.id = s.changed_by "
    "WHERE s.family_id = $1 AND s.status <> 'active'";
constexpr const char* kPlanVersions =
    "SELECT v.saved_at, 'plan_version', v.id, CAST(v.number AS TEXT), '', COALESCE(u.name, '') "
    "FROM care_plan_versions v LEFT JOIN users u ON u.id = v.saved_by WHERE v.family_id = $1";
constexpr const char* kSensitiveNotes =
    "SELECT n.recorded_at, 'sensitive_note', n.id, '', '', '' FROM sensitive_notes n WHERE n.family_id = $1";

std::string UnionOf(const TimelineView& view) {
  std::vector<const char*> branches;
  if (view.record_events) {
    branches.insert(branches.end(), {kFamilyRecorded, kAssigned, kStatusChanged, kConsent, kTasksDone, kSignposts});
  }
  branches.push_back(view.contact_minutes ? kContactsWithMinutes : kContacts);
  branches.insert(branches.end(), {kGoalsSet, kGoalProgress, kGoalStatus, kPlanVersions});
  if (view.sensitive_notes) branches.push_back(kSensitiveNotes);
  std::string sql;
  for (const char* branch : branches) sql += (sql.empty() ? "" : " UNION ALL ") + std::string(branch);
  return sql;
}

}  // namespace

Page<TimelineEntry> SqlTimelineRepository::List(db::Transaction& tx, const std::string& family_id,
                                                const TimelineView& view, const PageRequest& request) {
  Page<TimelineEntry> page;
  page.page = request.page;
  page.page_size = request.page_size;
  const std::string events = UnionOf(view);
  db::Params params{family_id};
  page.total = tx.QueryOne("SELECT COUNT(*) FROM (" + events + ") t", params)->Int(0);
  const auto limit = Bind(params, static_cast<std::int64_t>(request.page_size));
  const auto offset = Bind(params, request.Offset());
  // Columns by position: the first branch names them, and which branch is first depends on the view.
  for (const auto& row : tx.Query("SELECT * FROM (" + events + ") t ORDER BY 1 DESC, 3 DESC LIMIT " + limit +
                                      " OFFSET " + offset,
                                  params)) {
    page.items.push_back({row.Int(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4), row.Text(5)});
  }
  return page;
}

std::string SqlTimelineRepository::FamilyName(db::Transaction& tx, const std::string& family_id) {
  return FamilyDisplayName(tx, family_id);
}

}  // namespace alongside::storage
