#pragma once
/// A family's privacy pages: what the family agreed to (/families/{id}/consent), its
/// sensitive notes for workers who need to know (/families/{id}/sensitive), and linking a
/// parent's own account to a caregiver (/families/{id}/caregivers/{cid}/link).

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

void AddConsentPages(http::RouteTable& routes, Services& services, const Views& views);
void AddSensitivePages(http::RouteTable& routes, Services& services, const Views& views);
void AddParentLinkPages(http::RouteTable& routes, Services& services, const Views& views);

inline void AddFamilyPrivacyPages(http::RouteTable& routes, Services& services, const Views& views) {
  AddConsentPages(routes, services, views);
  AddSensitivePages(routes, services, views);
  AddParentLinkPages(routes, services, views);
}

}  // namespace alongside::web
