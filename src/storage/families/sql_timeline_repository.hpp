#pragma once

#include "core/families/timeline.hpp"

namespace alongside::storage {

/// The timeline as one UNION ALL over the tables that record what happened, each branch
/// reading one family through its (family_id, time) index, ordered by time and paged.
class SqlTimelineRepository final : public TimelineRepository {
 public:
  Page<TimelineEntry> List(db::Transaction& tx, const std::string& family_id, const TimelineView& view,
                           const PageRequest& page) override;
  std::string FamilyName(db::Transaction& tx, const std::string& family_id) override;
};

}  // namespace alongside::storage
