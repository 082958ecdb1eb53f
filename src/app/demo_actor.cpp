#include "app/demo_actor.hpp"

namespace alongside::app {

std::optional<Actor> DemoActor(Services& services, const Actor& system, const std::string& email) {
  UserFilter filter;
  filter.query = email;
  for (const auto& user : services.users.List(system, filter).items)
    if (user.email == email) return Actor{user.id, user.name, user.email, user.grants, "seed-demo", ""};
  return std::nullopt;
}

}  // namespace alongside::app
