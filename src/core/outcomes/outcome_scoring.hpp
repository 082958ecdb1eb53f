#pragma once
/// One point of the journey scored for one family: the parent's own score for each area, or
/// "not relevant now", the date they gave them and a note in their own words.
///
/// Scoring a point again supersedes the earlier scoring rather than changing it: the earlier
/// one stays in the family's history (a parent's words are never overwritten), and only the
/// latest scoring of each point counts for distance travelled.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/common/errors.hpp"
#include "core/families/calendar_date.hpp"
#include "core/outcomes/outcome_settings.hpp"

namespace alongside {

inline constexpr std::size_t kMaxScoringNote = 2000;
inline constexpr std::string_view kNotRelevant = "not_relevant";

struct AreaScore {
  std::string area_code;
  std::optional<int> score;  ///< nothing: "not relevant now"
};

struct OutcomeScoring {
  std::string id;
  std::string family_id;
  std::string point_code;
  std::string settings_version_id;
  int scale_min = 1;
  int scale_max = 10;
  Date scored_on;
  std::string note;
  std::vector<AreaScore> scores;  ///< in the settings' area order when written
  std::string recorded_by;
  std::string recorded_by_name;  ///< filled when read
  Millis recorded_at = 0;
  std::string superseded_by;  ///< empty while current
  std::optional<Millis> superseded_at;

  bool current() const { return superseded_by.empty(); }
  const AreaScore* Find(std::string_view area_code) const;
};

/// The scoring form as typed: for each area code, "1".."10", "not_relevant" or "".
struct ScoringForm {
  std::string point;
  std::string date;
  std::string note;
  std::map<std::string, std::string> scores;
};

/// What a valid form says.
struct ScoringInput {
  std::string point_code;
  Date scored_on;
  std::string note;
  std::vector<AreaScore> scores;  ///< every area in use, in order
};

/// The field name of an area's score on the form and in error messages: "score_housing".
std::string ScoreField(std::string_view area_code);

/// Checks the form against the settings: a point in use; a date that is real and not after
/// `today`; for every area in use, a whole score on the scale or "not relevant now"; at least
/// one area scored; a note of at most kMaxScoringNote characters. Adds a message per field.
ScoringInput ValidateScoringForm(const ScoringForm& form, const OutcomeSettings& settings, const Date& today,
                                 Validation& v);

}  // namespace alongside
