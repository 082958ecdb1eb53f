#include "app/demo_goals.hpp"

#include "app/demo_actor.hpp"

namespace alongside::app {

void SeedDemoGoals(Services& services, const Actor& system) {
  const auto coordinator = DemoActor(services, system, "coordinator@demo.alongside.test");
  const auto parent = DemoActor(services, system, "parent@demo.alongside.test");
  if (!coordinator || !parent) return;
  const auto families = services.parent_views.ForParent(*parent);
  if (families.empty()) return;
  const auto& family = families.front();
  if (!family.goals.empty() || !family.achieved.empty() || family.plan || !family.may_add_progress) return;
  const std::string& family_id = family.summary.family_id;
  const auto goal = services.goals.Create(*coordinator, family_id,
                                          {"I want to feel confident bathing the baby on my own", "bonding_with_baby",
                                           {"Watch the health visitor do it once", "Bath the baby with my mum there",
                                            "Bath the baby on my own"}});
  services.goals.SetStepDone(*coordinator, family_id, goal.id, goal.steps.front().id, true);
  services.goals.AddProgress(*parent, family_id, goal.id, {"My mum came round and I did most of it myself!", ""});
  const auto done = services.goals.Create(*coordinator, family_id, {"Go to a baby group once", "getting_to_know_others", {}});
  services.goals.ChangeStatus(*coordinator, family_id, done.id, {"achieved", "Went to the Tuesday group at the library", "", ""});
  const Date today = LondonDateOf(SystemClock().Now());
  services.care_plans.Save(*coordinator, family_id,
                           {"Feeling less alone, and getting more sleep", FormatDate(AddDays(today, 56)),
                            {{"Me", "Go to the Tuesday baby group", FormatDate(AddDays(today, 7))},
                             {"Peer supporter", "Find out about the sling library", FormatDate(AddDays(today, 14))},
                             {"My mum", "Have the baby one afternoon a week so I can rest", ""}}});
}

}  // namespace alongside::app
