#include "web/outcomes/distance_chart.hpp"

#include <cmath>
#include <cstdio>

#include "http/html.hpp"

namespace alongside::web {
namespace {

constexpr double kWidth = 640;
constexpr double kLeft = 24;
constexpr double kRight = 616;
constexpr double kLegendLine = 24;
constexpr double kRowHeight = 50;
constexpr const char* kInk = "#212b32";
constexpr const char* kTrack = "#d8dde0";
/// Colours from the NHS palette that keep 3:1 contrast on white.
constexpr const char* kColours[] = {"#4c6272", "#005eb8", "#007f3b", "#330072", "#ae2573", "#8a1538"};
constexpr std::size_t kShapes = 4;

std::string Num(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  std::string text(buffer);
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  return text;
}

const char* Colour(std::size_t series) { return kColours[series % (sizeof kColours / sizeof *kColours)]; }

/// A filled shape centred at (x, y): circle, square, diamond, triangle by series.
std::string Shape(std::size_t series, double x, double y) {
  const std::string fill = std::string(" fill=\"") + Colour(series) + "\" stroke=\"#ffffff\" stroke-width=\"1.5\"";
  switch (series % kShapes) {
    case 0: return "<circle cx=\"" + Num(x) + "\" cy=\"" + Num(y) + "\" r=\"7\"" + fill + "/>";
    case 1:
      return "<rect x=\"" + Num(x - 6.5) + "\" y=\"" + Num(y - 6.5) + "\" width=\"13\" height=\"13\"" + fill + "/>";
    case 2:
      return "<polygon points=\"" + Num(x) + "," + Num(y - 8.5) + " " + Num(x + 8.5) + "," + Num(y) + " " + Num(x) + "," +
             Num(y + 8.5) + " " + Num(x - 8.5) + "," + Num(y) + "\"" + fill + "/>";
    default:
      return "<polygon points=\"" + Num(x) + "," + Num(y - 8) + " " + Num(x + 8) + "," + Num(y + 7) + " " + Num(x - 8) +
             "," + Num(y + 7) + "\"" + fill + "/>";
  }
}

std::string Text(double x, double y, const std::string& text, const std::string& extra = "") {
  return "<text x=\"" + Num(x) + "\" y=\"" + Num(y) + "\" fill=\"" + kInk + "\" font-size=\"14\"" + extra + ">" +
         http::EscapeHtml(text) + "</text>";
}

}  // namespace

std::string RenderDistanceSvg(const DistanceChart& chart) {
  const double span = chart.max > chart.min ? chart.max - chart.min : 1;
  auto x_of = [&](double value) { return kLeft + (value - chart.min) / span * (kRight - kLeft); };
  // The legend stacks one line per series, then the scale, then a row per area.
  const double axis_y = kLegendLine * static_cast<double>(chart.series.size()) + 34;
  const double rows_top = axis_y + 10;
  const double height = rows_top + kRowHeight * static_cast<double>(chart.rows.size()) + 8;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-distance-chart\" role=\"img\" "
                    "focusable=\"false\" viewBox=\"0 0 " + Num(kWidth) + " " + Num(height) +
                    "\" aria-labelledby=\"" + http::EscapeHtml(chart.id) + "-title " + http::EscapeHtml(chart.id) + "-desc\">";
  svg += "<title id=\"" + http::EscapeHtml(chart.id) + "-title\">" + http::EscapeHtml(chart.title) + "</title>";
  svg += "<desc id=\"" + http::EscapeHtml(chart.id) + "-desc\">" + http::EscapeHtml(chart.description) + "</desc>";

  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const double y = 14 + kLegendLine * static_cast<double>(s);
    svg += Shape(s, kLeft, y);
    svg += Text(kLeft + 16, y + 5, chart.series[s]);
  }
  // The scale: a tick and number at each whole step (every other one on long scales).
  const int step = chart.max - chart.min > 10 ? (chart.max - chart.min + 9) / 10 : 1;
  for (int value = chart.min; value <= chart.max; value += step) {
    const double x = x_of(value);
    svg += Text(x, axis_y - 8, std::to_string(value), " text-anchor=\"middle\"");
    svg += "<line x1=\"" + Num(x) + "\" y1=\"" + Num(axis_y) + "\" x2=\"" + Num(x) + "\" y2=\"" + Num(height - 8) +
           "\" stroke=\"" + kTrack + "\" stroke-width=\"1\"/>";
  }

  for (std::size_t r = 0; r < chart.rows.size(); ++r) {
    const auto& row = chart.rows[r];
    const double top = rows_top + kRowHeight * static_cast<double>(r);
    const double y = top + 32;
    svg += "<g class=\"row\">";
    svg += Text(kLeft - 16, top + 12, row.label, " font-weight=\"bold\"");
    if (row.marks.size() >= 2) {
      const double x1 = x_of(row.marks.front().value);
      const double x2 = x_of(row.marks.back().value);
      if (std::fabs(x2 - x1) >= 14) {
        const double dir = x2 > x1 ? 1 : -1;
        const double tip = x2 - dir * 9;
        svg += "<line x1=\"" + Num(x1) + "\" y1=\"" + Num(y) + "\" x2=\"" + Num(tip - dir * 6) + "\" y2=\"" + Num(y) +
               "\" stroke=\"" + kInk + "\" stroke-width=\"2\"/>";
        svg += "<polygon points=\"" + Num(tip) + "," + Num(y) + " " + Num(tip - dir * 8) + "," + Num(y - 5) + " " +
               Num(tip - dir * 8) + "," + Num(y + 5) + "\" fill=\"" + kInk + "\"/>";
      }
    }
    // Marks on the same value are spread a little up and down so that none hides another.
    for (std::size_t m = 0; m < row.marks.size(); ++m) {
      const auto& mark = row.marks[m];
      std::size_t same = 0, before = 0;
      for (std::size_t o = 0; o < row.marks.size(); ++o) {
        if (row.marks[o].value != mark.value) continue;
        ++same;
        if (o < m) ++before;
      }
      const double offset = (static_cast<double>(before) - (static_cast<double>(same) - 1) / 2.0) * 14.0;
      svg += "<g class=\"mark\" data-series=\"" + std::to_string(mark.series) + "\" data-value=\"" + Num(mark.value) +
             "\">" + Shape(mark.series, x_of(mark.value), y + offset) + "</g>";
    }
    svg += "</g>";
  }
  svg += "</svg>";
  return svg;
}

}  // namespace alongside::web
