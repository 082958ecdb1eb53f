#include "core/families/timeline_service.hpp"

namespace alongside {

FamilyTimeline TimelineService::Read(const Actor& actor, const std::string& family_id, const PageRequest& page) {
  auto tx = database_.Begin();
  const auto facts = access_.Require(*tx, actor, family_id, Resource::kFamily, Action::kRead);
  FamilyTimeline timeline;
  // A worker may change the record; a family member may only read what is shared with them.
  const bool worker = access_.Allows(facts, actor, Resource::kFamily, Action::kUpdate);
  timeline.shared_view = !worker;
  timeline.view.record_events = worker;
  timeline.view.contact_minutes = worker;
  timeline.view.sensitive_notes = worker && access_.Allows(facts, actor, Resource::kFamilySensitive, Action::kRead);
  timeline.family_name = timeline_.FamilyName(*tx, family_id);
  timeline.page = timeline_.List(*tx, family_id, timeline.view, page.Normalised());
  access_.audit().Record(*tx, actor, "timeline.read", "family", family_id);
  tx->Commit();
  return timeline;
}

}  // namespace alongside
