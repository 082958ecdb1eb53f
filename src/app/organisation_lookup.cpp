#include "app/organisation_lookup.hpp"

namespace alongside::app {

std::vector<Organisation> AllOrganisations(Services& services, const Actor& actor) {
  std::vector<Organisation> all;
  PageRequest page;
  page.page_size = 100;
  for (;;) {
    auto batch = services.organisations.List(actor, page);
    all.insert(all.end(), batch.items.begin(), batch.items.end());
    if (static_cast<int>(batch.items.size()) < page.page_size) break;
    ++page.page;
  }
  return all;
}

std::optional<Organisation> FindOrganisationNamed(Services& services, const Actor& actor, const std::string& name) {
  for (auto& organisation : AllOrganisations(services, actor))
    if (organisation.name == name) return organisation;
  return std::nullopt;
}

}  // namespace alongside::app
