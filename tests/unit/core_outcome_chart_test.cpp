// The distance-travelled chart: well-formed SVG, one mark per score, and the same numbers as
// the table beside it.
#include <gtest/gtest.h>

#include <sstream>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include "web/outcomes/distance_view.hpp"

namespace alongside::web {
namespace {

std::size_t Count(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
  return count;
}

void ExpectWellFormed(const std::string& svg) {
  boost::property_tree::ptree tree;
  std::istringstream in(svg);
  EXPECT_NO_THROW(boost::property_tree::read_xml(in, tree)) << svg;
}

FamilyOutcomes Family() {
  FamilyOutcomes out;
  out.family_name = "Asha <& Co>";
  auto& s = out.settings.settings;
  s.scale = {1, 10, "Not good", "So-so", "Really good"};
  s.areas = {{"bonding", "Bonding with baby", false}, {"housing", "Housing", false}, {"sleep", "Sleep", false}};
  s.points = {{"start", "Start", PointAnchor::kStartOfSupport, 0, false},
              {"late", "End of pregnancy", PointAnchor::kDueDate, -4, false},
              {"after", "Three months after birth", PointAnchor::kBirth, 13, false}};
  OutcomeScoring start;
  start.point_code = "start";
  start.scores = {{"bonding", 3}, {"housing", 6}, {"sleep", std::nullopt}};
  OutcomeScoring after;
  after.point_code = "after";
  after.scores = {{"bonding", 8}, {"housing", 6}, {"sleep", std::nullopt}};
  out.current = {start, after};
  out.distance = FamilyDistance(s, out.current);
  return out;
}

TEST(OutcomeChartTest, FamilyChartIsWellFormedWithOneMarkPerScore) {
  const auto family = Family();
  const auto chart = FamilyChart(family);
  const auto svg = RenderDistanceSvg(chart);
  ExpectWellFormed(svg);
  EXPECT_EQ(Count(svg, "<g class=\"mark\""), 4u);  // bonding twice, housing twice; sleep not relevant
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"family-distance-title\">Distance travelled for Asha &lt;&amp; Co&gt;</title>"),
            std::string::npos);
  EXPECT_EQ(chart.series, (std::vector<std::string>{"Start", "Three months after birth"}));
  ASSERT_EQ(chart.rows.size(), 2u);  // sleep has no scores
}

TEST(OutcomeChartTest, FamilyTableHasTheChartsNumbers) {
  const auto family = Family();
  const auto chart = FamilyChart(family);
  const auto table = FamilyTable(family);
  EXPECT_EQ(table.headers, (std::vector<std::string>{"Start", "Three months after birth", "Change"}));
  ASSERT_EQ(table.rows.size(), 3u);
  for (const auto& row : chart.rows) {
    const auto found = std::find_if(table.rows.begin(), table.rows.end(),
                                    [&](const DistanceTable::Row& r) { return r.label == row.label; });
    ASSERT_NE(found, table.rows.end()) << row.label;
    for (const auto& mark : row.marks)
      EXPECT_EQ(found->cells.at(mark.series), std::to_string(static_cast<int>(mark.value))) << row.label;
  }
  EXPECT_EQ(table.rows[0].cells, (std::vector<std::string>{"3", "8", "+5"}));
  EXPECT_EQ(table.rows[1].cells, (std::vector<std::string>{"6", "6", "0"}));
  EXPECT_EQ(table.rows[2].cells, (std::vector<std::string>{"–", "–", "–"}));
}

TEST(OutcomeChartTest, ProgrammeChartAndTableAgreeToOneDecimal) {
  ProgrammeOutcomes out;
  out.programme.name = "Riverside";
  out.settings.settings = Family().settings.settings;
  out.settings.settings.areas.push_back({"old", "Old area", true});
  out.areas = ProgrammeDistance(out.settings.settings, {{"a", "start", "bonding", 3}, {"a", "after", "bonding", 8},
                                                       {"b", "start", "bonding", 4}, {"b", "late", "bonding", 4},
                                                       {"c", "start", "bonding", 2}, {"c", "after", "bonding", 3},
                                                       {"a", "start", "old", 1}, {"a", "late", "old", 2}});
  const auto chart = ProgrammeChart(out);
  const auto table = ProgrammeTable(out);
  const auto svg = RenderDistanceSvg(chart);
  ExpectWellFormed(svg);
  ASSERT_EQ(chart.rows.size(), 2u);  // bonding and the retired area with a family; housing and sleep have none
  EXPECT_EQ(Count(svg, "<g class=\"mark\""), 4u);
  EXPECT_EQ(table.rows[0].label, "Bonding with baby");
  EXPECT_EQ(table.rows[0].cells, (std::vector<std::string>{"3", "3", "5", "+2"}));
  EXPECT_NE(svg.find("data-value=\"3\""), std::string::npos);
  EXPECT_NE(svg.find("data-value=\"5\""), std::string::npos);
  EXPECT_EQ(table.rows[1].cells, (std::vector<std::string>{"0", "–", "–", "–"}));  // housing
  EXPECT_EQ(table.rows.back().label, "Old area (no longer scored)");
  EXPECT_EQ(chart.rows[1].label, "Old area (no longer scored)");
}

TEST(OutcomeChartTest, EmptyChartRendersNoMarks) {
  ProgrammeOutcomes out;
  out.settings.settings = Family().settings.settings;
  out.areas = ProgrammeDistance(out.settings.settings, {});
  const auto view_chart = ProgrammeChart(out);
  EXPECT_TRUE(view_chart.rows.empty());
  const auto svg = RenderDistanceSvg(view_chart);
  ExpectWellFormed(svg);
  EXPECT_EQ(Count(svg, "class=\"mark\""), 0u);
}

}  // namespace
}  // namespace alongside
