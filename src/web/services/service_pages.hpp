#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// Workers' directory: /services, /services/new, /services/{id}, its edit, archive and review.
void AddServicePages(http::RouteTable& routes, Services& services, const Views& views);
/// The public directory, no sign-in: /directory and /directory/{id}.
void AddPublicDirectoryPages(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
