#pragma once
/// Reads a family's timeline through FamilyAccess, audited as "timeline.read".

#include "core/families/family_access.hpp"
#include "core/families/timeline.hpp"

namespace alongside {

struct FamilyTimeline {
  Page<TimelineEntry> page;
  TimelineView view;          ///< what this reader was shown
  bool shared_view = false;   ///< a family member's own view
  std::string family_name;
};

class TimelineService {
 public:
  TimelineService(db::Database& database, TimelineRepository& timeline, FamilyAccess& access)
      : database_(database), timeline_(timeline), access_(access) {}

  FamilyTimeline Read(const Actor& actor, const std::string& family_id, const PageRequest& page);

 private:
  db::Database& database_;
  TimelineRepository& timeline_;
  FamilyAccess& access_;
};

}  // namespace alongside
