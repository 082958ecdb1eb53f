#pragma once
/// A programme's outcome settings: the goal areas it scores, the points of the journey it
/// scores them at, and the scale the parent answers on (1–10, with words at the ends and the
/// middle, shown to the parent). Kept as numbered versions; areas and points are never
/// deleted, only retired, so a score made years ago still names its area.
///
/// The document format ("alongside.outcome-settings/1") is that of
/// data/outcomes/default-settings.json and of every stored version.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/clock.hpp"
#include "core/common/errors.hpp"

namespace alongside {

inline constexpr std::string_view kOutcomeSettingsFormat = "alongside.outcome-settings/1";
inline constexpr std::size_t kMaxOutcomeLabel = 120;
inline constexpr std::size_t kMaxOutcomeText = 300;
inline constexpr std::size_t kMaxOutcomeItems = 40;
/// How far a point may sit from its anchor: a year before, five years after.
inline constexpr int kMinOffsetWeeks = -52;
inline constexpr int kMaxOffsetWeeks = 260;

struct OutcomeArea {
  std::string code;  ///< stable for ever: "bonding_with_baby"
  std::string label;
  bool retired = false;  ///< no longer scored; earlier scores keep it

  friend bool operator==(const OutcomeArea&, const OutcomeArea&) = default;
};

/// What a point's due date is counted from.
enum class PointAnchor {
  kStartOfSupport,  ///< the day the family was recorded
  kDueDate,         ///< the baby's due date (the birth, once born)
  kBirth,           ///< the baby's birth
};

struct OutcomePoint {
  std::string code;
  std::string label;  ///< "At the end of pregnancy"
  PointAnchor anchor = PointAnchor::kStartOfSupport;
  int offset_weeks = 0;  ///< due this many weeks after (negative: before) the anchor
  bool retired = false;

  friend bool operator==(const OutcomePoint&, const OutcomePoint&) = default;
};

struct OutcomeScale {
  int min = 1;
  int max = 10;
  std::string low;     ///< the words at `min`
  std::string middle;  ///< the words half-way
  std::string high;    ///< the words at `max`

  friend bool operator==(const OutcomeScale&, const OutcomeScale&) = default;
};

struct OutcomeSettings {
  std::string question;  ///< what the parent is asked, in plain words
  OutcomeScale scale;
  std::vector<OutcomeArea> areas;    ///< in the order they are shown
  std::vector<OutcomePoint> points;  ///< in journey order

  const OutcomeArea* FindArea(std::string_view code) const;
  const OutcomePoint* FindPoint(std::string_view code) const;
  /// The point's place in `points` (retired included), or points.size() for an unknown code.
  std::size_t PointIndex(std::string_view code) const;

  friend bool operator==(const OutcomeSettings&, const OutcomeSettings&) = default;
};

/// One stored version. number 0 is the shipped defaults, not yet stored for the programme.
struct OutcomeSettingsVersion {
  std::string id;  ///< empty for number 0
  std::string organisation_id;
  int number = 0;
  OutcomeSettings settings;
  std::string note;
  std::string created_by;
  std::string created_by_name;  ///< filled when read
  Millis created_at = 0;
};

std::string_view PointAnchorCode(PointAnchor anchor);
std::optional<PointAnchor> PointAnchorFromCode(std::string_view code);
/// "from the start of support", "from the due date", "from the birth"
std::string_view PointAnchorLabel(PointAnchor anchor);
/// "At the start of support", "4 weeks before the due date", "13 weeks after the birth".
std::string PointTimingLabel(const OutcomePoint& point);

/// Adds a message to `v` for every rule broken: a scale whose ends are whole numbers from 0 to
/// 100 with max above min and words at each end and the middle; 1..40 areas and points, codes
/// lower_snake_case and unique, labels present, not too long and unique; offsets in range;
/// at least one area and one point not retired. Fields name the item: "areas[3].label".
void CheckOutcomeSettings(const OutcomeSettings& settings, Validation& v);

/// Parses and checks a document; throws Invalid naming each problem ("document" for
/// malformed JSON, "points[1].anchor" and so on).
OutcomeSettings ReadOutcomeSettingsDocument(std::string_view json);
/// The document; ReadOutcomeSettingsDocument(WriteOutcomeSettingsDocument(s)) == s.
std::string WriteOutcomeSettingsDocument(const OutcomeSettings& settings);

/// Refuses a change that would lose something scores depend on: an area or point of
/// `current` missing from `proposed` (retire it instead), and, once any family has been
/// scored, a different scale (old and new scores would not compare).
void CheckSettingsChange(const OutcomeSettings& current, const OutcomeSettings& proposed, bool scored,
                         Validation& v);

/// A lower_snake_case code made from a label, unique among `taken` ("Sleep" -> "sleep",
/// then "sleep_2").
std::string CodeFromLabel(std::string_view label, const std::vector<std::string>& taken);

}  // namespace alongside
