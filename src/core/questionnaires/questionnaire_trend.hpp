#pragma once
/// The change over time of a questionnaire done more than once: "PHQ-9: 14 → 9 → 6".

#include <string>
#include <vector>

#include "core/questionnaires/questionnaire_records.hpp"

namespace alongside {

struct TrendPoint {
  Date on;
  int total = 0;
  std::string band_label;
};

struct QuestionnaireTrend {
  std::string code;
  std::string short_title;
  int max_score = 0;               ///< the highest possible score, for drawing to scale
  std::vector<TrendPoint> points;  ///< oldest first
  /// "14 → 9 → 6"
  std::string Summary() const;
};

/// One trend for each questionnaire answered at least twice, in order of first answer.
/// `max_scores` maps code to the highest possible score (from the current definitions);
/// a code missing there is drawn to the largest total seen.
std::vector<QuestionnaireTrend> TrendsOf(const std::vector<QuestionnaireResponse>& oldest_first,
                                         const std::vector<std::pair<std::string, int>>& max_scores);

}  // namespace alongside
