#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// Every HTML page of the product.
void AddWebRoutes(http::RouteTable& routes, Services& services, const Views& views);

/// The 4xx/5xx page in the site's layout; never shows internal details.
http::Response ErrorPage(const Views& views, const http::Request& request, const http::RequestContext& context,
                         int status, const std::string& heading, const std::string& message);

}  // namespace alongside::web
