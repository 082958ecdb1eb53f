#pragma once
/// A volunteer, their journey and pathway as JSON, and the request bodies that change them.

#include <boost/json.hpp>

#include "core/programme/volunteer_service.hpp"
#include "http/message.hpp"

namespace alongside::api {

boost::json::object VolunteerJson(const Volunteer& volunteer);
boost::json::object VolunteerRecordJson(const VolunteerRecord& record);
boost::json::object RoleJson(const ProgrammeRole& role);

/// Reads a volunteer's details from a JSON object: languages and lived_experience as arrays
/// of strings, whole numbers as numbers (or their digits); 400 for a wrong type.
VolunteerForm VolunteerFormFromJson(const boost::json::object& body);

/// ?page=N (1 when absent); 400 when not a positive whole number.
int PageQuery(const http::Request& request);

}  // namespace alongside::api
