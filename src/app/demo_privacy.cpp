#include "app/demo_privacy.hpp"

namespace alongside::app {
namespace {

constexpr const char* kFamilyCaregiver = "Bethan Hughes";
constexpr const char* kParentEmail = "parent@demo.alongside.test";

/// The demo person with this email acting for the seed, as a request of theirs would.
std::optional<Actor> DemoPerson(Services& services, const Actor& system, const std::string& email) {
  UserFilter filter;
  filter.query = email;
  for (const auto& user : services.users.List(system, filter).items) {
    if (user.email != email) continue;
    return Actor{user.id, user.name, user.email, user.grants, "seed-demo", ""};
  }
  return std::nullopt;
}

}  // namespace

void SeedDemoPrivacy(Services& services, const Actor& system) {
  const auto coordinator = DemoPerson(services, system, "coordinator@demo.alongside.test");
  const auto supporter = DemoPerson(services, system, "supporter@demo.alongside.test");
  const auto parent = DemoPerson(services, system, kParentEmail);
  if (!coordinator || !supporter || !parent) return;
  CaseloadFilter filter;
  filter.status.reset();
  filter.query = kFamilyCaregiver;
  const auto found = services.caseloads.List(*coordinator, filter).page.items;
  if (found.empty()) return;
  const std::string family_id = found.front().family_id;

  const auto links = services.parent_links.List(*coordinator, family_id);
  if (links.caregivers.empty()) return;
  bool linked = false;
  for (const auto& caregiver : links.caregivers) linked = linked || caregiver.linked_user_id == parent->user_id;
  if (!linked && links.caregivers.front().linked_user_id.empty())
    services.parent_links.Link(*coordinator, family_id, links.caregivers.front().caregiver_id, kParentEmail);

  if (services.sensitive_notes.List(*supporter, family_id, {}).notes.total == 0)
    services.sensitive_notes.Add(*supporter, family_id,
                                 {"parental_mental_health",
                                  "Said she has felt low on most days for two weeks and is sleeping badly. We agreed "
                                  "she will tell her midwife at Thursday's appointment; I will phone her on Friday."});
}

}  // namespace alongside::app
