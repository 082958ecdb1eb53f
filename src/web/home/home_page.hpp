#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// "/": a home page for each role; signed out, the sign-in page.
void AddHomePage(http::RouteTable& routes, Services& services, const Views& views);
/// The accessibility statement, privacy notice and cookies page.
void AddInformationPages(http::RouteTable& routes, const Views& views);

}  // namespace alongside::web
