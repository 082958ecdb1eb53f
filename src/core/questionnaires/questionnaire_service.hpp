#pragma once
/// A family's questionnaires: what has been done (with the change over time), starting one,
/// and answering it. Answers, scores and alerts are sensitive (Resource::kFamilySensitive):
/// the assigned supporter and the programme's coordinators and practitioners reach them,
/// never a family member's own account. Every read and answer is audited.
///
/// An answer that meets an alert rule raises a safety alert in the same transaction as the
/// answer: the alert (open), an audit entry, and a task due today for the programme's
/// coordinator, so nobody can save the answer without the alert.

#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/family_access.hpp"
#include "core/questionnaires/questionnaire_repository.hpp"
#include "core/questionnaires/questionnaire_scoring.hpp"
#include "core/questionnaires/questionnaire_trend.hpp"
#include "core/tasks/task_repository.hpp"

namespace alongside {

/// A family's questionnaires page.
struct FamilyQuestionnaires {
  std::string family_name;
  std::vector<QuestionnaireResponse> responses;  ///< newest first
  std::vector<QuestionnaireTrend> trends;
  std::vector<SafetyAlert> open_alerts;
  std::vector<StoredQuestionnaire> available;  ///< what may be started (current editions)
  bool may_answer = false;                     ///< family open and consenting, and the actor may add answers
};

/// A questionnaire to fill in for a family.
struct QuestionnaireToAnswer {
  std::string family_name;
  StoredQuestionnaire questionnaire;
};

/// A saved answer with its meaning.
struct QuestionnaireResult {
  std::string family_name;
  QuestionnaireResponse response;
  QuestionnaireDefinition definition;  ///< the edition that was answered
  QuestionnaireScore score;
  std::vector<SafetyAlert> alerts;  ///< raised by this answer (still open or since resolved)
};

class QuestionnaireService {
 public:
  QuestionnaireService(db::Database& database, QuestionnaireRepository& questionnaires, TaskRepository& tasks,
                       FamilyAccess& access, const Clock& clock)
      : database_(database), questionnaires_(questionnaires), tasks_(tasks), access_(access), clock_(clock) {}

  FamilyQuestionnaires ForFamily(const Actor& actor, const std::string& family_id);
  /// The form for `code` (the family's area's current edition). Refuses like Answer would.
  QuestionnaireToAnswer Start(const Actor& actor, const std::string& family_id, const std::string& code);
  /// `raw` maps item code to the chosen value as sent; `answered_on` is the day it was done
  /// as typed ("" for today; not in the future nor more than a year ago). Invalid with a
  /// message at each item left out ("answer-3") and at "answered_on"; nothing is saved then.
  QuestionnaireResult Answer(const Actor& actor, const std::string& family_id, const std::string& code,
                             const std::map<std::string, std::string>& raw, const std::string& answered_on = "");
  QuestionnaireResult Get(const Actor& actor, const std::string& family_id, const std::string& response_id);

 private:
  StoredQuestionnaire CurrentFor(db::Transaction& tx, const FamilyScopeFacts& facts, const std::string& code);
  SafetyAlert Raise(db::Transaction& tx, const Actor& actor, const FamilyScopeFacts& facts,
                    const QuestionnaireResponse& response, const RaisedAlert& raised);

  db::Database& database_;
  QuestionnaireRepository& questionnaires_;
  TaskRepository& tasks_;
  FamilyAccess& access_;
  const Clock& clock_;
};

}  // namespace alongside
