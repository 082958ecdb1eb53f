#include "app/demo_needs.hpp"

#include "app/demo_actor.hpp"

namespace alongside::app {
namespace {

/// The demo family with this caregiver's name that the supporter may work with, or "".
std::string FamilyNamed(Services& services, const Actor& coordinator, const std::string& name) {
  CaseloadFilter filter;
  filter.query = name;
  const auto found = services.caseloads.List(coordinator, filter);
  return found.page.items.empty() ? "" : found.page.items.front().family_id;
}

bool HasConversation(Services& services, const Actor& supporter, const std::string& family_id) {
  return !services.needs.History(supporter, family_id).conversations.empty();
}

}  // namespace

void SeedDemoNeeds(Services& services, const Actor& system) {
  const auto supporter = DemoActor(services, system, "supporter@demo.alongside.test");
  const auto coordinator = DemoActor(services, system, "coordinator@demo.alongside.test");
  if (!supporter || !coordinator) return;
  try {
    if (const auto bethan = FamilyNamed(services, *coordinator, "Bethan Hughes");
        !bethan.empty() && !HasConversation(services, *supporter, bethan)) {
      NeedsForm form;
      form.domains = {{"4", "Talks to the bump every evening; her partner sings to it", "Knowing what to expect in the first weeks"},
                      {"2", "Asks for help when she needs it", "Someone to talk to about feeling low at night"},
                      {"3", "Her mum is nearby", "A group of other parents due at the same time"}};
      form.pressures = {"money", "isolation"};
      form.pressure_note = "Maternity pay starts next month and will be tight.";
      form.adversities = std::vector<std::string>{};
      form.focus_areas = {"antenatal", "parental_mental_health"};
      const auto conversation = services.needs.Start(*supporter, bethan, form);
      services.needs.Finish(*supporter, bethan, conversation.id, std::nullopt);
      services.needs.Decide(*supporter, bethan, conversation.id,
                            {"targeted", "", {"parental_mental_health", "money", "isolation"}});
    }
    if (const auto grace = FamilyNamed(services, *coordinator, "Grace Mensah");
        !grace.empty() && !HasConversation(services, *supporter, grace)) {
      NeedsForm form;
      form.domains = {{"3", "Skin-to-skin with both twins every day", ""}, {"", "", ""}, {"", "", ""}};
      form.pressures = {"housing"};
      form.pressure_note = "Two cots in a one-bedroom flat.";
      form.focus_areas = {"neonatal_care"};
      services.needs.Start(*supporter, grace, form);
    }
  } catch (const AccessRefused&) {
    // The demo supporter no longer works with the family: leave it.
  } catch (const Conflict&) {
    // Closed, or no consent to support: nothing new may be recorded.
  }
}

}  // namespace alongside::app
