#include "core/programme/programme_dashboard.hpp"

#include <algorithm>

#include "core/programme/volunteer_journey.hpp"

namespace alongside {

ProgrammeDashboard ProgrammeDashboardService::For(const Actor& actor, const std::string& organisation_id) {
  const auto reachable = access_.Programmes(actor, Resource::kVolunteer, Action::kList);
  if (reachable.empty()) throw AccessRefused(Resource::kVolunteer, Action::kList, organisation_id);
  const std::string chosen = organisation_id.empty() ? reachable.front() : organisation_id;
  access_.RequireProgramme(actor, chosen, Resource::kVolunteer, Action::kList);

  ProgrammeDashboard dashboard;
  dashboard.today = LondonDateOf(clock_.Now());
  for (const auto& grant : actor.grants)
    if (grant.organisation_id == chosen) dashboard.programme = {chosen, grant.organisation_name, grant.area_id};
  for (auto stage : AllVolunteerStages())
    if (InPipeline(stage)) dashboard.pipeline.push_back({stage, 0});

  auto tx = database_.Begin();
  for (const auto& v : access_.volunteers().ListAll(*tx, {chosen})) {
    if (v.stage == VolunteerStage::kActive) ++dashboard.active;
    if (v.stage == VolunteerStage::kPaused) ++dashboard.paused;
    for (auto& count : dashboard.pipeline)
      if (count.stage == v.stage) {
        ++count.count;
        ++dashboard.in_pipeline;
      }
    if (v.stage != VolunteerStage::kLeft && DbsRenewalDue(v, dashboard.today, kDbsWarningDays))
      dashboard.checks_due.push_back({v.id, v.name, "DBS check renewal", *v.dbs_renewal_due,
                                      !(dashboard.today < *v.dbs_renewal_due)});
  }
  std::sort(dashboard.checks_due.begin(), dashboard.checks_due.end(),
            [](const CheckDue& a, const CheckDue& b) { return a.due < b.due; });
  access_.audit().Record(*tx, actor, "programme.dashboard", "organisation", chosen);
  tx->Commit();
  return dashboard;
}

}  // namespace alongside
