#pragma once
/// Storage of questionnaire definitions, a family's answers and safety alerts.

#include <optional>
#include <string>
#include <vector>

#include "core/access/policy.hpp"
#include "core/common/page.hpp"
#include "core/questionnaires/questionnaire_records.hpp"
#include "db/database.hpp"

namespace alongside {

class QuestionnaireRepository {
 public:
  virtual ~QuestionnaireRepository() = default;

  /// Stores `definition` as read (document, not the parsed form).
  virtual void InsertDefinition(db::Transaction& tx, const StoredQuestionnaire& definition) = 0;
  virtual void MarkReplaced(db::Transaction& tx, const std::string& definition_id, Millis at) = 0;
  /// The edition of `code` new answers use: the area's own or a shipped one ("" area: shipped only).
  virtual std::optional<StoredQuestionnaire> FindCurrent(db::Transaction& tx, const std::string& area_id,
                                                         const std::string& code) = 0;
  /// A shipped edition (current or not), for installing shipped documents once.
  virtual std::optional<StoredQuestionnaire> FindShipped(db::Transaction& tx, const std::string& code,
                                                         const std::string& edition) = 0;
  virtual std::optional<StoredQuestionnaire> FindById(db::Transaction& tx, const std::string& definition_id) = 0;
  /// The current editions usable in these areas (shipped ones included), by short title.
  /// `all_areas`: every area's.
  virtual std::vector<StoredQuestionnaire> ListCurrent(db::Transaction& tx, const std::vector<std::string>& area_ids,
                                                       bool all_areas) = 0;
  /// Every edition an area loaded (current and replaced), newest first; `all_areas` as above.
  virtual std::vector<StoredQuestionnaire> ListLoaded(db::Transaction& tx, const std::vector<std::string>& area_ids,
                                                      bool all_areas) = 0;

  virtual void InsertResponse(db::Transaction& tx, const QuestionnaireResponse& response) = 0;
  /// Oldest first.
  virtual std::vector<QuestionnaireResponse> ListResponses(db::Transaction& tx, const std::string& family_id) = 0;
  virtual std::optional<QuestionnaireResponse> FindResponse(db::Transaction& tx, const std::string& family_id,
                                                            const std::string& response_id) = 0;

  virtual void InsertAlert(db::Transaction& tx, const SafetyAlert& alert) = 0;
  /// Stores the resolution fields and the status.
  virtual void ResolveAlert(db::Transaction& tx, const SafetyAlert& alert) = 0;
  /// Open ones first, then newest first.
  virtual std::vector<SafetyAlert> ListAlerts(db::Transaction& tx, const std::string& family_id) = 0;
  virtual std::optional<SafetyAlert> FindAlert(db::Transaction& tx, const std::string& family_id,
                                               const std::string& alert_id) = 0;
  /// Open alerts of the families within `scope`, oldest first (the longest waiting on top).
  virtual Page<SafetyAlert> ListOpenAlerts(db::Transaction& tx, const ListScope& scope, const PageRequest& page) = 0;

  /// Who gets the task when an alert is raised: the programme's coordinator who can sign in
  /// (the longest-serving, when there are several); "" when the programme has none.
  virtual std::string CoordinatorOf(db::Transaction& tx, const std::string& organisation_id) = 0;
  virtual std::string FamilyName(db::Transaction& tx, const std::string& family_id) = 0;
};

}  // namespace alongside
