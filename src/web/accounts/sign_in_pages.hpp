#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /login and /logout.
void AddSignInPages(http::RouteTable& routes, Services& services, const Views& views);
/// /register and /verify-email.
void AddRegistrationPages(http::RouteTable& routes, Services& services, const Views& views);
/// /forgot-password and /reset-password.
void AddPasswordResetPages(http::RouteTable& routes, Services& services, const Views& views);
/// /account, /account/password and /account/tokens.
void AddAccountPages(http::RouteTable& routes, Services& services, const Views& views);

/// Where to go after signing in: a local path only, never another site.
std::string SafeNextPath(const std::string& next);

}  // namespace alongside::web
