#pragma once
/// The coordinator's view of their programme at a glance: the pipeline of people on their
/// way to becoming volunteers, checks coming due, supervision overdue, refreshers due, and
/// capacity against the families waiting for a supporter. Each part is read by the service
/// that owns it; this service gathers them under one access check and one audit entry.

#include <cstdint>
#include <string>
#include <vector>

#include "core/families/family_record.hpp"
#include "core/programme/programme_access.hpp"

namespace alongside {

/// How many volunteers are at one stage.
struct StageCount {
  VolunteerStage stage = VolunteerStage::kEnquiry;
  std::int64_t count = 0;
};

/// A check that needs doing: DBS renewals within kDbsWarningDays, or already past.
struct CheckDue {
  std::string volunteer_id;
  std::string name;
  std::string what;  ///< "DBS check renewal"
  Date due;
  bool overdue = false;
};

struct ProgrammeDashboard {
  ProgrammeChoice programme;
  std::vector<StageCount> pipeline;  ///< every stage before active, in journey order
  std::int64_t in_pipeline = 0;
  std::int64_t active = 0;
  std::int64_t paused = 0;
  std::vector<CheckDue> checks_due;  ///< soonest first
  Date today;
};

/// Days before a DBS renewal that the dashboard lists it.
inline constexpr int kDbsWarningDays = 60;

class ProgrammeDashboardService {
 public:
  ProgrammeDashboardService(db::Database& database, ProgrammeAccess& access, const Clock& clock)
      : database_(database), access_(access), clock_(clock) {}

  /// For a coordinator of `programme` (its first programme when empty); AccessRefused otherwise.
  ProgrammeDashboard For(const Actor& actor, const std::string& organisation_id = "");

 private:
  db::Database& database_;
  ProgrammeAccess& access_;
  const Clock& clock_;
};

}  // namespace alongside
