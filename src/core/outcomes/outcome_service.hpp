#pragma once
/// Goal areas scored over time for one family (through FamilyAccess, Resource::kFamily:
/// reading audited "outcome.read", scoring "outcome.score") and distance travelled across a
/// programme (its workers, counting only the families their family list scope reaches).
///
/// Who scores: a worker who may update the family, while it is open and agrees to support
/// (RequireWork). The scores are the parent's own, given with them; a parent's account may read
/// the family's scores but never records them (the same rule as for goals and plans).

#include <optional>
#include <string>
#include <vector>

#include "core/families/family_access.hpp"
#include "core/families/journey_stage.hpp"
#include "core/outcomes/outcome_distance.hpp"
#include "core/outcomes/outcome_schedule.hpp"
#include "core/outcomes/outcome_settings_service.hpp"

namespace alongside {

struct FamilyOutcomes {
  std::string family_id;
  std::string family_name;
  JourneyStage stage;
  OutcomeSettingsVersion settings;         ///< the programme's current settings
  std::vector<OutcomeScoring> current;     ///< the latest scoring of each point, in point order
  std::vector<OutcomeScoring> earlier;     ///< superseded scorings, newest first
  std::vector<PointStatus> points;         ///< each point in use, with when it is due
  std::optional<PointStatus> next;         ///< the point to score next
  std::vector<FamilyAreaDistance> distance;
  bool may_score = false;
};

/// The filter of the programme's figures as typed: two point codes, or both empty.
struct PointPairForm {
  std::string from;
  std::string to;
};

struct ProgrammeOutcomes {
  ProgrammeFacts programme;
  OutcomeSettingsVersion settings;
  std::optional<PointPair> pair;
  std::vector<ProgrammeAreaDistance> areas;
  int families_scored = 0;  ///< families in scope with at least one score
};

class OutcomeService {
 public:
  OutcomeService(db::Database& database, OutcomeRepository& outcomes, OutcomeSettingsService& settings,
                 FamilyAccess& access, const Clock& clock)
      : database_(database), outcomes_(outcomes), settings_(settings), access_(access), clock_(clock) {}

  FamilyOutcomes ForFamily(const Actor& actor, const std::string& family_id);
  /// Today in the UK, the day a new scoring is given by default.
  Date Today() const { return LondonDateOf(clock_.Now()); }
  /// Refuses as Score would (AccessRefused, Conflict for a closed or unconsenting family).
  void CheckMayScore(const Actor& actor, const std::string& family_id);
  /// Records a point's scores; a point scored before is superseded, the earlier scoring kept.
  /// Throws Invalid with a message per field (see ValidateScoringForm).
  OutcomeScoring Score(const Actor& actor, const std::string& family_id, const ScoringForm& form);
  /// Invalid{"to"} for a pair that is not two different points in journey order.
  ProgrammeOutcomes ForProgramme(const Actor& actor, const std::string& organisation_id, const PointPairForm& pair);

 private:
  db::Database& database_;
  OutcomeRepository& outcomes_;
  OutcomeSettingsService& settings_;
  FamilyAccess& access_;
  const Clock& clock_;
};

/// The pair a form asks for, checked against the settings (nothing when both are empty).
std::optional<PointPair> ValidatePointPair(const PointPairForm& form, const OutcomeSettings& settings, Validation& v);

}  // namespace alongside
