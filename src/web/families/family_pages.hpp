#pragma once
/// The family record's pages: caseload and search (/families), recording a family
/// (/families/new), the overview (/families/{id}), editing the record and its people,
/// assigning a supporter, closing and reopening.

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

void AddCaseloadPage(http::RouteTable& routes, Services& services, const Views& views);
void AddNewFamilyPages(http::RouteTable& routes, Services& services, const Views& views);
void AddFamilyOverviewPage(http::RouteTable& routes, Services& services, const Views& views);
void AddFamilyEditPages(http::RouteTable& routes, Services& services, const Views& views);
void AddFamilyPeoplePages(http::RouteTable& routes, Services& services, const Views& views);
void AddFamilySupportPages(http::RouteTable& routes, Services& services, const Views& views);

inline void AddFamilyPages(http::RouteTable& routes, Services& services, const Views& views) {
  AddCaseloadPage(routes, services, views);
  AddNewFamilyPages(routes, services, views);
  AddFamilyOverviewPage(routes, services, views);
  AddFamilyEditPages(routes, services, views);
  AddFamilyPeoplePages(routes, services, views);
  AddFamilySupportPages(routes, services, views);
}

}  // namespace alongside::web
