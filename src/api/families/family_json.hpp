#pragma once
/// JSON shapes of the family API (documented in openapi/openapi.json as Family and
/// CaseloadEntry). Dates are ISO "YYYY-MM-DD"; times are UTC milliseconds.

#include <boost/json.hpp>

#include "core/families/caseload.hpp"
#include "core/families/family_service.hpp"

namespace alongside::api {

boost::json::object FamilyJson(const FamilyView& view);
boost::json::object CaseloadEntryJson(const CaseloadEntry& entry, const Date& today);

}  // namespace alongside::api
