#pragma once

#include "core/services.hpp"
#include "http/route_table.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// /programme/training (modules, upcoming and past sessions; add a module or the usual
/// ones), /programme/training/sessions/new, /programme/training/sessions/{id} (who
/// attended) and /programme/volunteers/{id}/training (the volunteer's completions and
/// refreshers; the coordinator records a completion there).
void AddTrainingPages(http::RouteTable& routes, Services& services, const Views& views);

}  // namespace alongside::web
