#pragma once
/// A supporter's hours: the time of their submitted contacts, by month of the contact's UK
/// date. Time is counted per activity so that the peer support programme can add training,
/// supervision and travel later as further activities (an HoursRepository that returns them
/// too) without changing the pages or the API.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/access/policy.hpp"
#include "core/families/calendar_date.hpp"
#include "db/database.hpp"

namespace alongside {

/// Contacts with families; the time volunteers log beyond contacts (volunteer_time.hpp) is
/// counted under its TimeActivityCode ("training", "group", ...).
inline constexpr std::string_view kContactActivity = "contacts";

/// "2026-11": a calendar month in the UK.
using Month = std::string;

Month MonthOf(const Date& date);
/// The month `months` before (negative: after) `month`.
Month MonthBefore(const Month& month, int months);
/// Whether the text is a month like "2026-11".
bool IsMonth(std::string_view text);
/// "November 2026".
std::string FormatMonth(const Month& month);

/// Minutes of one activity in one month.
struct ActivityMinutes {
  Month month;
  std::string activity;
  std::int64_t minutes = 0;
  std::int64_t count = 0;  ///< contacts (or sessions) that took those minutes
};

/// One month of one person's time.
struct MonthHours {
  Month month;
  std::int64_t contact_minutes = 0;
  std::int64_t contacts = 0;
  std::int64_t total_minutes = 0;  ///< every activity
};

/// The signed-in person's own hours.
struct SupporterHours {
  MonthHours this_month;
  std::vector<MonthHours> last_12_months;  ///< newest first, this month included
  std::int64_t total_minutes = 0;          ///< all time
};

/// One supporter's time in a month, for the programme's coordinator.
struct SupporterMonth {
  std::string user_id;
  std::string name;
  MonthHours hours;
};

struct ProgrammeHours {
  Month month;
  std::vector<SupporterMonth> supporters;  ///< by name
  std::int64_t total_minutes = 0;
};

/// One person's minutes of one activity.
struct PersonMinutes {
  std::string user_id;
  std::string name;
  ActivityMinutes minutes;
};

class HoursRepository {
 public:
  virtual ~HoursRepository() = default;
  /// This person's minutes by month and activity, for months in [from, to].
  virtual std::vector<ActivityMinutes> ByMonth(db::Transaction& tx, const std::string& user_id, const Month& from,
                                               const Month& to) = 0;
  virtual std::int64_t TotalMinutes(db::Transaction& tx, const std::string& user_id) = 0;
  /// Minutes by person and activity in one month, over the families of these organisations.
  virtual std::vector<PersonMinutes> ByPerson(db::Transaction& tx, const std::vector<std::string>& organisation_ids,
                                              const Month& month) = 0;
};

/// "3 hours 15 minutes", "45 minutes", "0 hours".
std::string FormatMinutes(std::int64_t minutes);

}  // namespace alongside
