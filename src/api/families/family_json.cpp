#include "api/families/family_json.hpp"

#include "core/families/journey_stage.hpp"

namespace alongside::api {
namespace {

boost::json::value DateJson(const std::optional<Date>& date) {
  if (!date) return nullptr;
  return boost::json::value(IsoDate(*date));
}

boost::json::value TextOrNull(const std::string& text) {
  if (text.empty()) return nullptr;
  return boost::json::value(text);
}

boost::json::array FocusJson(const std::vector<FocusArea>& areas) {
  boost::json::array out;
  for (auto area : areas) out.emplace_back(std::string(FocusAreaCode(area)));
  return out;
}

boost::json::object StageJson(const JourneyStage& stage) {
  return {{"label", stage.label}, {"band", stage.band_label}, {"gestation", TextOrNull(stage.gestation)}};
}

boost::json::object CaregiverJson(const Caregiver& c) {
  return {{"id", c.id},
          {"name", c.name},
          {"preferred_name", c.preferred_name},
          {"pronouns", c.pronouns},
          {"date_of_birth", DateJson(c.date_of_birth)},
          {"phone", c.phone},
          {"email", c.email},
          {"preferred_language", c.preferred_language},
          {"interpreter_needed", c.interpreter_needed},
          {"relationship_to_baby", c.relationship_to_baby},
          {"has_own_account", c.linked_user_id.has_value()}};
}

boost::json::object BabyJson(const Baby& b, const JourneyStage& stage) {
  return {{"id", b.id},
          {"name", b.name},
          {"due_date", DateJson(b.due_date)},
          {"birth_date", DateJson(b.birth_date)},
          {"born_early", b.born_early},
          {"gestation_weeks_at_birth",
           b.gestation_weeks_at_birth ? boost::json::value(*b.gestation_weeks_at_birth) : boost::json::value(nullptr)},
          {"neonatal_care", b.neonatal_care},
          {"multiple_birth_group", TextOrNull(b.multiple_birth_group)},
          {"stage", StageJson(stage)}};
}

}  // namespace

boost::json::object FamilyJson(const FamilyView& view) {
  const auto& record = view.record;
  const auto& f = record.family;
  boost::json::array caregivers;
  for (const auto& c : f.caregivers) caregivers.push_back(CaregiverJson(c));
  boost::json::array babies;
  for (std::size_t i = 0; i < f.babies.size(); ++i) babies.push_back(BabyJson(f.babies[i], view.baby_stages[i]));
  boost::json::object out{{"id", f.id},
                          {"display_name", record.display_name},
                          {"programme", {{"id", f.programme_organisation_id}, {"name", record.organisation_name}}},
                          {"status", std::string(FamilyStatusCode(f.status))},
                          {"stage", StageJson(view.stage)},
                          {"supporter", record.supporter_user_id.empty()
                                            ? boost::json::value(nullptr)
                                            : boost::json::value(boost::json::object{
                                                  {"id", record.supporter_user_id}, {"name", record.supporter_name}})},
                          {"caregivers", std::move(caregivers)},
                          {"babies", std::move(babies)},
                          {"shared_view", view.shared_view}};
  if (view.shared_view) return out;
  out["version"] = record.version;
  out["support_consent"] = record.support_consent;
  out["address"] = {{"address_line_1", f.address_line_1},
                    {"address_line_2", f.address_line_2},
                    {"town", f.town},
                    {"postcode", f.postcode}};
  out["focus_areas"] = FocusJson(f.focus_areas);
  out["strengths"] = f.strengths;
  boost::json::array shared;
  for (const auto& item : record.shared_care)
    shared.push_back({{"id", item.id},
                      {"name", item.entry.name},
                      {"relationship", item.entry.relationship},
                      {"how_they_help", item.entry.how_they_help}});
  out["shared_care"] = std::move(shared);
  out["closing_reason"] = f.closing_reason ? boost::json::value(std::string(ClosingReasonCode(*f.closing_reason)))
                                           : boost::json::value(nullptr);
  out["closing_summary"] = f.closing_summary;
  boost::json::array assignments;
  for (const auto& a : view.assignments)
    assignments.push_back({{"supporter", {{"id", a.supporter_user_id}, {"name", a.supporter_name}}},
                           {"assigned_at", a.assigned_at},
                           {"ended_at", a.ended_at ? boost::json::value(*a.ended_at) : boost::json::value(nullptr)}});
  out["assignments"] = std::move(assignments);
  boost::json::array changes;
  for (const auto& c : view.status_changes)
    changes.push_back({{"status", std::string(FamilyStatusCode(c.status))},
                       {"reason", c.reason ? boost::json::value(std::string(ClosingReasonCode(*c.reason)))
                                           : boost::json::value(nullptr)},
                       {"summary", c.summary},
                       {"changed_at", c.changed_at}});
  out["status_changes"] = std::move(changes);
  return out;
}

boost::json::object CaseloadEntryJson(const CaseloadEntry& e, const Date& today) {
  return {{"id", e.family_id},
          {"display_name", e.display_name},
          {"postcode", e.postcode},
          {"status", std::string(FamilyStatusCode(e.status))},
          {"stage", StageJson(StageOfFamily(e.babies, today))},
          {"supporter", e.supporter_user_id.empty()
                            ? boost::json::value(nullptr)
                            : boost::json::value(boost::json::object{{"id", e.supporter_user_id},
                                                                     {"name", e.supporter_name}})},
          {"next_task", e.next_task_title.empty()
                            ? boost::json::value(nullptr)
                            : boost::json::value(boost::json::object{
                                  {"title", e.next_task_title},
                                  {"due", DateJson(e.next_task_due)},
                                  {"overdue", e.next_task_due.has_value() && *e.next_task_due < today}})},
          {"last_contact_at", e.last_contact_at ? boost::json::value(*e.last_contact_at) : boost::json::value(nullptr)},
          {"interpreter_needed", e.interpreter_needed},
          {"focus_areas", FocusJson(e.focus_areas)}};
}

}  // namespace alongside::api
