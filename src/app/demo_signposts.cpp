#include "app/demo_signposts.hpp"

#include <algorithm>

#include "app/demo_actor.hpp"

namespace alongside::app {
namespace {

constexpr const char* kFoodBank = "Riverside Food Bank";

}  // namespace

void SeedDemoSignposts(Services& services, const Actor& system) {
  // The coordinator reaches every family of the programme; the follow-up still goes to the
  // family's supporter.
  const auto coordinator = DemoActor(services, system, "coordinator@demo.alongside.test");
  const auto parent = DemoActor(services, system, "parent@demo.alongside.test");
  if (!coordinator || !parent) return;
  const auto families = services.parent_views.ForParent(*parent);
  if (families.empty() || !families.front().may_add_progress) return;
  const auto& family_id = families.front().summary.family_id;
  if (!services.signposts.ListForFamily(*coordinator, family_id).signposts.empty()) return;
  const auto choices = services.signposts.ChoicesFor(*coordinator, family_id).services;
  const auto food_bank = std::find_if(choices.begin(), choices.end(), [](const DirectoryChoice& service) {
    return service.name.rfind(kFoodBank, 0) == 0;
  });
  if (food_bank == choices.end()) return;
  services.signposts.Record(*coordinator, family_id,
                            {food_bank->id, "", "in_person",
                             "Gave the address and opening times; she will go on Thursday with a voucher.", "14"});
}

}  // namespace alongside::app
