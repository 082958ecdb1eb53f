#pragma once

#include <string>

#include "core/access/role.hpp"
#include "core/common/clock.hpp"

namespace alongside {

/// A local area (a local authority or similar) in which organisations work together.
struct Area {
  std::string id;
  std::string name;
  Millis created_at = 0;
};

/// A charity, NHS service, family hub, council team or commissioner in one area.
struct Organisation {
  std::string id;
  std::string area_id;
  std::string area_name;  ///< filled when read
  std::string name;
  OrganisationKind kind = OrganisationKind::kPeerSupportProgramme;
  Millis created_at = 0;
};

}  // namespace alongside
