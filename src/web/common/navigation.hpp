#pragma once
/// The header navigation for the roles a person holds: only links they may follow.

#include <string>
#include <vector>

#include "core/access/actor.hpp"

namespace alongside::web {

struct NavItem {
  std::string href;
  std::string text;
};

std::vector<NavItem> NavigationFor(const Actor& actor);

}  // namespace alongside::web
