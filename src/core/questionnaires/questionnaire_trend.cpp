#include "core/questionnaires/questionnaire_trend.hpp"

#include <algorithm>

namespace alongside {

std::string QuestionnaireTrend::Summary() const {
  std::string out;
  for (const auto& point : points) {
    if (!out.empty()) out += " \u2192 ";
    out += std::to_string(point.total);
  }
  return out;
}

std::vector<QuestionnaireTrend> TrendsOf(const std::vector<QuestionnaireResponse>& oldest_first,
                                         const std::vector<std::pair<std::string, int>>& max_scores) {
  std::vector<QuestionnaireTrend> trends;
  for (const auto& response : oldest_first) {
    auto trend = std::find_if(trends.begin(), trends.end(),
                              [&](const QuestionnaireTrend& t) { return t.code == response.code; });
    if (trend == trends.end()) {
      trends.push_back({response.code, response.short_title, 0, {}});
      trend = std::prev(trends.end());
    }
    trend->short_title = response.short_title;  // the latest edition's name
    trend->points.push_back({response.answered_on, response.total, response.band_label});
  }
  std::erase_if(trends, [](const QuestionnaireTrend& t) { return t.points.size() < 2; });
  for (auto& trend : trends) {
    for (const auto& [code, max] : max_scores)
      if (code == trend.code) trend.max_score = max;
    for (const auto& point : trend.points) trend.max_score = std::max(trend.max_score, point.total);
  }
  return trends;
}

}  // namespace alongside
