#pragma once
/// A family's privacy pages: what the family agreed to (/families/{id}/consent), its
/// sensitive notes for workers who need to know (/families/{id}/sensitive), and linking a
/// parent's own account to a caregiver (/families/{id}/caregivers/{cid}/link).

#include <string>

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

void AddConsentPages(http::RouteTable& routes, Services& services, const Views& views);
void AddSensitivePages(http::RouteTable& routes, Services& services, const Views& views);
void AddParentLinkPages(http::RouteTable& routes, Services& services, const Views& views);

/// Who recorded a decision or a note, as the page shows it.
inline std::string RecorderName(const std::string& name) {
  return name.empty() ? "Someone no longer with the service" : name;
}

/// "Consent - Bethan Hughes": the page title with the family it is about.
inline std::string FamilyPageTitle(const std::string& title, const std::string& family_name) {
  return family_name.empty() ? title : title + " - " + family_name;
}

inline void AddFamilyPrivacyPages(http::RouteTable& routes, Services& services, const Views& views) {
  AddConsentPages(routes, services, views);
  AddSensitivePages(routes, services, views);
  AddParentLinkPages(routes, services, views);
}

}  // namespace alongside::web
