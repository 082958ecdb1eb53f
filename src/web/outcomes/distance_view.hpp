#pragma once
/// The chart and the table of distance travelled, built from the same figures so that what a
/// sighted reader sees and what a screen reader hears are the same numbers.

#include <string>
#include <vector>

#include "core/outcomes/outcome_service.hpp"
#include "web/common/views.hpp"
#include "web/outcomes/distance_chart.hpp"

namespace alongside::web {

/// A plain table: a header row, then a row per area (its name, then a cell per column).
struct DistanceTable {
  std::vector<std::string> headers;  ///< the columns after the area's name
  struct Row {
    std::string label;
    std::vector<std::string> cells;
  };
  std::vector<Row> rows;
};

/// One family: a series per point with a current scoring, a row per area scored at least once.
DistanceChart FamilyChart(const FamilyOutcomes& outcomes);
/// Columns: each scored point, then "Change"; a row per area (not scored yet: "–").
DistanceTable FamilyTable(const FamilyOutcomes& outcomes);

/// A programme: the average first and latest score of each area with families to count.
DistanceChart ProgrammeChart(const ProgrammeOutcomes& outcomes);
/// Columns: families, average first, average latest, average change.
DistanceTable ProgrammeTable(const ProgrammeOutcomes& outcomes);

/// {svg, caption, headers, rows} for the templates; `svg` is escaped markup for {{{svg}}}.
View DistanceView(const DistanceChart& chart, const DistanceTable& table, const std::string& caption);

/// "1 (Not good at all) to 10 (Really good)"
std::string ScaleWords(const OutcomeScale& scale);

}  // namespace alongside::web
