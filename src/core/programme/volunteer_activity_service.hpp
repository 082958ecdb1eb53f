#pragma once
/// A volunteer's hours given, the time they log, their availability, and their record of
/// service. The volunteer (their own record) and the coordinator of their programme read
/// and write these (Resource::kVolunteerActivity); the record of service is read like the
/// record (Resource::kVolunteer). Hours given = contacts by the volunteer's account (the
/// contacts' hours code) + volunteer_time. Every read and write is audited.

#include <optional>
#include <string>
#include <vector>

#include "core/contacts/hours.hpp"
#include "core/programme/programme_access.hpp"
#include "core/programme/service_record.hpp"
#include "core/programme/volunteer_activity.hpp"

namespace alongside {

struct VolunteerHours {
  Volunteer volunteer;
  HoursGiven hours;
  std::vector<TimeEntry> entries;  ///< newest first, all activities
  Month this_month;
  Date today;
};

struct RecordOfService {
  Volunteer volunteer;
  std::string programme_name;
  std::vector<std::string> coordinators;
  std::vector<Position> positions;  ///< oldest first
  std::vector<CompletedTraining> training;
  HoursGiven hours;
  Date issued_on;
};

/// Programme totals of one month, by activity.
struct ProgrammeMonthActivity {
  Month month;
  std::vector<ActivityTotals> by_activity;  ///< this_month holds the month's minutes
  std::int64_t total = 0;
};

class VolunteerActivityService {
 public:
  VolunteerActivityService(db::Database& database, HoursRepository& hours, ServiceRecordRepository& records,
                           ProgrammeAccess& access, const Clock& clock)
      : database_(database), hours_(hours), records_(records), access_(access), clock_(clock) {}

  VolunteerHours Hours(const Actor& actor, const std::string& volunteer_id);
  /// Invalid at each field.
  TimeEntry LogTime(const Actor& actor, const std::string& volunteer_id, const TimeForm& form);
  /// Removes an entry logged by hand; NotFound for an unknown one, Conflict for one written
  /// by training or supervision (changed on their own pages).
  void RemoveTime(const Actor& actor, const std::string& volunteer_id, const std::string& entry_id);
  Volunteer Availability(const Actor& actor, const std::string& volunteer_id);
  /// Writes availability, max_families, languages, lived experience only.
  Volunteer UpdateAvailability(const Actor& actor, const std::string& volunteer_id, const AvailabilityForm& form);
  RecordOfService ServiceRecord(const Actor& actor, const std::string& volunteer_id);
  /// The coordinator's programmes, the last 12 months newest first.
  std::vector<ProgrammeMonthActivity> ProgrammeHours(const Actor& actor);
  Date Today() const { return LondonDateOf(clock_.Now()); }

 private:
  HoursGiven Sum(db::Transaction& tx, const Volunteer& volunteer, std::vector<TimeEntry>* entries);

  db::Database& database_;
  HoursRepository& hours_;
  ServiceRecordRepository& records_;
  ProgrammeAccess& access_;
  const Clock& clock_;
};

}  // namespace alongside
