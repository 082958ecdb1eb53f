#include "app/demo_contacts.hpp"

#include <algorithm>

#include "app/demo_actor.hpp"

namespace alongside::app {
namespace {

ContactForm Contact(const char* kind, const Date& date, const char* start, const char* minutes,
                    const std::vector<std::string>& caregivers, std::vector<std::string> topics, const char* notes) {
  ContactForm form;
  form.kind = kind;
  form.date = IsoDate(date);
  form.start_time = start;
  form.duration_minutes = minutes;
  form.caregiver_ids = caregivers;
  form.topics = std::move(topics);
  form.notes = notes;
  return form;
}

}  // namespace

void SeedDemoContacts(Services& services, const Actor& system) {
  const auto supporter = DemoActor(services, system, "supporter@demo.alongside.test");
  const auto coordinator = DemoActor(services, system, "coordinator@demo.alongside.test");
  const auto parent = DemoActor(services, system, "parent@demo.alongside.test");
  if (!supporter || !coordinator || !parent) return;
  const auto families = services.parent_views.ForParent(*parent);
  if (families.empty()) return;
  const std::string family_id = families.front().summary.family_id;
  if (services.contacts.List(*coordinator, family_id, {}).page.total > 0) return;
  // The demo supporter records them when the family is on their caseload, else the coordinator.
  const Actor* author = &*supporter;
  ContactFormContext form;
  try {
    try {
      form = services.contacts.NewForm(*supporter, family_id);
    } catch (const AccessRefused&) {
      author = &*coordinator;
      form = services.contacts.NewForm(*coordinator, family_id);
    }
  } catch (const Conflict&) {
    return;  // closed, or no consent to support: nothing new may be recorded
  }
  std::vector<std::string> caregivers;
  if (!form.caregivers.empty()) caregivers.push_back(form.caregivers.front().id);
  const Date today = LondonDateOf(SystemClock().Now());
  services.contacts.Create(*author, family_id,
                           Contact("home_visit", AddDays(today, -21), "10:00", "60", caregivers,
                                   {"feeding", "sleep"}, "First visit. Talked through night feeds and who can help."),
                           true);
  services.contacts.Create(*author, family_id,
                           Contact("phone", AddDays(today, -14), "14:30", "20", caregivers, {"emotional_wellbeing"},
                                   "Feeling more settled; keen to try a baby group."),
                           true);
  services.contacts.Create(*author, family_id,
                           Contact("group_session", AddDays(today, -7), "", "90", caregivers,
                                   {"bonding_and_play", "services_and_appointments"},
                                   "Came to the Tuesday group at the library with the baby."),
                           true);
  services.contacts.Create(*author, family_id,
                           Contact("home_visit", today, "", "", caregivers, {"practical_help"},
                                   "Draft: still to add how long."),
                           false);
}

}  // namespace alongside::app
