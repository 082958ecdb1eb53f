#include "web/outcomes/distance_view.hpp"

#include <cmath>

namespace alongside::web {
namespace {

constexpr const char* kNone = "–";

double RoundedTenths(double value) { return std::round(value * 10.0) / 10.0; }

std::string PointLabel(const OutcomeSettings& settings, const std::string& code) {
  const auto* point = settings.FindPoint(code);
  return point ? point->label : code;
}

std::string AreaLabel(const std::string& label, bool retired) {
  return retired ? label + " (no longer scored)" : label;
}

/// The points a family has current scorings for, in journey order.
std::vector<std::string> ScoredPoints(const FamilyOutcomes& outcomes) {
  std::vector<std::string> points;
  for (const auto& scoring : outcomes.current) points.push_back(scoring.point_code);
  return points;
}

std::size_t SeriesOf(const std::vector<std::string>& points, const std::string& code) {
  for (std::size_t i = 0; i < points.size(); ++i)
    if (points[i] == code) return i;
  return points.size();
}

}  // namespace

std::string ScaleWords(const OutcomeScale& scale) {
  return std::to_string(scale.min) + " (" + scale.low + ") to " + std::to_string(scale.max) + " (" + scale.high + ")";
}

DistanceChart FamilyChart(const FamilyOutcomes& outcomes) {
  const auto& settings = outcomes.settings.settings;
  const auto points = ScoredPoints(outcomes);
  DistanceChart chart;
  chart.id = "family-distance";
  chart.title = "Distance travelled for " + outcomes.family_name;
  chart.description = "Each area's score at each point of the journey, on a scale from " + ScaleWords(settings.scale) +
                      ". An arrow runs from the first score to the latest. The same numbers are in the table.";
  chart.min = settings.scale.min;
  chart.max = settings.scale.max;
  for (const auto& code : points) chart.series.push_back(PointLabel(settings, code));
  for (const auto& area : outcomes.distance) {
    if (area.scores.empty()) continue;
    ChartRow row{AreaLabel(area.label, area.retired), {}};
    for (const auto& score : area.scores)
      row.marks.push_back({SeriesOf(points, score.point_code), static_cast<double>(score.score)});
    chart.rows.push_back(std::move(row));
  }
  return chart;
}

DistanceTable FamilyTable(const FamilyOutcomes& outcomes) {
  const auto& settings = outcomes.settings.settings;
  const auto points = ScoredPoints(outcomes);
  DistanceTable table;
  for (const auto& code : points) table.headers.push_back(PointLabel(settings, code));
  table.headers.push_back("Change");
  for (const auto& area : outcomes.distance) {
    DistanceTable::Row row{AreaLabel(area.label, area.retired), std::vector<std::string>(points.size(), kNone)};
    for (const auto& score : area.scores) {
      const auto column = SeriesOf(points, score.point_code);
      if (column < points.size()) row.cells[column] = std::to_string(score.score);
    }
    const auto change = area.Change();
    row.cells.push_back(change ? SignedWhole(*change) : kNone);
    table.rows.push_back(std::move(row));
  }
  return table;
}

DistanceChart ProgrammeChart(const ProgrammeOutcomes& outcomes) {
  const auto& settings = outcomes.settings.settings;
  DistanceChart chart;
  chart.id = "programme-distance";
  chart.title = "Distance travelled across " + outcomes.programme.name;
  const std::string first = outcomes.pair ? PointLabel(settings, outcomes.pair->from) : "First score";
  const std::string latest = outcomes.pair ? PointLabel(settings, outcomes.pair->to) : "Latest score";
  chart.description = "For each area, the average " + first + " and " + latest +
                      " of the families scored at both, on a scale from " + ScaleWords(settings.scale) +
                      ". The same numbers are in the table.";
  chart.min = settings.scale.min;
  chart.max = settings.scale.max;
  chart.series = {first + " (average)", latest + " (average)"};
  for (const auto& area : outcomes.areas) {
    if (area.families == 0) continue;
    // The chart shows the numbers the table shows: rounded to one decimal.
    chart.rows.push_back({AreaLabel(area.label, area.retired),
                          {{0, RoundedTenths(area.average_first)}, {1, RoundedTenths(area.average_latest)}}});
  }
  return chart;
}

DistanceTable ProgrammeTable(const ProgrammeOutcomes& outcomes) {
  const auto& settings = outcomes.settings.settings;
  const std::string first = outcomes.pair ? PointLabel(settings, outcomes.pair->from) : "first score";
  const std::string latest = outcomes.pair ? PointLabel(settings, outcomes.pair->to) : "latest score";
  DistanceTable table;
  table.headers = {"Families", "Average " + first, "Average " + latest, "Average change"};
  for (const auto& area : outcomes.areas) {
    DistanceTable::Row row{AreaLabel(area.label, area.retired), {std::to_string(area.families)}};
    if (area.families == 0) row.cells.insert(row.cells.end(), {kNone, kNone, kNone});
    else
      row.cells.insert(row.cells.end(), {Tenths(area.average_first), Tenths(area.average_latest),
                                         SignedTenths(area.average_change)});
    table.rows.push_back(std::move(row));
  }
  return table;
}

View DistanceView(const DistanceChart& chart, const DistanceTable& table, const std::string& caption) {
  View view;
  view.set("svg", chart.rows.empty() ? std::string() : RenderDistanceSvg(chart));
  view.set("has_chart", !chart.rows.empty());
  view.set("caption", caption);
  View headers{View::type::list};
  for (const auto& header : table.headers) headers.push_back(View{"text", header});
  view.set("headers", headers);
  View rows{View::type::list};
  for (const auto& row : table.rows) {
    View item;
    item.set("label", row.label);
    View cells{View::type::list};
    for (const auto& cell : row.cells) cells.push_back(View{"text", cell});
    item.set("cells", cells);
    rows.push_back(item);
  }
  view.set("rows", rows);
  return view;
}

}  // namespace alongside::web
