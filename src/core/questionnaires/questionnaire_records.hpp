#pragma once
/// What is stored about questionnaires: the definitions in use (shipped or loaded by an
/// area, each edition kept), a family's answers (each keeping the definition it used), and
/// the safety alerts their answers raised.

#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.hpp"
#include "core/families/calendar_date.hpp"
#include "core/questionnaires/questionnaire.hpp"

namespace alongside {

/// One edition of a questionnaire as stored, with the document it was read from.
struct StoredQuestionnaire {
  std::string id;
  std::string area_id;  ///< "" for one shipped with Alongside (every area may use it)
  std::string area_name;
  std::string document;  ///< the JSON as loaded, kept so old answers can be read as they were
  QuestionnaireDefinition definition;
  std::string loaded_by;       ///< "" when shipped
  std::string loaded_by_name;
  Millis loaded_at = 0;
  std::optional<Millis> replaced_at;  ///< set when a newer edition took over for new answers

  bool shipped() const { return area_id.empty(); }
  bool current() const { return !replaced_at; }
};

/// One completed questionnaire.
struct QuestionnaireResponse {
  std::string id;
  std::string family_id;
  std::string definition_id;  ///< the edition answered
  std::string code;
  std::string short_title;
  std::string edition;
  QuestionnaireAnswers answers;
  int total = 0;
  std::string band_label;
  Date answered_on;  ///< the day it was done with the parent
  std::string recorded_by;
  std::string recorded_by_name;
  Millis recorded_at = 0;
};

enum class AlertStatus { kOpen, kResolved };

/// What a worker did about a safety alert.
enum class AlertAction {
  kSafetyPlan,        ///< talked it through and agreed a safety plan
  kGpOrCrisisTeam,    ///< contacted the GP, perinatal mental health or crisis team
  kSafeguardingLead,  ///< told the safeguarding lead or coordinator
  kEmergency,         ///< called 999 or went with them to A&E
  kOther,             ///< something else, said in the note
};

struct SafetyAlert {
  std::string id;
  std::string family_id;
  std::string family_name;  ///< filled when read
  std::string organisation_id;  ///< the programme holding the family
  std::string response_id;
  std::string questionnaire;  ///< short title of what was answered: "PHQ-9"
  std::string rule_code;
  AlertSeverity severity = AlertSeverity::kUrgent;
  std::string title;
  std::vector<std::string> steps;  ///< from the definition, as they were when raised
  AlertStatus status = AlertStatus::kOpen;
  std::string task_id;  ///< the coordinator's task
  std::string raised_by;
  std::string raised_by_name;
  Millis raised_at = 0;
  std::optional<AlertAction> action;
  std::string resolution_note;
  std::string resolved_by;
  std::string resolved_by_name;
  std::optional<Millis> resolved_at;

  bool open() const { return status == AlertStatus::kOpen; }
};

std::string AlertActionCode(AlertAction action);
std::optional<AlertAction> AlertActionFromCode(const std::string& code);
std::string AlertActionLabel(AlertAction action);
const std::vector<AlertAction>& AllAlertActions();

/// The resolve form as sent.
struct AlertResolutionForm {
  std::string action;
  std::string note;
};

struct AlertResolution {
  AlertAction action = AlertAction::kOther;
  std::string note;
};

/// Both are required: what was done (one of AllAlertActions) and a note of 1-4000 characters
/// saying what was agreed. Throws Invalid with a message at each field ("action", "note").
AlertResolution ValidateAlertResolution(const AlertResolutionForm& form);

}  // namespace alongside
