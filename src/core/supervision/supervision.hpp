#pragma once
/// Supervision of a programme's volunteers: one-to-one and group sessions (date, supervisor,
/// who attended, themes, actions), the reflective note of a one-to-one (for the supervisor
/// and the supervisee only), wellbeing check-ins, and how often each role needs supervising.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/calendar_date.hpp"
#include "core/programme/volunteer.hpp"

namespace alongside {

enum class SupervisionKind { kOneToOne, kGroup };

struct SupervisionSession {
  std::string id;
  std::string organisation_id;
  SupervisionKind kind = SupervisionKind::kOneToOne;
  Date held_on;
  int duration_minutes = 0;
  std::string supervisor_user_id;
  std::string supervisor_name;             ///< filled when read
  std::vector<std::string> volunteer_ids;  ///< who attended, filled when read
  std::vector<std::string> themes;         ///< SupervisionThemeChoices() codes
  std::string other_themes;                ///< free text
  std::string actions;
  bool has_note = false;                   ///< filled when read; the note itself is read apart
  std::string created_by;
  Millis created_at = 0;
};

/// The reflective note of a one-to-one.
struct SupervisionNote {
  std::string session_id;
  std::string body;
  std::string written_by;
  Millis updated_at = 0;
};

/// "How are you doing?" on a five-step scale, with words.
struct WellbeingCheckIn {
  std::string id;
  std::string volunteer_id;
  Date checked_on;
  int score = 3;  ///< 1..5
  std::string note;
  bool follow_up = false;  ///< they would like someone to follow up
  std::string recorded_by;
  Millis recorded_at = 0;
};

std::string_view SupervisionKindCode(SupervisionKind kind);
std::optional<SupervisionKind> SupervisionKindFromCode(std::string_view code);
std::string_view SupervisionKindLabel(SupervisionKind kind);

/// The small fixed list of themes (code and words).
const std::vector<Choice>& SupervisionThemeChoices();
bool IsSupervisionThemeCode(std::string_view code);
/// Words for each step of the wellbeing scale, 1 ("Struggling") to 5 ("Really well").
std::string_view WellbeingLabel(int score);

/// How often a volunteer needs supervising: every early_days for the first early_weeks
/// weeks after becoming active, every later_days after that. A volunteer without a role
/// uses kDefaultSupervisionGaps (7, 12, 14).
struct SupervisionGaps {
  int early_days = 7;
  int early_weeks = 12;
  int later_days = 14;
};
inline constexpr SupervisionGaps kDefaultSupervisionGaps{7, 12, 14};
SupervisionGaps GapsOf(const std::optional<ProgrammeRole>& role);

struct SupervisionDue {
  std::optional<Date> last;      ///< the latest supervision attended
  std::optional<Date> next_due;  ///< none when the volunteer has not started (no active_since)
  bool overdue = false;          ///< today is after next_due
};

/// Next due = the later of active_since and the last supervision, plus the gap of the phase
/// that day falls in: early while it is before active_since + early_weeks weeks, later from
/// then on. No active_since: nothing due. Overdue when today is after next due.
SupervisionDue SupervisionDueFor(const std::optional<Date>& active_since, const SupervisionGaps& gaps,
                                 const std::optional<Date>& last_supervision, const Date& today);

}  // namespace alongside
