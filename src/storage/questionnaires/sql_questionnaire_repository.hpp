#pragma once

#include "core/questionnaires/questionnaire_repository.hpp"

namespace alongside::storage {

/// Definitions and answers in sql_questionnaire_repository.cpp, safety alerts in
/// sql_safety_alerts.cpp.
class SqlQuestionnaireRepository final : public QuestionnaireRepository {
 public:
  void InsertDefinition(db::Transaction& tx, const StoredQuestionnaire& definition) override;
  void MarkReplaced(db::Transaction& tx, const std::string& definition_id, Millis at) override;
  std::optional<StoredQuestionnaire> FindCurrent(db::Transaction& tx, const std::string& area_id,
                                                 const std::string& code) override;
  std::optional<StoredQuestionnaire> FindShipped(db::Transaction& tx, const std::string& code,
                                                 const std::string& edition) override;
  std::optional<StoredQuestionnaire> FindById(db::Transaction& tx, const std::string& definition_id) override;
  std::vector<StoredQuestionnaire> ListCurrent(db::Transaction& tx, const std::vector<std::string>& area_ids,
                                               bool all_areas) override;
  std::vector<StoredQuestionnaire> ListLoaded(db::Transaction& tx, const std::vector<std::string>& area_ids,
                                              bool all_areas) override;
  void InsertResponse(db::Transaction& tx, const QuestionnaireResponse& response) override;
  std::vector<QuestionnaireResponse> ListResponses(db::Transaction& tx, const std::string& family_id) override;
  std::optional<QuestionnaireResponse> FindResponse(db::Transaction& tx, const std::string& family_id,
                                                    const std::string& response_id) override;
  void InsertAlert(db::Transaction& tx, const SafetyAlert& alert) override;
  void ResolveAlert(db::Transaction& tx, const SafetyAlert& alert) override;
  std::vector<SafetyAlert> ListAlerts(db::Transaction& tx, const std::string& family_id) override;
  std::optional<SafetyAlert> FindAlert(db::Transaction& tx, const std::string& family_id,
                                       const std::string& alert_id) override;
  Page<SafetyAlert> ListOpenAlerts(db::Transaction& tx, const ListScope& scope, const PageRequest& page) override;
  std::string CoordinatorOf(db::Transaction& tx, const std::string& organisation_id) override;
  std::string FamilyName(db::Transaction& tx, const std::string& family_id) override;
};

}  // namespace alongside::storage
