#pragma once
/// How a directory entry reads on a page: shared by the workers' directory and the public
/// one, which shows the same words for the fields it has.

#include <string>

#include "core/services/public_service.hpp"
#include "core/services/service_directory.hpp"
#include "http/message.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// One entry in a list of results: name, keeper, level, type, summary.
View ServiceListItem(const PublicService& service, const std::string& href);
/// The public fields as summary-list rows ("rows") plus the way to refer ("refer_*").
/// `for_workers` words the Alongside route for someone who can refer from a family's page.
View ServiceDetails(const PublicService& service, bool for_workers);

/// The search form's values and options (q, level, type, postcode, need), read from the
/// query string, and the search they ask for.
ServiceSearch SearchFromQuery(const http::Request& request);
void AddSearchFields(View& data, const ServiceSearch& search, const std::string& postcode_error);

}  // namespace alongside::web
