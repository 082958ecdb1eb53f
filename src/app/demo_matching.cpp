#include "app/demo_matching.hpp"

#include "app/demo_actor.hpp"

namespace alongside::app {

void SeedDemoMatching(Services& services, const Actor& system) {
  const auto coordinator = DemoActor(services, system, "coordinator@demo.alongside.test");
  if (!coordinator) return;
  VolunteerFilter filter;
  filter.name_contains = "Sam Supporter";
  std::vector<Volunteer> found;
  try {
    found = services.volunteers.List(*coordinator, filter).page.items;
  } catch (const AccessRefused&) {
    return;
  }
  if (found.empty()) return;
  const auto& sam = found.front();
  if (!services.expenses.ForVolunteer(*coordinator, sam.id).claims.empty()) return;

  const Date today = services.expenses.Today();
  services.volunteer_activity.UpdateAvailability(*coordinator, sam.id,
                                                 {{"tue_am", "tue_pm", "thu_pm", "sat_am"}, "3", "English, Polish",
                                                  sam.lived_experience});
  services.volunteer_activity.LogTime(*coordinator, sam.id,
                                      {"group", IsoDate(AddDays(today, -3)), "90", "Bumps and babies group"});
  services.volunteer_activity.LogTime(*coordinator, sam.id,
                                      {"travel", IsoDate(AddDays(today, -3)), "40", "To the group and back"});
  services.expenses.Submit(*coordinator, sam.id,
                           {IsoDate(AddDays(today, -2)), "mileage", "12.5", "", "Home visit in Riverside and back", false});
}

}  // namespace alongside::app
