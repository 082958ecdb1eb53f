#include "core/outcomes/outcome_distance.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace alongside {
namespace {

/// The settings' areas in order, then any code met in the scores that they do not know.
template <typename Make>
void ForEachArea(const OutcomeSettings& settings, const std::vector<std::string>& seen, Make make) {
  for (const auto& area : settings.areas) make(area.code, area.label, area.retired);
  for (const auto& code : seen)
    if (!settings.FindArea(code)) make(code, code, true);
}

void AddSeen(std::vector<std::string>& seen, const std::string& code) {
  if (std::find(seen.begin(), seen.end(), code) == seen.end()) seen.push_back(code);
}

double Mean(double sum, int count) { return count == 0 ? 0.0 : sum / count; }

/// Rounds half away from zero to one decimal, so -0.05 shows as -0.1 and never "-0.0".
double RoundTenths(double value) {
  const double rounded = std::round(value * 10.0) / 10.0;
  return rounded == 0.0 ? 0.0 : rounded;
}

}  // namespace

std::optional<int> FamilyAreaDistance::First() const {
  if (scores.empty()) return std::nullopt;
  return scores.front().score;
}

std::optional<int> FamilyAreaDistance::Latest() const {
  if (scores.empty()) return std::nullopt;
  return scores.back().score;
}

std::optional<int> FamilyAreaDistance::Change() const {
  if (scores.size() < 2) return std::nullopt;
  return scores.back().score - scores.front().score;
}

std::vector<FamilyAreaDistance> FamilyDistance(const OutcomeSettings& settings,
                                               const std::vector<OutcomeScoring>& current) {
  std::vector<std::string> seen;
  for (const auto& scoring : current)
    for (const auto& score : scoring.scores) AddSeen(seen, score.area_code);
  std::vector<FamilyAreaDistance> areas;
  ForEachArea(settings, seen, [&](const std::string& code, const std::string& label, bool retired) {
    FamilyAreaDistance area{code, label, retired, {}};
    for (const auto& scoring : current) {
      const auto* score = scoring.Find(code);
      if (score && score->score)
        area.scores.push_back({scoring.point_code, settings.PointIndex(scoring.point_code), *score->score});
    }
    std::stable_sort(area.scores.begin(), area.scores.end(),
                     [](const PointScore& a, const PointScore& b) { return a.point_index < b.point_index; });
    // A retired area with no scores has nothing to show.
    if (!retired || !area.scores.empty()) areas.push_back(std::move(area));
  });
  return areas;
}

std::vector<ProgrammeAreaDistance> ProgrammeDistance(const OutcomeSettings& settings,
                                                     const std::vector<ProgrammeScoreRow>& rows,
                                                     const std::optional<PointPair>& pair) {
  // area -> family -> its scores in point order
  std::map<std::string, std::map<std::string, std::vector<PointScore>>> by_area;
  std::vector<std::string> seen;
  for (const auto& row : rows) {
    AddSeen(seen, row.area_code);
    by_area[row.area_code][row.family_id].push_back(
        {row.point_code, settings.PointIndex(row.point_code), row.score});
  }
  std::vector<ProgrammeAreaDistance> out;
  ForEachArea(settings, seen, [&](const std::string& code, const std::string& label, bool retired) {
    ProgrammeAreaDistance area{code, label, retired, 0, 0, 0, 0};
    double first_sum = 0, latest_sum = 0, change_sum = 0;
    for (auto& [family, scores] : by_area[code]) {
      std::optional<int> first, latest;
      if (pair) {
        for (const auto& s : scores) {
          if (s.point_code == pair->from) first = s.score;
          if (s.point_code == pair->to) latest = s.score;
        }
      } else if (scores.size() >= 2) {
        std::stable_sort(scores.begin(), scores.end(),
                         [](const PointScore& a, const PointScore& b) { return a.point_index < b.point_index; });
        first = scores.front().score;
        latest = scores.back().score;
      }
      if (!first || !latest) continue;
      ++area.families;
      first_sum += *first;
      latest_sum += *latest;
      change_sum += *latest - *first;
    }
    area.average_first = Mean(first_sum, area.families);
    area.average_latest = Mean(latest_sum, area.families);
    area.average_change = Mean(change_sum, area.families);
    if (!retired || area.families > 0) out.push_back(area);
  });
  return out;
}

std::string SignedWhole(int change) { return (change > 0 ? "+" : "") + std::to_string(change); }

std::string Tenths(double value) {
  const double rounded = RoundTenths(value);
  const long tenths = std::lround(rounded * 10.0);
  const long whole = tenths / 10;
  const long part = std::labs(tenths % 10);
  std::string text = (tenths < 0 && whole == 0 ? "-" : "") + std::to_string(whole);
  if (part != 0) text += "." + std::to_string(part);
  return text;
}

std::string SignedTenths(double change) { return (RoundTenths(change) > 0 ? "+" : "") + Tenths(change); }

}  // namespace alongside
