#include "core/questionnaires/questionnaire_records.hpp"

#include "core/common/errors.hpp"
#include "core/common/text.hpp"

namespace alongside {

const std::vector<AlertAction>& AllAlertActions() {
  static const std::vector<AlertAction> kAll = {AlertAction::kSafetyPlan, AlertAction::kGpOrCrisisTeam,
                                                AlertAction::kSafeguardingLead, AlertAction::kEmergency,
                                                AlertAction::kOther};
  return kAll;
}

std::string AlertActionCode(AlertAction action) {
  switch (action) {
    case AlertAction::kSafetyPlan: return "safety_plan";
    case AlertAction::kGpOrCrisisTeam: return "gp_or_crisis_team";
    case AlertAction::kSafeguardingLead: return "safeguarding_lead";
    case AlertAction::kEmergency: return "emergency";
    case AlertAction::kOther: return "other";
  }
  return "other";
}

std::optional<AlertAction> AlertActionFromCode(const std::string& code) {
  for (auto action : AllAlertActions())
    if (AlertActionCode(action) == code) return action;
  return std::nullopt;
}

std::string AlertActionLabel(AlertAction action) {
  switch (action) {
    case AlertAction::kSafetyPlan: return "Talked it through with the parent and agreed a safety plan";
    case AlertAction::kGpOrCrisisTeam: return "Contacted their GP, the perinatal mental health team or the crisis team";
    case AlertAction::kSafeguardingLead: return "Told the safeguarding lead or coordinator, who is taking it on";
    case AlertAction::kEmergency: return "Called 999 or went with them to A&E";
    case AlertAction::kOther: return "Something else (say what in the note)";
  }
  return "";
}

AlertResolution ValidateAlertResolution(const AlertResolutionForm& form) {
  Validation v;
  AlertResolution out;
  if (auto action = AlertActionFromCode(form.action)) out.action = *action;
  else v.Add("action", "Choose what was done about this alert");
  out.note = Trim(form.note);
  if (out.note.empty()) v.Add("note", "Enter a note of what was done and agreed");
  else if (out.note.size() > 4000) v.Add("note", "The note must be 4,000 characters or fewer");
  v.ThrowIfAny();
  return out;
}

}  // namespace alongside
