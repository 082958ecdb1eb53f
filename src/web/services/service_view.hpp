#pragma once
/// How a directory entry reads on a page: shared by the workers' directory and the public
/// one, which shows the same words for the fields it has.

#include <string>
#include <vector>

#include "core/services/public_service.hpp"
#include "core/services/service_directory.hpp"
#include "http/message.hpp"
#include "web/common/form_view.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

/// One entry in a list of results: name, keeper, level, type, summary.
View ServiceListItem(const PublicService& service, const std::string& href);
/// The public fields as summary-list rows ("rows") plus the way to refer ("refer_*").
/// `for_workers` words the Alongside route for someone who can refer from a family's page.
View ServiceDetails(const PublicService& service, bool for_workers);

/// The search a directory page's query string asks for (area, q, level, type, postcode,
/// need, organisation, stale, archived).
ServiceSearch SearchFromQuery(const http::Request& request);
/// The search form's fields as typed, with a choice of area when there is more than one.
void AddSearchFields(View& data, const ServiceSearch& search, const std::vector<Area>& areas,
                     const std::string& area_id, const std::string& postcode_error);
/// Select options of every level or type, after a first empty option reading `prompt`.
Options LevelOptions(const std::string& prompt);
Options TypeOptions(const std::string& prompt);

}  // namespace alongside::web
