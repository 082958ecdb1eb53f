#pragma once
/// What a volunteer logs and keeps up to date themself: time given beyond contacts (group,
/// travel, other; training and supervision come from their own pages), and their
/// availability for matching. Checking of the forms, and the sums of hours given.

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/errors.hpp"
#include "core/contacts/hours.hpp"
#include "core/programme/volunteer_time.hpp"

namespace alongside {

struct TimeForm {
  std::string activity;  ///< group, travel, other (training and supervision too, by hand)
  std::string on_date;
  std::string minutes;
  std::string note;
};

/// Invalid at each field; the date not in the future nor more than a year ago; 1 to 1,440 minutes.
TimeEntry ValidateTimeForm(const TimeForm& form, const Date& today);

struct AvailabilityForm {
  std::vector<std::string> availability;  ///< slot codes
  std::string max_families;
  std::string languages;  ///< "English, Polish"
  std::vector<std::string> lived_experience;
};

struct AvailabilityDetails {
  std::vector<std::string> availability;
  int max_families = 2;
  std::vector<std::string> languages;
  std::vector<std::string> lived_experience;
};

/// Invalid at each field; 0 to 6 families at once.
AvailabilityDetails ValidateAvailabilityForm(const AvailabilityForm& form);

/// Minutes of one activity over three spans.
struct ActivityTotals {
  std::string activity;  ///< "contacts" or a TimeActivityCode
  std::string label;
  std::int64_t this_month = 0;
  std::int64_t last_12_months = 0;
  std::int64_t all_time = 0;
};

struct YearActivity {
  int year = 0;
  std::string activity;
  std::string label;
  std::int64_t minutes = 0;
};

struct HoursGiven {
  std::vector<ActivityTotals> by_activity;  ///< contacts first, then AllTimeActivities() order; all listed
  ActivityTotals total;
  std::vector<YearActivity> by_year;  ///< newest year first, activities in order; only non-zero
};

/// Adds contacts (by month, from HoursRepository) and time entries into hours given, on the
/// UK month `this_month`.
HoursGiven SumHoursGiven(const std::vector<ActivityMinutes>& contacts, const std::vector<TimeEntry>& time,
                         const Month& this_month);
/// "Contacts with families", or the label of a time activity.
std::string ActivityLabel(const std::string& activity);

}  // namespace alongside
