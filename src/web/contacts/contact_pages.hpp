#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /families/{id}/contacts[...]: list, record (draft or submit), view with history, edit,
/// submit, delete a draft.
void AddContactPages(http::RouteTable& routes, Services& services, const Views& views);
/// /hours: your own hours, and the programme's for its coordinator.
void AddHoursPages(http::RouteTable& routes, Services& services, const Views& views);
/// /families/{id}/timeline.
void AddTimelinePage(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
