#pragma once
/// Contacts, hours and timeline entries as JSON, and contact bodies read from JSON.

#include <boost/json.hpp>

#include "core/contacts/contact_service.hpp"
#include "core/contacts/hours.hpp"
#include "core/families/timeline.hpp"

namespace alongside::api {

/// Every field, or only id, status, kind and date in a family member's shared view.
boost::json::object ContactJson(const Contact& contact, bool shared_view);
boost::json::object MonthJson(const MonthHours& month);
boost::json::object TimelineEntryJson(const TimelineEntry& entry);

/// Overwrites `form` with the contact fields present in `body` (kind, date, start_time,
/// duration_minutes, caregiver_ids, others_present, location, topics, notes); a field of
/// the wrong type is a 400 saying which.
void ReadContactFields(const boost::json::object& body, ContactForm& form);
/// The optional boolean "submit".
bool SubmitFlag(const boost::json::object& body);

}  // namespace alongside::api
