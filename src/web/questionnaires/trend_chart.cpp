#include "web/questionnaires/trend_chart.hpp"

#include <algorithm>


namespace alongside::web {
namespace {

constexpr int kWidth = 320;
constexpr int kHeight = 140;
constexpr int kLeft = 34;
constexpr int kRight = 12;
constexpr int kInset = 14;  ///< keeps the first and last points and their labels off the axes
constexpr int kTop = 12;
constexpr int kBottom = 24;

std::string Escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string TrendChartSvg(const QuestionnaireTrend& trend) {
  const int max = std::max(1, trend.max_score);
  const int plot_width = kWidth - kLeft - kRight;
  const int plot_height = kHeight - kTop - kBottom;
  const auto count = static_cast<int>(trend.points.size());
  const int span = plot_width - 2 * kInset;
  const auto x_of = [&](int i) { return kLeft + kInset + (count < 2 ? span / 2 : i * span / (count - 1)); };
  const auto y_of = [&](int total) { return kTop + plot_height - total * plot_height / max; };

  const std::string label = trend.short_title + " scores over time: " + trend.Summary();
  std::string svg = "<svg class=\"app-trend-chart\" viewBox=\"0 0 " + std::to_string(kWidth) + " " +
                    std::to_string(kHeight) + "\" width=\"" + std::to_string(kWidth) + "\" height=\"" +
                    std::to_string(kHeight) + "\" role=\"img\" aria-label=\"" + Escape(label) +
                    "\" xmlns=\"http://www.w3.org/2000/svg\">";
  // Axes with the lowest and highest possible score marked.
  svg += "<line x1=\"" + std::to_string(kLeft) + "\" y1=\"" + std::to_string(kTop) + "\" x2=\"" +
         std::to_string(kLeft) + "\" y2=\"" + std::to_string(kTop + plot_height) +
         "\" stroke=\"#4c6272\" stroke-width=\"1\"/>";
  svg += "<line x1=\"" + std::to_string(kLeft) + "\" y1=\"" + std::to_string(kTop + plot_height) + "\" x2=\"" +
         std::to_string(kLeft + plot_width) + "\" y2=\"" + std::to_string(kTop + plot_height) +
         "\" stroke=\"#4c6272\" stroke-width=\"1\"/>";
  svg += "<text x=\"" + std::to_string(kLeft - 6) + "\" y=\"" + std::to_string(kTop + 4) +
         "\" text-anchor=\"end\" font-size=\"11\" fill=\"#212b32\">" + std::to_string(max) + "</text>";
  svg += "<text x=\"" + std::to_string(kLeft - 6) + "\" y=\"" + std::to_string(kTop + plot_height + 4) +
         "\" text-anchor=\"end\" font-size=\"11\" fill=\"#212b32\">0</text>";
  std::string line;
  for (int i = 0; i < count; ++i)
    line += (i ? " " : "") + std::to_string(x_of(i)) + "," + std::to_string(y_of(trend.points[i].total));
  svg += "<polyline points=\"" + line + "\" fill=\"none\" stroke=\"#005eb8\" stroke-width=\"2\"/>";
  for (int i = 0; i < count; ++i) {
    const auto& point = trend.points[i];
    svg += "<circle cx=\"" + std::to_string(x_of(i)) + "\" cy=\"" + std::to_string(y_of(point.total)) +
           "\" r=\"4\" fill=\"#005eb8\"/>";
    svg += "<text x=\"" + std::to_string(x_of(i)) + "\" y=\"" + std::to_string(y_of(point.total) - 7) +
           "\" text-anchor=\"middle\" font-size=\"11\" fill=\"#212b32\">" + std::to_string(point.total) + "</text>";
  }
  svg += "<text x=\"" + std::to_string(kLeft) + "\" y=\"" + std::to_string(kHeight - 6) +
         "\" font-size=\"11\" fill=\"#4c6272\">" + Escape(FormatDate(trend.points.front().on)) + "</text>";
  svg += "<text x=\"" + std::to_string(kLeft + plot_width) + "\" y=\"" + std::to_string(kHeight - 6) +
         "\" text-anchor=\"end\" font-size=\"11\" fill=\"#4c6272\">" +
         Escape(FormatDate(trend.points.back().on)) + "</text>";
  return svg + "</svg>";
}

}  // namespace alongside::web
