#pragma once

#include "core/outcomes/outcome_repository.hpp"

namespace alongside::storage {

class SqlOutcomeRepository final : public OutcomeRepository {
 public:
  std::optional<ProgrammeFacts> FindProgramme(db::Transaction& tx, const std::string& organisation_id) override;
  std::optional<OutcomeSettingsVersion> LatestSettings(db::Transaction& tx,
                                                       const std::string& organisation_id) override;
  void InsertSettings(db::Transaction& tx, const OutcomeSettingsVersion& version) override;
  bool AnyScoring(db::Transaction& tx, const std::string& organisation_id) override;
  OutcomeFamilyFacts FamilyFacts(db::Transaction& tx, const std::string& family_id) override;
  std::vector<OutcomeScoring> ScoringsForFamily(db::Transaction& tx, const std::string& family_id) override;
  void Supersede(db::Transaction& tx, const std::string& family_id, const std::string& point_code,
                 const std::string& by_id, Millis at) override;
  void InsertScoring(db::Transaction& tx, const OutcomeScoring& scoring) override;
  std::vector<ProgrammeScoreRow> ProgrammeScores(db::Transaction& tx, const std::string& organisation_id,
                                                 const ListScope& scope) override;
};

}  // namespace alongside::storage
