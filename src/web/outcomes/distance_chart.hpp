#pragma once
/// Distance travelled drawn on the server as inline SVG: one row per goal area, the scale
/// across, a mark for each score (a shape and colour per point, named in a legend) and an
/// arrow from the first score to the latest. No JavaScript. The SVG is role="img" with a
/// title and description; the same numbers are in a table beside it for screen readers.

#include <string>
#include <vector>

namespace alongside::web {

struct ChartMark {
  std::size_t series = 0;  ///< index into DistanceChart::series
  double value = 0;
};

struct ChartRow {
  std::string label;
  std::vector<ChartMark> marks;  ///< in journey order: the arrow runs from the first to the last
};

struct DistanceChart {
  std::string id;           ///< unique on the page; prefixes the title and description ids
  std::string title;
  std::string description;
  int min = 1;
  int max = 10;
  std::vector<std::string> series;  ///< "At the start of support", … or "First (average)", "Latest (average)"
  std::vector<ChartRow> rows;
};

/// The <svg> element. All text is escaped.
std::string RenderDistanceSvg(const DistanceChart& chart);

}  // namespace alongside::web
