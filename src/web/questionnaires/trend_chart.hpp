#pragma once
/// A small line chart of one questionnaire's scores over time, drawn on the server as SVG
/// (no script, a few hundred bytes). The page shows a table of the same figures beside it
/// for screen readers, so the chart itself is marked as an image with a text summary.

#include <string>

#include "core/questionnaires/questionnaire_trend.hpp"

namespace alongside::web {

/// Self-contained SVG markup; every text in it is escaped here.
std::string TrendChartSvg(const QuestionnaireTrend& trend);

}  // namespace alongside::web
