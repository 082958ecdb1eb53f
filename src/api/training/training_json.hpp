#pragma once
/// JSON of the training and supervision records, and reading numbers from request bodies.

#include <boost/json.hpp>
#include <string>
#include <string_view>

#include "core/supervision/supervision_service.hpp"
#include "core/training/training_service.hpp"

namespace alongside::api {

/// A whole-number member as text for the forms ("" when absent or null); BadRequest otherwise.
std::string NumberField(const boost::json::object& body, std::string_view name);
/// A boolean member, false when absent; BadRequest for anything else.
bool BoolField(const boost::json::object& body, std::string_view name);

boost::json::object ModuleJson(const TrainingModule& m);
boost::json::object SessionJson(const TrainingSession& s);
boost::json::object AttendanceJson(const SessionAttendance& a);
boost::json::object VolunteerTrainingJson(const VolunteerTraining& t);
boost::json::object RefresherDueJson(const RefresherDue& r);
boost::json::object SupervisionSessionJson(const SupervisionSession& s);
boost::json::object VolunteerSupervisionJson(const VolunteerSupervision& s);
boost::json::object CheckInJson(const WellbeingCheckIn& c);
boost::json::object NoteJson(const SupervisionNote& n);
boost::json::object StatusJson(const SupervisionStatus& s);

}  // namespace alongside::api
