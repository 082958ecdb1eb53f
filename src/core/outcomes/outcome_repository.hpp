#pragma once
/// Storage of outcome settings versions and of families' scorings.

#include <optional>
#include <string>
#include <vector>

#include "core/access/policy.hpp"
#include "core/families/family.hpp"
#include "core/outcomes/outcome_distance.hpp"
#include "core/outcomes/outcome_scoring.hpp"
#include "core/outcomes/outcome_settings.hpp"
#include "db/database.hpp"

namespace alongside {

/// The organisation whose settings are asked for.
struct ProgrammeFacts {
  std::string organisation_id;
  std::string name;
  std::string area_id;
  bool is_programme = false;  ///< a peer support programme, the kind that scores families
};

/// What the family's outcome page needs besides the scorings.
struct OutcomeFamilyFacts {
  std::string display_name;
  Millis created_at = 0;  ///< support is counted from the day the family was recorded
  std::vector<Baby> babies;  ///< dates only
};

class OutcomeRepository {
 public:
  virtual ~OutcomeRepository() = default;
  virtual std::optional<ProgrammeFacts> FindProgramme(db::Transaction& tx, const std::string& organisation_id) = 0;
  /// The newest stored version, if the programme ever stored one, its document read.
  virtual std::optional<OutcomeSettingsVersion> LatestSettings(db::Transaction& tx,
                                                               const std::string& organisation_id) = 0;
  /// Throws db::UniqueViolation when the number is taken (someone saved first).
  virtual void InsertSettings(db::Transaction& tx, const OutcomeSettingsVersion& version) = 0;
  virtual bool AnyScoring(db::Transaction& tx, const std::string& organisation_id) = 0;

  virtual OutcomeFamilyFacts FamilyFacts(db::Transaction& tx, const std::string& family_id) = 0;
  /// Every scoring of the family with its scores, oldest first, superseded ones included.
  virtual std::vector<OutcomeScoring> ScoringsForFamily(db::Transaction& tx, const std::string& family_id) = 0;
  /// Marks the current scoring of the point, if any, as superseded by `by_id`.
  virtual void Supersede(db::Transaction& tx, const std::string& family_id, const std::string& point_code,
                         const std::string& by_id, Millis at) = 0;
  virtual void InsertScoring(db::Transaction& tx, const OutcomeScoring& scoring) = 0;
  /// Every score (not "not relevant") of the current scorings of the programme's families
  /// within `scope` (the actor's family list scope; the caller returns nothing when denied).
  virtual std::vector<ProgrammeScoreRow> ProgrammeScores(db::Transaction& tx, const std::string& organisation_id,
                                                         const ListScope& scope) = 0;
};

}  // namespace alongside
