#pragma once
/// Distance travelled: how a parent's own scores moved between points of the journey, for one
/// family and across a programme. Pure arithmetic on current scorings, so the numbers in the
/// chart, the table and the API are the same and are unit-tested.
///
/// Points are ordered as the settings order them (journey order), not by the date typed, so a
/// late scoring of an early point still counts as early. An area left "not relevant now" at a
/// point simply has no score there. Retired areas keep their scores and are marked retired;
/// scores for codes the settings no longer know are shown under their code.

#include <optional>
#include <string>
#include <vector>

#include "core/outcomes/outcome_scoring.hpp"
#include "core/outcomes/outcome_settings.hpp"

namespace alongside {

/// One family's score for one area at one point.
struct PointScore {
  std::string point_code;
  std::size_t point_index = 0;  ///< the point's place in the settings
  int score = 0;
};

struct FamilyAreaDistance {
  std::string area_code;
  std::string label;
  bool retired = false;
  std::vector<PointScore> scores;  ///< in point order

  std::optional<int> First() const;
  std::optional<int> Latest() const;
  /// Latest minus first, when scored at two or more points.
  std::optional<int> Change() const;
};

/// Every area in the settings' order (then unknown codes), each with its scores at the
/// current scorings' points.
std::vector<FamilyAreaDistance> FamilyDistance(const OutcomeSettings& settings,
                                               const std::vector<OutcomeScoring>& current);

/// A score of one family in a programme, as read for the programme's figures.
struct ProgrammeScoreRow {
  std::string family_id;
  std::string point_code;
  std::string area_code;
  int score = 0;
};

/// The pair of points to compare; without one, each family's first and latest scored points.
struct PointPair {
  std::string from;
  std::string to;
};

struct ProgrammeAreaDistance {
  std::string area_code;
  std::string label;
  bool retired = false;
  int families = 0;  ///< families scored for this area at two or more points (or at both of the pair)
  double average_first = 0;
  double average_latest = 0;
  double average_change = 0;  ///< the mean of each family's change
};

std::vector<ProgrammeAreaDistance> ProgrammeDistance(const OutcomeSettings& settings,
                                                     const std::vector<ProgrammeScoreRow>& rows,
                                                     const std::optional<PointPair>& pair = std::nullopt);

/// "+2", "-1", "0"; one decimal for averages: "+1.5".
std::string SignedWhole(int change);
std::string SignedTenths(double change);
/// "6.5", "7".
std::string Tenths(double value);

}  // namespace alongside
