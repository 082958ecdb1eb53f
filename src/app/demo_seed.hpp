#pragma once
/// The demo area: a plainly fictional place with one organisation of each kind that the
/// foundation knows and one person for each role, so a newcomer can sign in as anyone.

#include <string>
#include <vector>

#include "core/services.hpp"

namespace alongside::app {

inline constexpr const char* kDemoPassword = "Alongside-demo-2026";
inline constexpr const char* kDemoAreaName = "Riverside (demo area)";

struct DemoSignIn {
  std::string email;
  std::string role_label;
  std::string organisation;  ///< empty for people without one
};

/// Creates whatever of the demo area is missing and returns every demo sign-in.
/// Running it again changes nothing.
std::vector<DemoSignIn> SeedDemo(Services& services);

}  // namespace alongside::app
